"""Bounded work: no single request may cost minutes of a worker.

Times asserted here are ceilings a person would accept (a few seconds), far above what the code
takes and far below what it took before (figures in the README's limits section). They are CPU
seconds of the test process (``time.process_time``), not wall-clock: other jobs on a busy CI
machine must not fail a test whose work was as cheap as ever (8.9 s of wall-clock for 4 s of work
failed one, on a 2-core machine running two scorers beside it).
"""

from __future__ import annotations

import time

import pytest

from desk.extract.formats import ExtractError, read_document
from desk.extract.model import Document
from desk.extract.transcripts import MAX_LABEL_LINES, segment


def _code(i: int) -> str:
    """A distinct run of letters per number: names without digits, as labels have."""
    out = ""
    for _ in range(4):
        out += chr(65 + i % 26)
        i //= 26
    return out


def test_transcript_splitting_is_linear_in_distinct_labels():
    # 4,000 distinct all-caps labels took 26–36 s (a regex scan of the whole text per label).
    text = "\n\n".join(f"MAYOR OKA{_code(i)}: Statement number {i} about the harbour." for i in range(4000))
    started = time.process_time()
    segments = segment(Document(text=text, format="txt"), "transcript")
    assert time.process_time() - started < 5
    assert len(segments) == 4000
    assert segments[7].label == f"MAYOR OKA{_code(7)}"


def test_mixed_case_labels_sharing_a_first_name_stay_fast():
    # 16,000 two-word labels sharing first names: ~12 s by the old substring scan per label.
    turns = []
    for i in range(8000):
        turns.append(f"MAYOR FERRANTE: Answer {i}." if i % 2 else f"Anna B{_code(i).lower()}: Question {i} about it?")
        turns.append(f"Zed C{_code(i).lower()}: Another one {i}.")
    started = time.process_time()
    segments = segment(Document(text="\n\n".join(turns), format="txt"), "transcript")
    assert time.process_time() - started < 8
    assert len(segments) == 16000


def test_caption_times_of_a_long_monologue_are_found_quickly():
    lines = ["WEBVTT", ""]
    for i in range(20000):  # 4.0 s when each passage scanned every cue of its turn; 0.5 s now
        a, b = 2 * i, 2 * i + 1
        lines += [f"{a // 3600:02d}:{a // 60 % 60:02d}:{a % 60:02d}.000 --> {b // 3600:02d}:{b // 60 % 60:02d}:{b % 60:02d}.000",
                  f"<v Lucia Ferrante>Cue number {i} is about the bridge.", ""]
    doc = read_document("long.vtt", "\n".join(lines).encode())
    started = time.process_time()
    segments = segment(doc, "captions")
    assert time.process_time() - started < 2
    assert segments[0].t_start == 0.0
    last = segments[-1]
    assert last.t_end == 2 * 19999 + 1
    assert all(s.t_start <= s.t_end for s in segments)


