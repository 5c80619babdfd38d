"""The source library: adding sources, listing and reading them.

Ingest walks one way: bytes → readable text (``desk.extract.formats``) → passages with speakers
(``desk.extract.transcripts``) → one database transaction (source, speakers, passages) → the
index.  The database is written first and is the truth.  If writing the index then fails, the
source is deleted again, so a failed ingest leaves nothing behind; if the process dies between
the two (``kill -9``, a power cut), adding the same file again indexes what the crash left out
(:func:`complete_source`), and :func:`desk.services.index_upkeep.repair_index` (``desk doctor
--fix``) does it for the whole library.

The same text twice is one source: the SHA-256 of the extracted text is unique, and adding it
again returns the source already there — with any of its passages the index lacks added to it.

Keeping the whole index in step with the database (rebuilds, repairs, health checks) is in
:mod:`desk.services.index_upkeep`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from desk.errors import IngestError, InvalidInput, NotFound
from desk.extract.decoding import has_words
from desk.extract.formats import MAX_BYTES, SUPPORTED, ExtractError, read_document
from desk.extract.model import KINDS, ROLE_QUESTIONER, Segment
from desk.extract.transcripts import ARTICLE_KINDS, segment
from desk.models import Passage, Source, Speaker, SpeakerAlias
from desk.services import changes
from desk.services.index_upkeep import passage_docs
from desk.services.speakers import RENAMED, get_or_create_speaker, known_speakers
from index import PassageIndex

log = logging.getLogger(__name__)


@dataclass
class SourceMeta:
    """What an editor tells us about a source besides its file."""

    title: str | None = None
    kind: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: dt.date | None = None
    speaker: str | None = None  # for single-speaker sources (a speech, interview notes)
    language: str | None = None
    added_by: str | None = None


@dataclass
class IngestResult:
    source_id: int
    title: str
    kind: str
    passages: int
    speakers: list[str]
    duplicate: bool  # True when the same text was already in the library
    repaired: int = 0  # for a duplicate: its passages that were missing from the index and were added


def speaker_warning(result: IngestResult) -> str | None:
    """What to tell the editor about a speech just added with no speaker, or a transcript, an
    interview or captions in which the desk could name none of the voices (page, API, command
    line), or None.  It is stored: a file may be all a desk has, and its words can still be
    found; but none of its passages has a speaker, so a quote found in it cannot be told right
    or wrong about who said it — a layout the desk does not read yet ("SPEAKER_00", "Voice 2")
    shows here, before an editor trusts a verdict on it."""
    if result.duplicate or result.speakers or not result.passages:
        return None
    if result.kind == "speech":
        return (f"“{result.title}” is a speech with no speaker named, so a quote found in it cannot be "
                "checked for who said it. To fix it, name the speaker on the source's page.")
    if result.kind in ("transcript", "interview", "captions"):
        return (f"“{result.title}” was added, but the desk could not name any of its voices, so a quote "
                "found in it cannot be checked for who said it. To fix it, start each turn with the "
                "speaker's name (“OKAFOR:”) and add it again; if it is one person's words, add it as a "
                "speech and name the speaker.")
    return None


def too_large(name: str, max_bytes: int) -> IngestError:
    """The error for a file over the size limit."""
    return IngestError(f"{name} is larger than the {max_bytes // (1024 * 1024)} MB limit.")


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Parse YYYY-MM-DD; raise InvalidInput with a clear message otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04.") from None


def check_meta(meta: SourceMeta) -> SourceMeta:
    if meta.kind and meta.kind not in KINDS:
        raise InvalidInput(f"“{meta.kind}” is not a source kind; use one of: {', '.join(KINDS)}.")
    if meta.url and not meta.url.startswith(("http://", "https://")):
        raise InvalidInput(f"“{meta.url}” is not a web address; it should start with https:// or http://.")
    return meta


def _guess_kind(fmt: str, segments: Sequence[Segment], meta: SourceMeta) -> str:
    if fmt in ("srt", "vtt", "ttml", "smi", "sbv", "sub", "ass"):
        return "captions"
    labels = {s.label for s in segments if s.label and s.role != "unknown"}
    if len({s.turn for s in segments}) > 1 and len(labels) >= 2:
        return "transcript"
    if meta.speaker:
        return "speech"
    return "article"


def no_passages_message(name: str, kind: str) -> str:
    """Why a source that gives no passages is refused, and what to do instead (CLI, page and API alike).

    In an article, a release or notes only quoted speech becomes passages; one with none (a
    statement in the speaker's own words, a story that quotes nobody) would sit in the library
    matching nothing, for ever.  Nothing of it is stored, so the same file can be added again
    the right way at once (a stored copy would make the second try a duplicate).
    """
    if kind in ARTICLE_KINDS or kind == "other":
        what = {"article": "an article", "release": "a release", "notes": "notes"}.get(kind, f"a source of kind “{kind}”")
        return (
            f"No quoted speech was found in {name}, so as {what} it would give no passages and no "
            "quote could ever be found in it; nothing was stored. If it is one person's own words (a statement, a "
            "speech, interview notes), add it again as a speech and name the speaker (kind “speech” and the "
            "speaker's name; on the command line --kind speech --speaker \"NAME\"). If it is a transcript, "
            "start each turn with the speaker's label (“OKAFOR:”) and add it as a transcript."
        )
    return f"No passages were found in {name}, so no quote could ever be found in it; nothing was stored."


def source_summary(src: Source) -> dict:
    """What a check, a search hit or an export says about a source."""
    return {
        "id": src.id,
        "title": src.title,
        "kind": src.kind,
        "date": src.date.isoformat() if src.date else None,
        "url": src.url,
        "outlet": src.outlet,
    }


def ingest_bytes(
    session: Session,
    index: PassageIndex,
    filename: str,
    data: bytes,
    meta: SourceMeta,
    max_bytes: int = MAX_BYTES,
) -> IngestResult:
    """Add one file to the library; raise IngestError (nothing stored) when it can't be read."""
    source, result = _store(session, filename, data, meta, max_bytes)
    if source is not None:
        _index_sources(session, index, [source])
    else:
        result.repaired = complete_source(session, index, result.source_id)
    return result


def complete_source(session: Session, index: PassageIndex, source_id: int) -> int:
    """Index the passages of a stored source that the index lacks (a crash after the database
    commit leaves them out); return how many were added."""
    stored = set(session.scalars(select(Passage.id).where(Passage.source_id == source_id)))
    missing = stored - index.source_passage_ids(source_id)
    if missing:
        index.upsert(passage_docs(session, sorted(missing)))
        log.warning("source %s: %d passages were missing from the index and were added", source_id, len(missing))
    return len(missing)


def _index_sources(session: Session, index: PassageIndex, sources: Sequence[Source]) -> None:
    """Write these freshly stored sources to the index; if that fails, remove them again."""
    if not sources:
        return
    ids = {p.id for s in sources for p in s.passages}
    renamed = session.info.pop(RENAMED, set())
    if renamed:
        ids |= set(session.scalars(select(Passage.id).where(Passage.speaker_id.in_(renamed))))
    try:
        index.upsert(passage_docs(session, sorted(ids)))
    except Exception as exc:
        log.exception("indexing sources %s failed; removing them", [s.id for s in sources])
        names = ", ".join(s.filename or s.title for s in sources)
        for source in sources:
            session.delete(source)
            changes.source_removed(session, source.id)
        session.commit()
        raise IngestError(f"{names} could not be added to the search index ({exc}); nothing was stored.") from exc


def _store(
    session: Session, filename: str, data: bytes, meta: SourceMeta, max_bytes: int
) -> tuple[Source | None, IngestResult]:
    """Read a file and commit its source, speakers and passages; (None, result) for a duplicate."""
    check_meta(meta)
    name = Path(filename or "pasted.txt").name
    try:
        doc = read_document(name, data, max_bytes=max_bytes)
    except ExtractError as exc:
        raise IngestError(str(exc)) from None
    text = doc.text
    if not has_words(text):
        raise IngestError(f"{name} has no readable text.")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = session.scalar(select(Source).where(Source.sha256 == digest))
    if existing is not None:
        result = _result(session, existing, duplicate=True)
        if result.passages == 0:  # stored before such sources were refused: it can only be replaced
            raise IngestError(
                f"{name} is already in the library as “{existing.title}” (source {existing.id}), which has no "
                "passages, so no quote can ever be found in it. Delete that source, then add this file again; "
                "if it is one person's own words, add it as a speech and name the speaker."
            )
        return None, result

    try:
        segments = segment(doc, meta.kind or "other", meta.speaker, known_speakers(session))
    except ExtractError as exc:
        raise IngestError(str(exc)) from None
    kind = meta.kind or _guess_kind(doc.format, segments, meta)
    if not segments:
        raise IngestError(no_passages_message(name, kind))
    title = (meta.title or doc.title or Path(name).stem.replace("_", " ")).strip()[:500]

    try:
        source = Source(
            title=title,
            kind=kind,
            outlet=meta.outlet or None,
            url=meta.url or None,
            date=meta.date,
            language=meta.language,
            filename=name,
            format=doc.format,
            text=text,
            sha256=digest,
            added_by=meta.added_by,
        )
        if meta.speaker:
            source.speaker = get_or_create_speaker(session, meta.speaker)
        session.add(source)
        cache: dict[tuple[str, str | None], Speaker] = {}
        for seq, seg in enumerate(segments):
            speaker = None
            if seg.speaker and seg.role != ROLE_QUESTIONER:
                ckey = (seg.speaker, seg.label)
                speaker = cache.get(ckey)
                if speaker is None:
                    speaker = cache[ckey] = get_or_create_speaker(session, seg.speaker, seg.label)
            source.passages.append(
                Passage(
                    seq=seq,
                    turn=seg.turn,
                    start=seg.start,
                    end=seg.end,
                    text=text[seg.start : seg.end],
                    speaker=speaker,
                    label=seg.label,
                    role=seg.role,
                    paragraph_start=seg.paragraph_start,
                    paragraph_end=seg.paragraph_end,
                    t_start=seg.t_start,
                    t_end=seg.t_end,
                )
            )
        changes.source_added(session, source)
        session.commit()
    except IntegrityError:
        # Another process added the same text a moment ago.
        session.rollback()
        existing = session.scalar(select(Source).where(Source.sha256 == digest))
        if existing is None:
            raise
        return None, _result(session, existing, duplicate=True)
    except Exception:
        session.rollback()
        raise
    return source, _result(session, source, duplicate=False)


def _result(session: Session, source: Source, duplicate: bool) -> IngestResult:
    names = session.scalars(
        select(Speaker.name)
        .join(Passage, Passage.speaker_id == Speaker.id)
        .where(Passage.source_id == source.id)
        .group_by(Speaker.id)
        .order_by(func.min(Passage.seq))
    ).all()
    count = session.scalar(select(func.count()).select_from(Passage).where(Passage.source_id == source.id))
    return IngestResult(source.id, source.title, source.kind, count or 0, list(names), duplicate)


def ingest_text(session: Session, index: PassageIndex, text: str, meta: SourceMeta) -> IngestResult:
    """Add pasted text as a source."""
    if not (text or "").strip():
        raise IngestError("The pasted text is empty.")
    if not (meta.title or "").strip():
        raise IngestError("Give the pasted source a title.")
    return ingest_bytes(session, index, "pasted.txt", text.encode("utf-8"), meta)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: each file given, and every supported file in each folder given (recursively)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED))
        else:
            out.append(path)
    return out


