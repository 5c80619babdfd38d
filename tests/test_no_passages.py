"""A release, article or notes file whose quoted speech gives no passages is refused, with what to do
instead — the same message from the command line, the upload page and the API (issue 8, item 4)."""

from __future__ import annotations

import hashlib
import io

import pytest
from sqlalchemy import func, select

from desk.errors import IngestError
from desk.extract.formats import read_document
from desk.models import Passage, Source
from desk.services import library

# A statement in the speaker's own words: no quote marks, so as a release it yields nothing.
STATEMENT = """Statement from Mayor Lucia Ferrante on the east bridge

The east bridge will stay closed until engineers have inspected every pier. I know this is hard
news for commuters, and I thank them for their patience.
"""

MESSAGE = "No quoted speech was found in statement.txt"
ADVICE = "add it again as a speech and name the speaker"


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("kind", ["release", "article", "notes", None])
def test_a_source_with_no_quoted_speech_is_refused_and_nothing_is_stored(ctx, kind):
    session, index = ctx
    with pytest.raises(IngestError) as caught:
        library.ingest_bytes(session, index, "statement.txt", STATEMENT.encode(), library.SourceMeta(kind=kind))
    message = caught.value.message
    assert message.startswith(MESSAGE) and ADVICE in message and "--speaker" in message
    assert "nothing was stored" in message
    assert {None: "as an article", "notes": "as notes"}.get(kind, f"as a{'n' if kind == 'article' else ''} {kind}") in message
    assert count(session, Source) == 0 and count(session, Passage) == 0
    assert index.doc_count() == 0

    # Added the way the message says, it goes in at once (nothing stored blocks it as a duplicate).
    result = library.ingest_bytes(
        session, index, "statement.txt", STATEMENT.encode(), library.SourceMeta(kind="speech", speaker="Lucia Ferrante")
    )
    assert not result.duplicate and result.passages >= 1 and result.speakers == ["Lucia Ferrante"]


def test_a_release_with_quoted_speech_is_still_added(ctx):
    from tests.conftest import RELEASE

    session, index = ctx
    result = library.ingest_bytes(session, index, "release.txt", RELEASE.encode(), library.SourceMeta(kind="release"))
    assert result.passages >= 1 and "Lucia Ferrante" in result.speakers


def test_a_stored_source_without_passages_is_not_a_silent_duplicate(ctx):
    """A source stored before this rule, with no passages: adding its text again says what to do."""
    session, index = ctx
    text = read_document("statement.txt", STATEMENT.encode()).text
    digest = hashlib.sha256(text.encode()).hexdigest()
    session.add(Source(title="Old statement", kind="release", format="txt", text=text, sha256=digest))
    session.commit()
    with pytest.raises(IngestError, match=r"already in the library as “Old statement” \(source 1\), which has no passages"):
        library.ingest_bytes(
            session, index, "statement.txt", STATEMENT.encode(), library.SourceMeta(kind="speech", speaker="Lucia Ferrante")
        )


def test_the_command_line_says_so_and_fails(runner, tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(path), "--kind", "release"])
    assert out.exit_code == 1
    assert "failed:" in out.output and MESSAGE in out.output and ADVICE in out.output
    assert "0 added" in out.output
    out = runner.invoke(args=["desk", "ingest", str(path), "--kind", "speech", "--speaker", "Lucia Ferrante"])
    assert out.exit_code == 0, out.output
    assert "added: statement.txt" in out.output


def test_the_upload_page_says_so(client):
    page = client.post(
        "/sources/new",
        data={"files": [(io.BytesIO(STATEMENT.encode()), "statement.txt")], "kind": "release"},
        content_type="multipart/form-data",
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 400
    assert "Not added" in html and MESSAGE in html and ADVICE in html
    # The page's one-file-at-a-time upload (several files chosen) answers the same.
    one = client.post(
        "/sources/upload-one",
        data={"files": [(io.BytesIO(STATEMENT.encode()), "statement.txt")], "kind": "release"},
        content_type="multipart/form-data",
    )
    assert one.status_code == 400 and one.get_json()["error"]["message"].startswith(MESSAGE)
    # Pasted text too.
    page = client.post("/sources/new", data={"text": STATEMENT, "title": "Statement", "kind": "release"})
    assert page.status_code == 400 and "No quoted speech was found in pasted.txt" in page.get_data(as_text=True)


def test_the_api_says_so(api):
    r = api.post(
        "/api/v1/sources",
        data={"file": (io.BytesIO(STATEMENT.encode()), "statement.txt"), "kind": "release"},
        content_type="multipart/form-data",
        headers=api.auth,
    )
    assert r.status_code == 400
    error = r.get_json()["error"]
    assert error["code"] == "ingest_failed" and error["message"].startswith(MESSAGE) and ADVICE in error["message"]


def test_a_speech_added_with_no_speaker_is_kept_with_a_warning_that_says_what_to_do(app, client, api, runner, tmp_path):
    # stored as before (its words can still be found), but the editor is told what it lacks
    page = client.post("/sources/new", data={"text": STATEMENT, "title": "Statement", "kind": "speech"},
                       follow_redirects=True)
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and "is a speech with no speaker named" in body and "name the speaker on the source" in body
    by_api = api.post("/api/v1/sources", data={"text": STATEMENT + "\nAnd more.", "title": "Statement 2", "kind": "speech"},
                      headers=api.auth)
    assert by_api.status_code == 201 and "no speaker named" in by_api.get_json()["warning"]
    named = api.post("/api/v1/sources", data={"text": STATEMENT + "\nOnce more.", "title": "Statement 3",
                                              "kind": "speech", "speaker": "Lucia Ferrante"}, headers=api.auth)
    assert named.status_code == 201 and named.get_json()["warning"] is None
    path = tmp_path / "speech.txt"
    path.write_text(STATEMENT + "\nA last line.", encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(path), "--kind", "speech"])
    assert out.exit_code == 0 and "note: “speech” is a speech with no speaker named" in out.output
