"""``flask --app wsgi desk …``: thin wrappers over the services the web views call.

Results go to standard output; progress bars and messages about the work go to standard error,
so ``--json`` output can be piped.  A bad input prints a clear reason and exits with status 1.
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from desk import get_index, get_session, limits
from desk.errors import DeskError
from desk.extract.formats import REPLACEMENT, ExtractError, decode_text, read_document
from desk.extract.model import KINDS
from desk.ids import MAX_ID
from desk.services import checks, exports, index_upkeep, library, news, readiness, story, suggest, users
from desk.services.search import search as run_search
from desk.words import flag_label, verdict_words

desk_cli = AppGroup("desk", help="Quote Desk: build the source library, search it, check drafts.")

DEMO_DIR = Path(__file__).resolve().parent / "demo"


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@contextmanager
def _progress(items=None, *, length=None, label: str, item_show_func=None):
    """A progress bar on standard error; without a terminal, click prints just the label, so end its line."""
    with click.progressbar(
        items, length=length, label=label, file=sys.stderr, show_pos=True, item_show_func=item_show_func
    ) as bar:
        yield bar
    if not sys.stderr.isatty():
        click.echo(err=True)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _date(_ctx, _param, value):
    try:
        return library.parse_date(value)
    except DeskError as exc:
        raise click.BadParameter(exc.message) from None


def _without_name(message: str, path) -> str:
    """The reason a file failed, without the file name the reader put in front of it (the line
    already starts with the path)."""
    name = f"{Path(path).name}: "
    return message[len(name):] if message.startswith(name) else message


def _ingest(paths, meta: library.SourceMeta) -> tuple[list, list]:
    files = library.expand_paths(paths)
    if not files:
        _fail("no files to add (a folder adds its .txt .md .html .docx .pdf .srt .vtt files).")
    session = get_session()
    lines: list[str] = []

    def report(path, result, error):
        if error:
            lines.append(f"failed: {path}: {_without_name(str(error), path)}")
        elif result.duplicate:
            line = f"already in the library: {path.name} is source {result.source_id} “{result.title}”"
            if result.repaired:
                was = "was" if result.repaired == 1 else "were"
                line += f"; {_count(result.repaired, 'passage')} {was} missing from the search index and {was} added"
            lines.append(line)
        else:
            who = ", ".join(result.speakers[:6]) + (" …" if len(result.speakers) > 6 else "")
            lines.append(
                f"added: {path.name} → source {result.source_id} “{result.title}” ({result.kind}): "
                f"{_count(result.passages, 'passage')}" + (f"; speakers: {who}" if who else "")
            )
            if (warning := library.speaker_warning(result)) is not None:
                lines.append(f"  note: {warning}")

    max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
    started = time.monotonic()
    stored = 0

    def rate(_item) -> str:
        seconds = max(time.monotonic() - started, 1e-6)
        return f"{stored:,} passages, {stored / seconds:,.0f}/s"

    with _progress(length=len(files), label="Adding sources", item_show_func=rate) as bar:

        def each(path, result, error):
            nonlocal stored
            report(path, result, error)
            if result is not None and not result.duplicate:
                stored += result.passages
            bar.update(1, path)

        done, failed = library.ingest_paths(session, get_index(), files, meta, max_bytes, on_each=each)
    seconds = time.monotonic() - started
    lines.append(news.after_ingest(session, get_index(), done, meta.added_by or "cli")["line"] or "")
    for line in filter(None, lines):
        click.echo(line)
    added = [r for r in done if not r.duplicate]
    click.echo(
        f"{len(added)} added ({_count(sum(r.passages for r in added), 'passage')}), "
        f"{len(done) - len(added)} already there, {len(failed)} failed "
        f"in {seconds:.1f}s ({sum(r.passages for r in added) / max(seconds, 1e-6):,.0f} passages/s)."
    )
    _warn_if_disagree()
    return done, failed


def _warn_if_disagree() -> None:
    """Say on standard error when the index and the database hold different numbers of passages."""
    message = index_upkeep.disagreement(get_session(), get_index())
    if message:
        click.echo(f"Warning: {message}", err=True)


@desk_cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(KINDS), help="What the source is. Without it: captions for .srt/.vtt, a transcript when the file has speaker labels, a speech with --speaker, else an article.")
@click.option("--speaker", help="Who speaks, for single-speaker sources such as a speech.")
@click.option("--title", help="Title (defaults to the file's own title or name).")
@click.option("--outlet", help="Outlet or publisher.")
@click.option("--date", callback=_date, help="Date of the source, YYYY-MM-DD.")
@click.option("--url", help="Where the source is published.")
def ingest_command(paths, kind, speaker, title, outlet, date, url):
    """Add sources: files, or folders (every supported file in them)."""
    meta = library.SourceMeta(title=title, kind=kind, outlet=outlet, url=url, date=date, speaker=speaker, added_by="cli")
    try:
        library.check_meta(meta)
    except DeskError as exc:
        _fail(exc.message)
    _, failed = _ingest(paths, meta)
    if failed:
        sys.exit(1)


@desk_cli.command("search")
@click.argument("query", required=False, default="")
@click.option("--speaker", help="Only passages of this speaker (name, surname or alias).")
@click.option("--kind", type=click.Choice(KINDS), help="Only sources of this kind.")
@click.option("--outlet", help="Only sources from this outlet.")
@click.option("--from", "date_from", callback=_date, help="From this date, YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_date, help="Up to this date, YYYY-MM-DD.")
@click.option("--sort", type=click.Choice(["relevance", "date", "date_asc"]), default="relevance")
@click.option("--page", type=click.IntRange(min=1), default=1)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (README: Searching).")
def search_command(query, speaker, kind, outlet, date_from, date_to, sort, page, as_json):
    """Search the library in full text: words, "phrases", fuzzy~1, speaker:/kind:/outlet: filters."""
    try:
        limits.check_query(query, speaker=speaker, outlet=outlet)
        result = run_search(
            get_session(), get_index(), query, speaker=speaker, kind=kind, outlet=outlet,
            date_from=date_from, date_to=date_to, sort=sort, page=page,
        )
    except DeskError as exc:
        _fail(exc.message)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    noun = "passage matches" if result["total"] == 1 else "passages match"
    click.echo(f"{result['total']} {noun}; page {result['page']} of {result['pages']}.")
    click.echo(suggest.as_text(result.get("suggestions")), nl=False)
    for hit in result["hits"]:
        src = hit["source"]
        who = hit["speaker"]["name"] if hit["speaker"] else (hit["label"] or "unknown speaker")
        click.echo(f"\n[{hit['passage_id']}] {who} — {src['title']} ({src['kind']}, {src['date'] or 'undated'})")
        click.echo(f"    {hit['text']}")


@desk_cli.command("check")
@click.argument("file", type=click.File("rb"))
@click.option("--title", help="Title of the draft (defaults to its headline, skipping page boilerplate).")
@click.option("--story-url", help="Where the story is published (http or https): exported reviews (ClaimReview) link to it.")
@click.option("--json", "as_json", is_flag=True, help="Print the check document as JSON (README: Checking a draft).")
def check_command(file, title, story_url, as_json):
    """Check a draft's quotes against the library (FILE, or - for standard input)."""
    name = getattr(file, "name", "-")
    data = file.read()
    try:
        story_url = story.clean_story_url(story_url)  # refused before any work
        if name in ("-", "<stdin>"):
            text = decode_text(data)
        else:
            text = read_document(Path(name).name, data, max_bytes=current_app.config["DESK_MAX_UPLOAD_BYTES"]).text
        if REPLACEMENT in text:
            click.echo(f"Note: some bytes were not valid UTF-8 and show as {REPLACEMENT} in the draft.", err=True)
        limits.check_quote_cap(get_session(), text, current_app.config["DESK_MAX_QUOTES"])
        doc = checks.check_text(get_session(), get_index(), text, title=title, checked_by="cli", story_url=story_url)
    except ExtractError as exc:
        _fail(str(exc))
    except DeskError as exc:
        _fail(exc.message)
    if as_json:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    click.echo(f"Draft {doc['draft']['id']}: {doc['draft']['title']}")
    if story_url:
        click.echo(f"Story URL: {story_url}")
    click.echo(readiness.draft_readiness(get_session(), doc["draft"]["id"])["line"])
    for q in doc["quotes"]:
        who = (q["speaker"] or {}).get("name") or "nobody named"
        click.echo(f"\n{q['index'] + 1:>3}. {verdict_words(q['verdict']).upper():<13} “{q['text']}” — {who}")
        if q["flags"]:
            click.echo(f"     flags: {'; '.join(flag_label(f, q) for f in q['flags'])}")
        if q["match"]:
            m = q["match"]
            said = m["speaker"]["name"] or m["speaker"]["label"] or "unknown speaker"
            click.echo(f"     source: {said}, {m['source']['title']} ({m['source']['kind']}, {m['source']['date'] or 'undated'})")
            if q["verdict"] != "exact":
                click.echo(f"     original: “{m['text']}”")
    for s in doc["skipped"]:
        kind = "the title of a work" if s.get("reason") == "title" else "scare quote"
        click.echo(f"\n  - skipped {kind} “{s['text']}”")