def ingest_paths(
    session: Session,
    index: PassageIndex,
    paths: Sequence[Path],
    meta: SourceMeta,
    max_bytes: int = MAX_BYTES,
    on_each: Callable[[Path, IngestResult | None, str | None], None] | None = None,
    **kwargs,
) -> tuple[list[IngestResult], list[tuple[Path, str]]]:
    """Ingest files; a bad file is reported with its reason and skipped, the others still go in.

    The work is done by the bulk path (``desk.services.bulk``): files parsed in parallel
    processes, stored in chunks of one transaction each, indexed by one writer that commits a
    segment every ``bulk.SEGMENT_PASSAGES`` passages.  ``kwargs`` go to ``bulk.ingest_files``
    (``procs``, ``chunk_passages``, ``segment_passages``, ``settle``, ``stats``).
    """
    from desk.services import bulk  # bulk builds on this module

    return bulk.ingest_paths(session, index, paths, meta, max_bytes, on_each, **kwargs)


def delete_source(session: Session, index: PassageIndex, source_id: int) -> str:
    source = get_source(session, source_id)
    title = source.title
    session.delete(source)
    changes.source_removed(session, source_id)
    session.commit()
    index.delete_source(source_id)
    return title


def get_source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(f"There is no source {source_id}.")
    return source


