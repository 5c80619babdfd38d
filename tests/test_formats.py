"""desk.extract.formats: every supported format gives readable text; bad input a clear message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desk.extract.formats import ExtractError, decode_text, read_document
from tests.conftest import checked_quotes

FIXTURES = Path(__file__).parent / "fixtures"


# --------------------------------------------------------------------------------------------
# helpers


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: one Helvetica text line per string, one page per list (empty: no text)."""

    def esc(s: str) -> bytes:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")

    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n_pages))
        + b"] /Count %d >>" % n_pages,
    ]
    for i, lines in enumerate(pages):
        content = b""
        if lines:
            content = b"BT /F1 12 Tf 72 720 Td 16 TL " + b" ".join(b"(" + esc(ln) + b") Tj T*" for ln in lines) + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font_id, 4 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")

    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def make_docx(title: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.add_paragraph("MAYOR LINDGREN: The bridge reopens Monday.")
    document.add_paragraph("")
    document.add_paragraph("Q: Why the delay?")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Speaker"
    table.cell(0, 1).text = "Remark"
    table.cell(1, 0).text = "Lindgren"
    table.cell(1, 1).text = "Inspections took longer."
    document.add_paragraph("Closing line after the table.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# plain text and encodings


def test_txt_normalises_newlines_and_trailing_space_but_keeps_paragraphs():
    data = b"First line   \r\nsecond line\r\n\r\n\r\n\r\nNew paragraph.\t \r\n"
    doc = read_document("notes.txt", data)
    assert doc.format == "txt"
    assert doc.text == "First line\nsecond line\n\nNew paragraph."


def test_utf8_with_bom_is_read_without_the_bom():
    doc = read_document("a.txt", "\ufeffCafé au lait.".encode())
    assert doc.text == "Café au lait."


def test_utf16_with_bom_is_decoded():
    doc = read_document("a.txt", "Hélène Brassard : « Personne. »".encode("utf-16"))
    assert doc.text == "Hélène Brassard : « Personne. »"


def test_cp1252_text_is_decoded_right():
    original = "The minister’s “promise” – a café crème, naïve or not."
    doc = read_document("draft.txt", original.encode("cp1252"))
    assert doc.text == original


def test_latin1_french_text_is_decoded_right():
    original = "Le maire a dit : « Nous ne laisserons personne derrière. » Ça prend la région."
    assert decode_text(original.encode("latin-1")) == original


def test_binary_data_is_refused_with_a_reason():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    with pytest.raises(ExtractError, match=r"photo\.txt: .*binary file"):
        read_document("photo.txt", png)


def test_empty_file_is_refused():
    with pytest.raises(ExtractError, match=r"^notes\.txt is empty"):
        read_document("notes.txt", b"")


def test_whitespace_only_file_is_empty():
    with pytest.raises(ExtractError, match=r"notes\.txt is empty"):
        read_document("notes.txt", b"  \r\n\n\t ")


def test_oversized_file_is_refused_before_reading():
    with pytest.raises(ExtractError, match=r"scan\.pdf is larger than the 1 MB limit"):
        read_document("scan.pdf", b"%PDF" + b"x" * (1024 * 1024), max_bytes=1024 * 1024)


def test_unsupported_extension_lists_what_is_supported():
    with pytest.raises(ExtractError, match=r"report\.exe: \.exe files are not supported; use \.txt, \.md"):
        read_document("report.exe", b"MZ\x90\x00")


def test_missing_extension_is_refused():
    with pytest.raises(ExtractError, match=r"README has no file extension"):
        read_document("README", b"hello")


# --------------------------------------------------------------------------------------------
# Markdown and HTML


def test_markdown_becomes_paragraphs_and_gives_a_title():
    md = b"# Budget day\n\nThe minister *spoke* at [noon](http://x.example).\n\n- first point\n- second point\n\n## Reaction\nQ: Why?\nOKAFOR: Because.\n"
    doc = read_document("story.md", md)
    assert doc.format == "md"
    assert doc.title == "Budget day"
    assert doc.text == (
        "Budget day\n\nThe minister spoke at noon.\n\nfirst point\n\nsecond point\n\n"
        "Reaction\n\nQ: Why?\nOKAFOR: Because."
    )


HTML_PAGE = b"""<!DOCTYPE html>
<html><head><title>Council votes &amp; delays | The Ledger</title>
<style>p { color: red }</style><script>var tracking = "do not read me";</script></head>
<body>
<header><a href="/">The Ledger</a> <nav><ul><li>Home</li><li>News</li></ul></nav></header>
<div class="promo">Subscribe today</div>
<article>
  <header><h1>Council delays vote</h1><p class="byline">By Ana Reyes</p></header>
  <p>The council &ldquo;paused&rdquo; the vote, said Mayor&nbsp;Lindgren.</p>
  <p>Line one<br>line two</p>
  <aside>Related: other story</aside>
  <script>alert("no")</script>
  <form><input value="search"></form>
  <p>Last   paragraph
     wraps here.</p>
</article>
<footer>Copyright The Ledger</footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_scripts_navigation_and_boilerplate():
    doc = read_document("story.html", HTML_PAGE)
    assert doc.format == "html"
    assert doc.title == "Council votes & delays | The Ledger"
    assert doc.text == (
        "Council delays vote\n\nBy Ana Reyes\n\n"
        "The council \u201cpaused\u201d the vote, said Mayor Lindgren.\n\n"
        "Line one\nline two\n\nLast paragraph wraps here."
    )


def test_html_without_article_reads_the_body_and_drops_menus():
    html = (b"<html><body><div role='navigation'>Menu</div><menu><li>Share</li></menu>"
            b"<main><h2>Notice</h2><p>Water is off <b>today</b>.</p><div hidden>secret</div></main></body></html>")
    doc = read_document("notice.htm", html)
    assert doc.text == "Notice\n\nWater is off today."
    assert doc.title is None


def test_malformed_html_does_not_crash():
    html = b"<html><body><p>Unclosed <b>bold <i>italic</p><div><p>Second</span></div><table><tr><td>cell</body"
    doc = read_document("broken.html", html)
    assert "Unclosed bold italic" in doc.text
    assert "Second" in doc.text
    assert "cell" in doc.text


def test_html_declared_charset_is_honoured():
    html = '<html><head><meta charset="windows-1252"></head><body><p>Déjà vu – “oui”.</p></body></html>'
    doc = read_document("fr.html", html.encode("cp1252"))
    assert doc.text == "Déjà vu – “oui”."


def test_html_with_only_boilerplate_has_no_readable_text():
    with pytest.raises(ExtractError, match=r"menu\.html has no readable text"):
        read_document("menu.html", b"<html><body><nav>Home | News</nav><script>x()</script></body></html>")


# --------------------------------------------------------------------------------------------
# Word and PDF


def test_docx_paragraphs_tables_and_title():
    doc = read_document("statement.docx", make_docx(title="Bridge statement"))
    assert doc.format == "docx"
    assert doc.title == "Bridge statement"
    assert doc.text == (
        "MAYOR LINDGREN: The bridge reopens Monday.\n\nQ: Why the delay?\n\n"
        "Speaker Remark\n\nLindgren Inspections took longer.\n\nClosing line after the table."
    )


def test_corrupt_docx_gets_a_clear_message():
    with pytest.raises(ExtractError, match=r"memo\.docx is not a readable Word document"):
        read_document("memo.docx", b"PK\x03\x04 this is not really a zip archive")


def test_old_word_file_renamed_docx_gets_a_clear_message():
    with pytest.raises(ExtractError, match=r"save it as \.docx"):
        read_document("memo.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)


def test_pdf_text_layer_pages_joined_by_blank_line():
    data = make_pdf([["Remarks by the Mayor", "We will rebuild the bridge."], ["Thank you."]])
    doc = read_document("remarks.pdf", data)
    assert doc.format == "pdf"
    assert doc.text == "Remarks by the Mayor\nWe will rebuild the bridge.\n\nThank you."


#: A transcript printed to PDF: a running head and a page number on every page, and a sentence
#: and a turn that run on over the page breaks.
PRINTED = [
    ["Remarks by Governor Alma Reyes at the Harbor Dedication", "GOVERNOR REYES: Thank you all for coming.",
     "We will rebuild the harbor, and we will", "Page 1 of 3"],
    ["Remarks by Governor Alma Reyes at the Harbor Dedication", "finish it by the spring of next year.",
     "Q: Who pays for it?", "Page 2 of 3"],
    ["Remarks by Governor Alma Reyes at the Harbor Dedication", "GOVERNOR REYES: The state pays two thirds.",
     "Page 3 of 3"],
]


def test_pdf_running_heads_and_page_numbers_are_left_out_and_a_sentence_runs_on():
    doc = read_document("remarks.pdf", make_pdf(PRINTED))
    assert doc.text == ("Remarks by Governor Alma Reyes at the Harbor Dedication\n"
                        "GOVERNOR REYES: Thank you all for coming.\nWe will rebuild the harbor, and we will "
                        "finish it by the spring of next year.\nQ: Who pays for it?\n\n"
                        "GOVERNOR REYES: The state pays two thirds.")


def test_a_quote_across_a_pdf_page_break_is_exact(tmp_path, runner):
    """End to end: an accurate quote that crosses a page of the transcript is not a misquote."""
    source = tmp_path / "remarks.pdf"
    source.write_bytes(make_pdf(PRINTED))
    story = tmp_path / "story.txt"
    story.write_text("“We will rebuild the harbor, and we will finish it by the spring of next year,” Gov. Alma "
                     "Reyes said.\n", encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert (quote["verdict"], quote["match"]["speaker"]["name"]) == ("exact", "Alma Reyes")


def test_a_line_that_opens_only_one_page_is_text():
    pages = [["Remarks by Governor Alma Reyes", "We will rebuild.", "1"],
             ["Remarks by Governor Alma Reyes", "Thank you.", "2"],
             ["Remarks by Governor Alma Reyes", "God bless the harbor.", "3"],
             ["Remarks by Governor Alma Reyes", "The harbor will stand.", "4"]]
    assert read_document("r.pdf", make_pdf(pages)).text == (
        "Remarks by Governor Alma Reyes\nWe will rebuild.\n\nThank you.\n\nGod bless the harbor.\n\nThe harbor will stand.")
    labels = [["THE PRESIDENT:", "We will rebuild."], ["THE PRESIDENT:", "Thank you."]]
    assert read_document("r.pdf", make_pdf(labels)).text == \
        "THE PRESIDENT:\nWe will rebuild.\n\nTHE PRESIDENT:\nThank you."   # a label is never a running head
    once = [["Harbor Remarks", "We will rebuild."], ["Thank you."]]
    assert read_document("r.pdf", make_pdf(once)).text == "Harbor Remarks\nWe will rebuild.\n\nThank you."


def test_speech_that_comes_back_at_a_page_edge_is_never_furniture():
    """A prober's pages: labels with time stamps, a closing line, a refrain and a year at the top
    of a page are speech, however often they come back; a date line and a heading end a page."""
    stamped = [["Alma Reyes (00:00:05):", "We will rebuild.", "Tom Hale (00:00:09):", "Who pays?"],
               ["Alma Reyes (00:01:05):", "The state pays.", "Tom Hale (00:01:09):", "When?"],
               ["Alma Reyes (00:02:05):", "In May.", "HALE: Thank you."]]
    text = read_document("r.pdf", make_pdf(stamped)).text
    assert text.count("Alma Reyes (") == 3 and text.count("Tom Hale (") == 2 and "HALE: Thank you." in text
    refrain = [["We will rebuild.", "The mill is gone.", "Thank you."], ["We will rebuild.", "1998", "was the year.",
                                                                          "Thank you."]]
    text = read_document("r.pdf", make_pdf(refrain)).text
    assert text.count("We will rebuild.") == 2 and text.count("Thank you.") == 2 and "1998" in text
    assert read_document("r.pdf", make_pdf([["REYES: Eleven hundred and", "40"]])).text.endswith("40")
    breaks = [["Remarks on the harbor", "March 3, 2025"], ["Thank you all for coming. We will rebuild the",
                                                            "harbor and"], ["QUESTIONS AND ANSWERS", "Q: Who pays?"],
              ["A: The recon-"], ["struction is paid."]]
    text = read_document("r.pdf", make_pdf(breaks)).text
    assert "March 3, 2025\n\nThank you" in text and "harbor and\n\nQUESTIONS AND ANSWERS" in text
    assert "recon-struction is paid." in text


#: A line-numbered hearing printed from a browser: a running head of two lines with the page
#: number under it, the reporter's running foot, and the browser's own date line and address line
#: with its page count ("1/2") -- the date's and the address's colons make them no speech.
BROWSER_PRINTED = [
    ["COUNTY COURT OF ELDERMERE", "Rex v. Tannahill Freight -- No. 24-0391", "Page 31 of 88",
     "1      THE JUDGE: Good afternoon.",
     "2      MS. QUARSHIE: Good afternoon, Judge.",
     "3      THE JUDGE: Before we rise, the jurors will not visit the",
     "Transcribed by Ottoline Grebe, RPR No. 5521, Court Transcriber",
     "3/9/27, 4:12 PM",
     "file:///home/clerk/hearings/day2.html 1/2"],
    ["COUNTY COURT OF ELDERMERE", "Rex v. Tannahill Freight -- No. 24-0391", "Page 32 of 88",
     "1   depot or speak to any witness about this case.",
     "2      MS. QUARSHIE: Thank you, Judge.",
     "Transcribed by Ottoline Grebe, RPR No. 5521, Court Transcriber",
     "3/9/27, 4:12 PM",
     "file:///home/clerk/hearings/day2.html 2/2"],
]
#: What the judge said over the page break, as it reads with the furniture left out.
OVER_THE_BREAK = ("THE JUDGE: Before we rise, the jurors will not visit the depot or speak to any witness "
                  "about this case.")
#: A reporter's accurate quote of it.
STORY = ("Judge Imelda Vance told the jury: \u201cThe jurors will not visit the depot or speak to any witness "
         "about this case.\u201d\n")


def test_a_browsers_date_and_address_lines_and_a_running_foot_stay_out_of_a_sentence_over_a_page_break():
    """A PDF printed from a browser: the date-time and file-address lines, the running foot above
    them and the page number under a two-line running head are furniture; the sentence reads whole."""
    text = read_document("hearing.pdf", make_pdf(BROWSER_PRINTED)).text
    assert OVER_THE_BREAK in text
    for furniture in ("4:12 PM", "file:", "2/2", "Transcribed by", "Page 32", "Page 31"):
        assert furniture not in text
    assert text.count("COUNTY COURT OF ELDERMERE") == 1   # the running head stays once, as the title
    assert "MS. QUARSHIE: Thank you, Judge." in text


def test_a_quote_over_a_page_break_of_a_browser_printed_transcript_is_exact(tmp_path, runner):
    source = tmp_path / "hearing.pdf"
    source.write_bytes(make_pdf(BROWSER_PRINTED))
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert quote["verdict"] == "exact"


def test_the_next_pages_line_number_stays_out_of_a_sentence_over_a_page_break(tmp_path, runner):
    """Printed without the browser's header and footer: a short line-numbered transcript loses the
    next page's "1" (and every line number) before its pages are joined."""
    pages = [[line for line in page if "/" not in line] for page in BROWSER_PRINTED]
    text = read_document("hearing.pdf", make_pdf(pages)).text
    assert OVER_THE_BREAK in text
    assert not any(line.split()[0].isdigit() for line in text.splitlines() if line.strip())
    source = tmp_path / "hearing.pdf"
    source.write_bytes(make_pdf(pages))
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert quote["verdict"] == "exact"


def test_speech_that_repeats_at_every_page_edge_beside_a_browsers_lines_is_kept():
    """Guard: a label's line that comes back at the top or bottom of every page is speech, even on
    a browser-printed PDF, and so is a line holding a date-time and a colon; numbers that do not
    count 1, 2, 3 down each page are words."""
    pages = [["THE JUDGE: Sit down.", "MR. OKAFOR: The van left at 2/3/27, 9:15 PM.", "We counted",
              "THE JUDGE: Sit down.", "3/9/27, 4:12 PM", f"https://example.org/hearing {n}/3"]
             for n in (1, 2, 3)]
    pages[1][2], pages[2][2] = "40 pallets on it.", "12 crates and 7 drums."
    text = read_document("h.pdf", make_pdf(pages)).text
    assert text.count("THE JUDGE: Sit down.") == 6
    assert text.count("MR. OKAFOR: The van left at 2/3/27, 9:15 PM.") == 3
    assert "40 pallets" in text and "12 crates" in text
    assert "4:12 PM" not in text and "example.org" not in text


def test_pdf_without_text_layer_is_refused():
    with pytest.raises(ExtractError, match=r"scan\.pdf: this PDF has no text layer \(is it a scan\?\)"):
        read_document("scan.pdf", make_pdf([[]]))


def test_corrupt_pdf_gets_a_clear_message():
    data = make_pdf([["Hello."]])
    with pytest.raises(ExtractError, match=r"broken\.pdf is not a readable PDF"):
        read_document("broken.pdf", data[:60])


def test_not_a_pdf_at_all_gets_a_clear_message():
    with pytest.raises(ExtractError, match=r"fake\.pdf is not a readable PDF"):
        read_document("fake.pdf", b"just some text pretending")


# --------------------------------------------------------------------------------------------
# captions


def test_vtt_cues_voices_times_and_offsets():
    doc = read_document("briefing.vtt", (FIXTURES / "briefing.vtt").read_bytes())
    assert doc.format == "vtt"
    # NOTE block dropped, tags removed, the internal line break is a space, blank line at the
    # change of speaker.
    assert doc.text == (
        "Good morning. The river rose\nthirty centimetres overnight.\nPlease leave before noon."
        "\n\nWe will open the arena. [speaking Portuguese]"
    )
    assert [c.voice for c in doc.cues] == ["Ingrid Solberg"] * 3 + ["Tomas Ferreira"]
    assert [(c.t_start, c.t_end) for c in doc.cues] == [(1.0, 4.0), (4.0, 7.5), (7.5, 11.0), (11.0, 14.25)]
    assert [doc.text[c.start:c.end] for c in doc.cues][2] == "Please leave before noon."


def test_srt_prefix_sets_voice_and_is_removed_and_unprefixed_cues_keep_none():
    doc = read_document("newscast.srt", (FIXTURES / "newscast.srt").read_bytes())
    assert doc.format == "srt"
    assert [c.voice for c in doc.cues] == ["PRIESTLEY", None, "ACHEBE", None, "PRIESTLEY"]
    texts = [doc.text[c.start:c.end] for c in doc.cues]
    assert texts[0] == "Crews in Dunmore worked through the night."
    assert texts[3] == "We expect to lift the order by Friday. Stay away until then."
    assert doc.text.split("\n\n") == [
        "Crews in Dunmore worked through the night.\nFire Chief Rowan Achebe spoke this morning.",
        "The fire is contained.\nWe expect to lift the order by Friday. Stay away until then.",
        "For DTV News, I'm Carla Priestley.",
    ]
    assert doc.cues[3].t_start == 8.0 and doc.cues[3].t_end == 11.0


def test_srt_mixed_case_word_with_colon_is_not_a_speaker():
    data = b"1\n00:00:00,000 --> 00:00:02,000\nUpdate: the road is closed.\n"
    doc = read_document("c.srt", data)
    assert doc.cues[0].voice is None
    assert doc.text == "Update: the road is closed."


def test_malformed_vtt_gets_a_clear_message():
    with pytest.raises(ExtractError, match=r"bad\.vtt is not a valid WebVTT caption file"):
        read_document("bad.vtt", b"this is not webvtt\n\n00:01 --> nonsense\nhello\n")


def test_malformed_srt_gets_a_clear_message():
    with pytest.raises(ExtractError, match=r"bad\.srt is not a valid SRT caption file"):
        read_document("bad.srt", b"Hello there.\nThese are notes, not captions.\n")


def test_a_caption_file_whose_time_lines_cannot_be_read_says_so():
    with pytest.raises(ExtractError, match=r"None of the captions in broken\.vtt could be read: check that every cue has a 00:00:00\.000"):
        read_document("broken.vtt", b"WEBVTT\n\n00:01.000 -> 00:02.000\nHello there\n\nxx --> yy\nMore words\n")
    with pytest.raises(ExtractError, match=r"empty\.vtt has no caption text in it"):
        read_document("empty.vtt", b"WEBVTT\n\n")
    with pytest.raises(ExtractError) as refused:
        read_document("broken.srt", b"1\n00:00:01,000 --> garbage\nHello\n")
    assert "Error" not in str(refused.value) and "not a valid SRT caption file" in str(refused.value)