@desk_cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "claimreview"]), required=True)
@click.option("--draft", "draft_id", type=click.IntRange(1, MAX_ID), help="Only this draft.")
@click.option("--since", callback=_date, help="Drafts checked or decided on or after this date, YYYY-MM-DD.")
@click.option("--until", callback=_date, help="…and on or before this date.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of standard output.")
@click.option("--base-url", default="", help="The desk's address, for links in ClaimReview.")
def export_command(fmt, draft_id, since, until, output, base_url):
    """Export attributions as CSV, JSON or ClaimReview JSON-LD."""
    try:
        if draft_id is not None:
            checks.get_draft(get_session(), draft_id)
        records = exports.export_records(get_session(), draft_id=draft_id, since=since, until=until)
    except DeskError as exc:
        _fail(exc.message)
    drafts = exports.export_drafts(get_session(), draft_id=draft_id, since=since, until=until) if fmt == "json" else None
    body = exports.render(fmt, records, base_url=base_url, drafts=drafts)
    if output:
        try:
            Path(output).write_text(body, encoding="utf-8", newline="")
        except OSError as exc:
            _fail(f"Could not write {output}: {exc.strerror or exc}. Choose a folder that exists and that you can write to.")
        click.echo(f"Wrote {len(records)} quotes to {output}.", err=True)
    else:
        click.echo(body, nl=False)