def source_passages(session: Session, source_id: int) -> list[Passage]:
    return list(
        session.scalars(
            select(Passage)
            .where(Passage.source_id == source_id)
            .options(selectinload(Passage.speaker))
            .order_by(Passage.seq)
        )
    )


def list_sources(
    session: Session,
    *,
    q: str = "",
    kind: str | None = None,
    speaker_id: int | None = None,
    outlet: str | None = None,
    page: int = 1,
    per_page: int = 50,
) -> tuple[list[dict], int]:
    """Sources newest first, filtered; returns (rows, total)."""
    stmt = select(Source)
    if q:
        stmt = stmt.where(Source.title.icontains(q, autoescape=True))
    if kind:
        stmt = stmt.where(Source.kind == kind)
    if outlet:
        stmt = stmt.where(Source.outlet.icontains(outlet, autoescape=True))
    if speaker_id:
        stmt = stmt.where(Source.id.in_(select(Passage.source_id).where(Passage.speaker_id == speaker_id)))
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(
        stmt.order_by(Source.date.desc().nulls_last(), Source.id.desc())
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    ).all()
    counts = dict(
        session.execute(
            select(Passage.source_id, func.count())
            .where(Passage.source_id.in_([s.id for s in rows]))
            .group_by(Passage.source_id)
        ).all()
    )
    out = [
        {
            "id": s.id,
            "title": s.title,
            "kind": s.kind,
            "outlet": s.outlet,
            "date": s.date.isoformat() if s.date else None,
            "url": s.url,
            "passages": counts.get(s.id, 0),
            "added_at": s.added_at,
            "added_by": s.added_by,
        }
        for s in rows
    ]
    return out, total


