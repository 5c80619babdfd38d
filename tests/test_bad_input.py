"""Input that used to crash the app or mislead the editor: surrogates, form limits, encodings, names."""

from __future__ import annotations

import io
import json

import pytest

from desk import create_app, get_session
from desk.extract.formats import decode_text, read_document
from desk.services.users import add_user, new_token
from tests.conftest import PRESSER

QUOTE = "“We will not reopen the east bridge until engineers have inspected every pier,” Mayor Lucia Ferrante said."


def multipart(fields: dict) -> dict:
    """A multipart body built here as bytes (werkzeug's test client spools big ones to a temp file it leaves open)."""
    boundary = "----deskboundary"
    chunks = []
    for name, value in fields.items():
        if isinstance(value, tuple):  # (file name, bytes)
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{value[0]}"\r\n\r\n'
            chunks.append(head.encode() + value[1] + b"\r\n")
            continue
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    chunks.append(f"--{boundary}--\r\n".encode())
    return {"data": b"".join(chunks), "content_type": f"multipart/form-data; boundary={boundary}"}


def post_json(api, path, raw: str):
    return api.post(path, data=raw.encode("utf-8"), headers={**api.auth, "Content-Type": "application/json"})


# --- JSON with lone surrogates ------------------------------------------------------------------


def test_a_lone_surrogate_in_json_is_refused_with_a_json_400(api):
    raw = '{"text": "Bridge \\ud800 story. “It is shut,” she said.", "title": "x"}'
    page = post_json(api, "/api/v1/check", raw)
    assert page.status_code == 400
    assert page.get_json()["error"]["code"] == "invalid_input"
    assert "\\ud800" in page.get_json()["error"]["message"] or "surrogate" in page.get_json()["error"]["message"]


def test_a_lone_surrogate_in_an_attribution_note_is_refused(api):
    doc = post_json(api, "/api/v1/check", json.dumps({"text": "Story\n\n" + QUOTE})).get_json()
    draft_id = doc["draft"]["id"]
    page = post_json(api, f"/api/v1/drafts/{draft_id}/quotes/0/attribution", '{"note": "called \\udfff back"}')
    assert page.status_code == 400
    assert page.get_json()["error"]["code"] == "invalid_input"
    # A proper pair (an emoji) is fine.
    page = post_json(api, f"/api/v1/drafts/{draft_id}/quotes/0/attribution", '{"note": "called back \\ud83d\\udc4d"}')
    assert page.status_code == 200, page.get_json()


# --- API errors are always JSON ------------------------------------------------------------------


def test_api_errors_are_json_even_for_413_404_405_and_500(tmp_path):
    app = create_app({"DESK_DATA_DIR": tmp_path / "data", "DESK_MAX_UPLOAD_MB": 1})

    @app.get("/api/v1/_boom")
    def boom():
        raise RuntimeError("a bug")

    with app.app_context():
        token = new_token(get_session(), add_user(get_session(), "bot", "editor", "correct horse battery").id)
    client = app.test_client()
    auth = {"Authorization": f"Bearer {token}"}
    big = multipart({"file": ("big.txt", b"x" * (6 * 1024 * 1024))})
    answers = {
        413: client.post("/api/v1/sources", headers=auth, **big),
        404: client.get("/api/v1/nothing-here", headers=auth),
        405: client.delete("/api/v1/check", headers=auth),
        500: client.get("/api/v1/_boom", headers=auth),
    }
    for status, page in answers.items():
        assert page.status_code == status
        assert page.is_json, (status, page.get_data(as_text=True)[:200])
        assert page.get_json()["error"]["message"]
    assert "MB" in answers[413].get_json()["error"]["message"]
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


# --- pasted text over the form limit -------------------------------------------------------------


def test_a_pasted_draft_over_the_limit_gets_the_paste_limit_not_the_file_limit(client):
    text = "Long story\n\n" + ("“A quote here,” she said. " * 25_000)  # about 650,000 characters
    page = client.post("/check", **multipart({"text": text}))
    body = page.get_data(as_text=True)
    assert page.status_code == 400
    assert "20 MB" not in body
    assert "500,000 characters" in body


def test_a_pasted_source_of_a_megabyte_is_accepted(client):
    text = ("MAYOR FERRANTE: The bridge stays shut until every pier is inspected.\n\n" * 12_000)
    assert 700_000 < len(text.encode()) < 2_000_000
    page = client.post("/sources/new", **multipart({"text": text, "title": "Long presser", "kind": "transcript"}))
    assert page.status_code == 302, page.get_data(as_text=True)[:2000]


def test_a_pasted_source_over_its_limit_says_so(client):
    text = "word " * 500_000  # 2,500,000 characters
    page = client.post("/sources/new", **multipart({"text": text, "title": "Too long"}))
    body = page.get_data(as_text=True)
    assert page.status_code in (400, 413)
    assert "2,000,000 characters" in body
    assert "Each file may be at most" not in body


def test_a_paste_beyond_the_form_memory_limit_gets_an_honest_413(client):
    text = "é" * 5_000_000  # 10 MB in UTF-8: over the form memory limit
    page = client.post("/check", **multipart({"text": text}))
    body = page.get_data(as_text=True)
    assert page.status_code == 413
    assert "Each file may be at most" not in body
    assert "characters" in body


def test_the_draft_box_does_not_cut_a_long_paste(client):
    page = client.get("/check").get_data(as_text=True)
    box = page[page.index("<textarea"):page.index(">", page.index("<textarea"))]
    assert "maxlength" not in box