@desk_cli.command("reindex")
def reindex_command():
    """Rebuild the search index from the database (built aside, then swapped in)."""
    session = get_session()
    total = library.library_counts(session)["passages"]
    with _progress(length=total, label="Indexing passages") as bar:
        last = [0]

        def progress(n):
            bar.update(n - last[0])
            last[0] = n

        result = index_upkeep.reindex(session, get_index(), progress=progress)
    click.echo(f"Indexed {result.indexed} passages.")
    if result.added or result.removed:
        click.echo(
            f"Caught up with changes made during the rebuild: {_count(result.added, 'passage')} added, "
            f"{result.removed} removed."
        )
    _warn_if_disagree()


@desk_cli.command("doctor")
@click.option("--fix", is_flag=True, help="Repair what is found: index what is missing, drop what is gone, delete stale folders.")
def doctor_command(fix):
    """Compare the search index with the database, passage by passage (exit 1 if they disagree)."""
    session, index = get_session(), get_index()
    health = index_upkeep.index_health(session, index)
    click.echo(f"Passages in the database:        {health.passages}")
    click.echo(f"Documents in the search index:   {health.documents}")
    click.echo(f"Missing from the index:          {len(health.missing)}")
    click.echo(f"In the index, not the database:  {len(health.extra)}")
    click.echo(f"Stale rebuild folders:           {len(health.stale_folders)}")
    _report_change_log(session)
    if health.needs_rebuild:
        click.echo("The index was built with an older schema and needs a full rebuild.")
    if health.agree:
        click.echo("The index and the database agree.")
        return
    if not fix:
        click.echo("The index and the database disagree: run `flask --app wsgi desk doctor --fix`.")
        sys.exit(1)
    done = index_upkeep.fix_index(session, index)
    if done["rebuilt"]:
        click.echo(f"Rebuilt the index: {_count(done['added'], 'passage')}.")
    else:
        click.echo(f"Added {_count(done['added'], 'passage')} to the index, removed {done['removed']}.")
    click.echo(f"Deleted {_count(done['folders'], 'stale rebuild folder')}.")
    after = index_upkeep.index_health(session, index)
    if not after.agree:
        # Someone wrote while we repaired, or a rebuild is running; the next run settles it.
        click.echo(f"Still differs: {len(after.missing)} missing, {len(after.extra)} extra, "
                   f"{len(after.stale_folders)} stale folders.", err=True)
        sys.exit(1)
    click.echo("The index and the database agree.")


@desk_cli.command("copy-database")
@click.argument("target_url")
def copy_database_command(target_url):
    """Copy the whole library, users and record into a new, empty database (SQLite → PostgreSQL).

    TARGET_URL is a SQLAlchemy URL, e.g. postgresql+psycopg://desk:PASSWORD@db.example/desk.
    Afterwards, set DESK_DATABASE_URL to it on every host.
    """
    from desk.services.copying import copy_database

    shown = [None]

    def progress(table, n):
        if shown[0] != table:
            click.echo(f"Copying {table}…", err=True)
            shown[0] = table

    try:
        copied = copy_database(current_app.extensions["desk_engine"], target_url, progress)
    except DeskError as exc:
        _fail(exc.message)
    for table, n in copied.items():
        click.echo(f"{table:<16} {n} rows")
    click.echo("Copied. Set DESK_DATABASE_URL to the new database on every host; "
               "this data folder's search index stays valid (the ids are the same).")