def test_a_source_past_the_label_limit_is_refused_with_the_reason():
    text = "\n".join(f"Q: Question {i}?\nA: Answer {i}." for i in range(MAX_LABEL_LINES // 2 + 10))
    with pytest.raises(ExtractError, match="at most 20,000"):
        segment(Document(text=text, format="txt"), "transcript")


# --- quotes per check ----------------------------------------------------------------------------

WORDS = "harbour dredging plan budget ferry bridge council pier engineers inspection spring tolls".split()


def big_draft(n: int) -> str:
    paragraphs = [
        f"“The {WORDS[i % 12]} and the {WORDS[(i * 5 + 1) % 12]} come first, number {i},” Mayor Lucia Ferrante said."
        for i in range(n)
    ]
    return "Council notebook\n\n" + "\n\n".join(paragraphs)


def test_a_2000_quote_draft_is_refused_quickly_by_the_api(api):
    started = time.process_time()
    page = api.post("/api/v1/check", json={"text": big_draft(2000), "title": "Huge"}, headers=api.auth)
    assert time.process_time() - started < 10
    assert page.status_code == 413
    error = page.get_json()["error"]
    assert error["code"] == "limit_exceeded"
    assert "2,000 quotes" in error["message"] and "at most 300" in error["message"]
    assert api.get("/api/v1/drafts/1", headers=api.auth).status_code == 404  # nothing stored


def test_thousands_of_short_quotes_in_one_sentence_are_read_quickly():
    # One run-on sentence of 2,000 quotes took 31 s (each quote read the sentence back to its
    # start for a cue), 4,000 bare “a”s 13 s through the check page; 0.5 s now.
    from desk.extract.quotes import find_quotes

    text = 'the mayor has some words to say about the "bridge" and more ' * 2000
    started = time.process_time()
    found = find_quotes(text)
    assert time.process_time() - started < 5
    assert len(found) == 2000 and all(q.text == "bridge" for q in found)


def test_a_draft_of_more_quoted_spans_than_a_check_reads_is_refused_quickly(api, client):
    # 120,000 scare quotes (none counted against the quote limit) held a worker for minutes.
    text = '"a" ' * 120_000
    started = time.process_time()
    page = api.post("/api/v1/check", json={"text": text, "title": "List"}, headers=api.auth)
    assert time.process_time() - started < 5
    assert page.status_code == 413
    message = page.get_json()["error"]["message"]
    assert "120,000 passages in quote marks" in message and "at most 3,000" in message
    form = client.post("/check", data={"text": text})
    assert form.status_code == 400 and "120,000 passages in quote marks" in form.get_data(as_text=True)
    assert api.get("/api/v1/drafts/1", headers=api.auth).status_code == 404  # nothing stored


def test_the_check_page_says_the_quote_limit(client):
    page = client.post("/check", data={"text": big_draft(400)})
    body = page.get_data(as_text=True)
    assert page.status_code == 400
    assert "400 quotes" in body and "at most 300" in body


def test_the_quote_limit_is_a_setting(tmp_path):
    from desk import create_app
    from tests.conftest import signed_in

    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "d", "WTF_CSRF_ENABLED": False, "DESK_MAX_QUOTES": 5})
    client = signed_in(app, "ed", "editor")
    assert client.post("/check", data={"text": big_draft(5)}).status_code == 302
    refused = client.post("/check", data={"text": big_draft(6)})
    assert refused.status_code == 400 and "6 quotes" in refused.get_data(as_text=True)
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_the_cli_refuses_a_draft_past_the_quote_limit(runner, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(big_draft(350), encoding="utf-8")
    result = runner.invoke(args=["desk", "check", str(path), "--json"])
    assert result.exit_code == 1
    assert "350 quotes" in result.output and "at most 300" in result.output


# --- searches ------------------------------------------------------------------------------------


def long_query(chars: int) -> str:
    out = []
    i = 0
    while sum(len(w) + 1 for w in out) < chars:
        out.append(WORDS[i % 12] + str(i % 7))
        i += 1
    return " ".join(out)[:chars]


def test_a_20000_character_search_is_refused_quickly(api, client, runner):
    q = long_query(20_000)
    started = time.process_time()
    page = api.get("/api/v1/search", query_string={"q": q}, headers=api.auth)
    assert time.process_time() - started < 3
    assert page.status_code == 400
    assert page.get_json()["error"]["code"] == "query_too_costly"
    assert "at most 1,000" in page.get_json()["error"]["message"]

    shown = client.get("/search/", query_string={"q": q})
    assert shown.status_code == 400 and "at most 1,000" in shown.get_data(as_text=True)
    box = client.get("/search/passages.json", query_string={"q": q})
    assert box.status_code == 400 and "at most 1,000" in box.get_json()["error"]["message"]

    result = runner.invoke(args=["desk", "search", q])
    assert result.exit_code == 1 and "at most 1,000" in result.output


def test_searches_with_too_many_words_or_fuzzy_terms_are_refused(api):
    many = long_query(900)
    page = api.get("/api/v1/search", query_string={"q": many}, headers=api.auth)
    assert page.status_code == 400 and "at most 50" in page.get_json()["error"]["message"]
    fuzzy = "bridg~1 harb~1 ferr~1 pie* engin?ers"
    page = api.get("/api/v1/search", query_string={"q": fuzzy}, headers=api.auth)
    assert page.status_code == 400 and "fuzzy or wildcard" in page.get_json()["error"]["message"]
    page = api.get("/api/v1/search", query_string={"q": "bridg~1 harb* pier"}, headers=api.auth)
    assert page.status_code == 200


# --- file structure ------------------------------------------------------------------------------


def test_an_html_page_with_too_many_elements_is_refused_at_once():
    # 400,000 spans (8 MB) took 35 s to parse.
    body = "".join(f"<span>w{i}</span> " for i in range(400_000))
    html = f"<html><body><article><p>{body}</p></article></body></html>".encode()
    started = time.process_time()
    with pytest.raises(ExtractError, match="400,00[0-9] HTML elements; a page may have at most 60,000"):
        read_document("huge.html", html)
    assert time.process_time() - started < 2


def test_html_nested_too_deeply_says_so():
    html = ("<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>").encode()
    with pytest.raises(ExtractError, match="nested too deeply"):
        read_document("deep.html", html)


def test_a_docx_that_unpacks_to_too_much_xml_is_refused_before_parsing():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>" + " " * (60 * 1024 * 1024) + "</w:document>")
    data = buf.getvalue()
    assert len(data) < 1024 * 1024
    started = time.process_time()
    with pytest.raises(ExtractError, match="unpacks to"):
        read_document("bomb.docx", data)
    assert time.process_time() - started < 3


def test_a_pdf_with_too_many_pages_is_refused():
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(1001):
        writer.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(ExtractError, match="1,001 pages; a PDF may have at most 1,000"):
        read_document("long.pdf", buf.getvalue())


def test_a_source_with_too_many_paragraphs_is_refused():
    text = "\n\n".join(f"Paragraph {i}." for i in range(20_001))
    with pytest.raises(ExtractError, match="20,001 paragraphs"):
        segment(Document(text=text, format="txt"), "speech")


def test_court_records_and_calls_with_thousands_of_turns_stay_fast():
    # examinations (a witness looked up before each BY line), titled call lines and surname labels
    # looked up against fuller ones: each read once, never once per label
    record = "\n".join(f"BY MR. OKA{_code(i)}:\nQ. What did you see?\nA. A van.\n"
                       f"MR. OKA{_code(i)}: The State calls Pat Doe{_code(i)}.\nOKA{_code(i)}: Thank you." for i in range(3000))
    call = "\n\n".join(f"Anna B{_code(i).lower()} — Chief Officer {i}\nSpeech number {i}." for i in range(4000))
    started = time.process_time()
    segment(Document(text=record, format="txt"), "transcript")
    segment(Document(text=call, format="txt"), "transcript")
    assert time.process_time() - started < 8


def test_a_qa_of_unlabelled_answers_is_read_in_linear_time():
    # 40,000 "Q." lines under one blank line took 10 s (a search to the text's end per question)
    text = "Questions for the mayor\n\n" + "Q. Will the bridge open?\n" * 40000
    started = time.process_time()
    segment(Document(text=text, format="txt"), "transcript")
    assert time.process_time() - started < 3


def test_an_oral_history_of_thousands_of_name_lines_is_read_quickly():
    # 5,500 name lines and quotes: 3.5 s, half of it looking up each quote's section
    from desk.extract.quotes import find_quotes

    text = "Voices from the plant\n\n" + "".join(
        f"MARY SMITH{_code(i)}, fish cutter\n\n“I started when I was seventeen.”\n\n" for i in range(5500))
    started = time.process_time()
    quotes = find_quotes(text)
    assert time.process_time() - started < 3
    assert len(quotes) == 5500 and quotes[-1].speaker == f"Mary Smith{_code(5499).lower()}"