# --- file names ------------------------------------------------------------------------------------


def test_a_nul_byte_never_reaches_a_stored_file_name(api):
    page = api.post(
        "/api/v1/sources",
        data={"file": (io.BytesIO(PRESSER.encode()), "pres\x00ser\x01.txt"), "kind": "transcript"},
        headers=api.auth,
        content_type="multipart/form-data",
    )
    assert page.status_code == 201, page.get_json()
    stored = api.get(f"/api/v1/sources/{page.get_json()['source_id']}", headers=api.auth).get_json()
    assert stored["filename"] == "presser.txt"


# --- encodings ---------------------------------------------------------------------------------------


def test_one_bad_byte_in_a_utf8_draft_keeps_it_utf8():
    draft = ("Harbour plan\n\n“We will dredge the harbour in spring,” said Mayor Lucia Ferrante. "
             "“It is overdue.” Café owners agree.\n").encode()
    data = draft.replace(b"spring", b"spr\x92ing")
    text = decode_text(data)
    assert "“We will dredge" in text and "Café" in text
    assert "spr\ufffding" in text


def test_text_pasted_together_from_utf8_and_windows_1252_reads_right_in_both_halves(client):
    assert decode_text(b"HALLORAN: Caf\xc3\xa9 and " + "Café".encode("latin-1")) == "HALLORAN: Café and Café"
    mixed = "Les élèves sont déjà partis. ".encode() + "Les élèves sont “déjà” partis.".encode("cp1252")
    assert decode_text(mixed) == "Les élèves sont déjà partis. Les élèves sont “déjà” partis."
    # one legacy encoding throughout is still found by detection
    assert decode_text("Les élèves sont déjà partis, “oui”.".encode("cp1252")) == "Les élèves sont déjà partis, “oui”."
    page = client.post("/sources/new", data={"files": [(io.BytesIO(b"HALLORAN: We fixed the caf\xc3\xa9 roof. "
                                                                  + "The café opens Monday.".encode("latin-1")),
                                                        "mixed.txt")], "kind": "transcript"},
                       content_type="multipart/form-data", follow_redirects=True)
    assert page.status_code == 200
    assert "caf\u00c3" not in page.get_data(as_text=True) and "café roof" in page.get_data(as_text=True)


@pytest.mark.parametrize("text, encoding", [
    ("« C’est une priorité\u00a0», a dit la ministre Geneviève Guilbault.", "cp1252"),
    ("北京市政府今天宣布新的交通政策。", "gbk"),
    ("北京市政府今天宣佈新的交通政策。", "big5"),
    ("서울시는 오늘 새로운 교통 정책을 발표했다.", "euc-kr"),
    ("Міністр охорони здоров'я заявив сьогодні, що лікарні готові.", "cp1251"),
    ("École is closed, said René Côté.", "mac_roman"),
    ("東京都は本日、新しい交通政策を発表した。", "shift_jis"),
], ids=["windows-1252 French", "gbk", "big5", "euc-kr", "windows-1251", "mac roman", "shift-jis"])
def test_one_legacy_encoding_whose_bytes_happen_to_form_utf8_is_not_read_as_mixed(text, encoding):
    # A second reader's cases: "é\u00a0»" in Windows-1252 is the UTF-8 of a Chinese character;
    # reading such files as UTF-8 mixed with Windows-1252 garbled them.
    assert decode_text(text.encode(encoding)) == text


def test_a_mostly_utf8_draft_still_finds_its_quotes(client):
    draft = ("Harbour plan\n\n“We will dredge the harbour in spring,” said Mayor Lucia Ferrante.\n"
             "Price: 5\xa3 per ton.\n").encode().replace("\xa3".encode(), b"\xa3")
    page = client.post("/check", data={"file": (io.BytesIO(draft), "draft.txt")}, content_type="multipart/form-data")
    assert page.status_code == 302
    shown = client.get(page.headers["Location"]).get_data(as_text=True)
    assert "No quotes found" not in shown
    assert "We will dredge the harbour in spring" in shown
    assert "not valid UTF-8" in shown


def test_legacy_windows_1252_text_is_still_detected():
    data = "“Crème brûlée,” said the chef. Ça va très bien — merci.".encode("cp1252")
    assert decode_text(data) == "“Crème brûlée,” said the chef. Ça va très bien — merci."


def test_utf16_without_a_bom_is_read_not_refused():
    text = "MAYOR FERRANTE: The bridge stays shut.\n\nQ: Until when?\n\nMAYOR FERRANTE: Until it is safe. Café.\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        doc = read_document("presser.txt", text.encode(encoding))
        assert doc.text == text.strip(), encoding


def test_binary_data_is_still_refused():
    import pytest

    from desk.extract.formats import ExtractError

    with pytest.raises(ExtractError, match="binary"):
        read_document("x.txt", bytes(range(256)) * 40)


def test_the_upload_endpoint_the_page_script_calls_answers_a_413_in_json(tmp_path):
    from tests.conftest import signed_in

    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "WTF_CSRF_ENABLED": False, "DESK_MAX_UPLOAD_MB": 1})
    client = signed_in(app, "ed", "editor")
    page = client.post("/sources/upload-one", **multipart({"files": ("big.txt", b"x" * (6 * 1024 * 1024))}))
    assert page.status_code == 413
    assert "MB" in page.get_json()["error"]["message"]
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()