def _report_change_log(session) -> None:
    """This host's place in the change log other hosts' changes reach its index by (desk.follower)."""
    from desk.services import changes

    newest = changes.newest_change(session)
    position = changes.read_position(current_app.config["DESK_DATA_DIR"], changes.database_name(session))
    if position is None and current_app.config["DESK_DATABASE_URL"].startswith("sqlite"):
        return  # one host: its own writes keep its index
    if position is None:
        click.echo("Change log:                      this host has not followed it yet (its server does at start)")
    elif position >= newest:
        click.echo(f"Change log:                      applied, up to change {newest}")
    else:
        click.echo(f"Change log:                      applied up to change {position} of {newest} "
                   "(a running server applies the rest within seconds)")


@desk_cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on: 0.0.0.0 lets other machines reach it (put a proxy in front).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: two per core plus one, at most 8).")
@click.option("--timeout", type=click.IntRange(5, 3600), default=None,
              help="Seconds a request may run before its worker is stopped and replaced (default: 120).")
def serve_command(host, port, workers, timeout):
    """Serve the app with gunicorn, for a newsroom (Ctrl+C or SIGTERM stops it gracefully)."""
    from desk import serving

    workers = workers or serving.default_workers()
    timeout = timeout or serving.DEFAULT_TIMEOUT
    # The workers build their own app after the fork: nothing of this process's app is shared.
    current_app.extensions["desk_index"].close()
    current_app.extensions["desk_engine"].dispose()
    data_dir = current_app.config["DESK_DATA_DIR"]
    click.echo(f"Quote Desk on http://{host}:{port} with {_count(workers, 'worker')}; data in {data_dir}", err=True)
    serving.serve(host, port, workers, timeout)


user_cli = AppGroup("user", help="Manage the people who use the desk.")
desk_cli.add_command(user_cli)


@user_cli.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["admin", "editor", "viewer"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of asking.")
def user_add_command(name, role, password_stdin):
    """Create a user (asks for the password twice, or reads it from stdin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)
    try:
        user = users.add_user(get_session(), name, role, password)
    except DeskError as exc:
        _fail(exc.message)
    click.echo(f"Added {user.username} ({user.role}).")


@user_cli.command("token")
@click.argument("name")
def user_token_command(name):
    """Print a new API token for that user (shown once; stored only as a hash)."""
    try:
        user = users.find_user(get_session(), name)
        click.echo(users.new_token(get_session(), user.id))
    except DeskError as exc:
        _fail(exc.message)


@user_cli.command("revoke")
@click.argument("name")
def user_revoke_command(name):
    """Revoke every API token of that user."""
    try:
        user = users.find_user(get_session(), name)
    except DeskError as exc:
        _fail(exc.message)
    n = users.revoke_all_tokens(get_session(), user.id)
    click.echo(f"Revoked {n} token{'s' if n != 1 else ''} of {user.username}.")


@user_cli.command("list")
def user_list_command():
    """List users and their roles."""
    for user in users.list_users(get_session()):
        click.echo(f"{user.username:<24} {user.role:<7} {'active' if user.active else 'switched off'}")


DEMO_USER, DEMO_PASSWORD = "editor", "quote-desk-demo"


@desk_cli.command("demo")
def demo_command():
    """Load the bundled demo library (sources and a draft); running it twice changes nothing."""
    meta_list = json.loads((DEMO_DIR / "sources.json").read_text(encoding="utf-8"))
    session = get_session()
    failed = []
    with _progress(meta_list, label="Loading the demo library") as bar:
        for entry in bar:
            meta = library.SourceMeta(
                title=entry.get("title"),
                kind=entry.get("kind"),
                outlet=entry.get("outlet"),
                url=entry.get("url"),
                date=library.parse_date(entry.get("date")),
                speaker=entry.get("speaker"),
                added_by="demo",
            )
            path = DEMO_DIR / "sources" / entry["file"]
            _, f = library.ingest_paths(session, get_index(), [path], meta)
            failed += f
    for path, why in failed:
        click.echo(f"failed: {path.name}: {why}", err=True)
    draft_path = DEMO_DIR / "draft.txt"
    if draft_path.exists():
        text = draft_path.read_text(encoding="utf-8")
        existing = checks.find_draft_by_text(session, text)
        doc = (
            checks.recheck(session, get_index(), existing.id, checked_by="demo")
            if existing
            else checks.check_text(session, get_index(), text, checked_by="demo")
        )
        click.echo(f"Demo draft {doc['draft']['id']} “{doc['draft']['title']}”: {readiness.draft_readiness(session, doc['draft']['id'])['line']}")
    try:
        users.find_user(session, DEMO_USER)
    except DeskError:
        users.add_user(session, DEMO_USER, "editor", DEMO_PASSWORD)
    counts = library.library_counts(session)
    click.echo(f"Demo editor: sign in as “{DEMO_USER}” with the password “{DEMO_PASSWORD}” (demo only).")
    click.echo(f"Demo library ready: {counts['sources']} sources, {counts['passages']} passages, {counts['speakers']} speakers.")
    if failed:
        sys.exit(1)