def source_json(session: Session, source_id: int) -> dict:
    """A source with its passages, as the API returns it."""
    s = get_source(session, source_id)
    return {
        "id": s.id,
        "title": s.title,
        "kind": s.kind,
        "outlet": s.outlet,
        "url": s.url,
        "date": s.date.isoformat() if s.date else None,
        "language": s.language,
        "filename": s.filename,
        "format": s.format,
        "sha256": s.sha256,
        "added_by": s.added_by,
        "added_at": s.added_at.isoformat() + "Z",
        "speaker_named": {"by": s.speaker_named_by, "at": s.speaker_named_at.isoformat() + "Z"}
        if s.speaker_named_at else None,
        "text": s.text,
        "passages": [
            {
                "id": p.id,
                "turn": p.turn,
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "label": p.label,
                "role": p.role,
                "speaker": {"id": p.speaker.id, "name": p.speaker.name} if p.speaker else None,
                "t_start": p.t_start,
                "t_end": p.t_end,
            }
            for p in source_passages(session, source_id)
        ],
    }


def library_counts(session: Session) -> dict:
    return {
        "sources": session.scalar(select(func.count()).select_from(Source)) or 0,
        "passages": session.scalar(select(func.count()).select_from(Passage)) or 0,
        "speakers": session.scalar(select(func.count()).select_from(Speaker)) or 0,
        "aliases": session.scalar(select(func.count()).select_from(SpeakerAlias)) or 0,
    }
