"""Speakers: finding the person a name means, creating them, renaming, aliases and merges.

A speaker is found by the key of any of their aliases (:func:`desk.extract.names.name_key`), so
"MINISTER OKAFOR", "Ms. Okafor" and "Adaeze Okafor" all lead to one person once their aliases
are known.  A bare surname leads to the one speaker with that surname, and never guesses between
two.  When a full name arrives for a speaker known only by surname (a transcript label seen
first), the speaker takes the full name.  A middle initial one source gives and another leaves
out ("Wendell J. Ashgrove", "Wendell Ashgrove") is the same person.

Renames, new aliases and merges change what the index holds for the speaker's passages, so these
functions return the ids of passages to re-index; the caller re-indexes after the commit.  They
also record the change in the library's change log (:mod:`desk.services.changes`), in the same
transaction, so every other host's index re-indexes them too.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from desk.errors import Conflict, InvalidInput, NotFound
from desk.extract.labelnames import _label_key
from desk.extract.labels import _UNNAMED  # how transcripts tell a label that names nobody
from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN
from desk.extract.names import (
    SUFFIXES,
    TITLE_WORDS,
    display_name,
    fold,
    is_questioner,
    name_key,
    strip_titles,
    surname,
    surname_key,
)
from desk.extract.resolver import ANSWER_LABELS
from desk.models import Passage, Source, Speaker, SpeakerAlias, utcnow
from desk.services import changes

#: Key in ``Session.info`` of the ids of speakers renamed by an ingest, to re-index after commit.
RENAMED = "desk_renamed_speakers"


def _add_alias(speaker: Speaker, alias: str) -> bool:
    alias = " ".join(alias.split())
    key = name_key(alias)
    if not key or any(a.key == key for a in speaker.aliases):
        return False
    speaker.aliases.append(SpeakerAlias(alias=alias, key=key))
    return True


def find_speaker(session: Session, name: str) -> Speaker | None:
    """Return the speaker ``name`` means, or None when nobody (or more than one person) fits."""
    key = name_key(name)
    if not key:
        return None
    ids = set(session.scalars(select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == key)))
    if len(ids) == 1:
        return session.get(Speaker, ids.pop())
    if len(ids) > 1:
        return None
    # A full name whose surname is a known surname-only speaker: "Adaeze Okafor" for "Okafor".
    words = key.split()
    if len(words) > 1:
        last = surname_key(name)
        rows = session.execute(
            select(SpeakerAlias.speaker_id, Speaker.name)
            .join(Speaker)
            .where(SpeakerAlias.key == last)
        ).all()
        candidates = {sid for sid, sname in rows if len(name_key(sname).split()) == 1}
        full_named = {sid for sid, sname in rows if len(name_key(sname).split()) > 1}
        if len(candidates) == 1 and not full_named:
            return session.get(Speaker, candidates.pop())
        # "Wendell Ashgrove" for "Wendell J. Ashgrove" (and the other way): the same given name
        # and surname, one of them with a middle initial the other lacks
        same = {sid for sid, sname in rows if _same_but_initials(key, name_key(sname))
                and not _generational(name) and not _generational(sname)}
        if len(same) == 1:
            return session.get(Speaker, same.pop())
    return None


def _generational(name: str) -> bool:
    """The name carries a generational suffix (``SUFFIXES``): "Robert F. Kennedy Jr." is not
    "Robert Kennedy", whatever the initials."""
    return any(fold(w).strip(".,") in SUFFIXES for w in name.split())


def _same_but_initials(a: str, b: str) -> bool:
    """Two name keys that differ only by middle initials one of them lacks: "wendell j ashgrove"
    and "wendell ashgrove"; not "john a smith" and "john b smith", nor a given name for an initial."""
    wa, wb = a.split(), b.split()
    if a == b or len(wa) < 2 or len(wb) < 2 or wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    mid_a, mid_b = wa[1:-1], wb[1:-1]
    if any(len(w) > 1 for w in mid_a + mid_b):
        return False   # a middle name, not an initial: "mary ann smith" is not "mary smith"
    return not mid_a or not mid_b


def get_or_create_speaker(session: Session, name: str, label: str | None = None) -> Speaker:
    """Find the speaker ``name`` means or create them, and remember ``label`` as an alias."""
    _, bare = strip_titles(name)
    shown = display_name(bare) or name
    speaker = find_speaker(session, shown)
    if speaker is None:
        speaker = Speaker(name=shown)
        session.add(speaker)
    elif len(name_key(speaker.name).split()) < len(name_key(shown).split()):
        # A fuller name arrived for someone known by surname: their passages already in the
        # index carry the old name, so the ingest re-indexes them (see RENAMED).
        speaker.name = shown
        session.info.setdefault(RENAMED, set()).add(speaker.id)
    _add_alias(speaker, shown)
    last = surname_key(shown)
    if last and last != name_key(shown):
        # Keep the surname as written ("Okafor"), not as a key.
        _add_alias(speaker, surname(shown))
    if label and _names_someone(label):
        _add_alias(speaker, label)
    session.flush()
    return speaker


_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "you"})


def _names_someone(label: str) -> bool:
    """Whether a label or mention can stand for this person alone: "MINISTER OKAFOR" yes;
    "MODERATOR", "HOST", "she" or "the spokesperson" no (they name a different person elsewhere)."""
    words = [fold(w).strip(".,:") for w in label.split()]
    words = [w for w in words if w and w not in ("the", "a", "an")]
    return any(w not in TITLE_WORDS and w not in _PRONOUNS for w in words)


def known_speakers(session: Session) -> list[tuple[str, list[str]]]:
    """Every speaker as (name, aliases), for extraction to resolve names against the library."""
    rows = session.execute(
        select(Speaker.id, Speaker.name, SpeakerAlias.alias)
        .outerjoin(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .order_by(Speaker.id, SpeakerAlias.alias)
    ).all()
    people: dict[int, tuple[str, list[str]]] = {}
    for sid, name, alias in rows:
        entry = people.setdefault(sid, (name, []))
        if alias:
            entry[1].append(alias)
    return list(people.values())


def list_speakers(session: Session, q: str = "") -> list[dict]:
    """Speakers with their aliases and passage counts, by name."""
    counts = dict(
        session.execute(
            select(Passage.speaker_id, func.count()).where(Passage.speaker_id.is_not(None)).group_by(Passage.speaker_id)
        ).all()
    )
    sources = dict(
        session.execute(
            select(Passage.speaker_id, func.count(func.distinct(Passage.source_id)))
            .where(Passage.speaker_id.is_not(None))
            .group_by(Passage.speaker_id)
        ).all()
    )
    speakers = session.scalars(select(Speaker).options(selectinload(Speaker.aliases))).all()
    needle = fold(q.strip())
    out = []
    for s in speakers:
        if needle and needle not in fold(s.name) and not any(needle in fold(a.alias) for a in s.aliases):
            continue
        out.append(
            {
                "id": s.id,
                "name": s.name,
                "aliases": [a.alias for a in s.aliases if a.alias != s.name],
                "description": s.description,
                "wikidata_id": s.wikidata_id,
                "passages": counts.get(s.id, 0),
                "sources": sources.get(s.id, 0),
            }
        )
    out.sort(key=lambda r: (fold(r["name"].split()[-1]) if r["name"] else "", fold(r["name"])))
    return out


def get_speaker(session: Session, speaker_id: int) -> Speaker:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        raise NotFound(f"There is no speaker {speaker_id}.")
    return speaker


def _passage_ids(session: Session, speaker_id: int) -> list[int]:
    return list(session.scalars(select(Passage.id).where(Passage.speaker_id == speaker_id)))


def update_speaker(
    session: Session,
    speaker_id: int,
    *,
    name: str,
    description: str | None = None,
    wikidata_id: str | None = None,
) -> list[int]:
    """Rename a speaker (the old name stays an alias) and set the description; returns passages to re-index."""
    speaker = get_speaker(session, speaker_id)
    name = " ".join((name or "").split())
    if not name_key(name):
        raise InvalidInput("A speaker needs a name.")
    if wikidata_id and not (wikidata_id[:1] in "Qq" and wikidata_id[1:].isdigit()):
        raise InvalidInput(f"{wikidata_id!r} is not a Wikidata id (they look like Q42).")
    old = speaker.name
    speaker.name = name
    speaker.description = (description or "").strip() or None
    speaker.wikidata_id = wikidata_id.upper() if wikidata_id else None
    _add_alias(speaker, name)
    _add_alias(speaker, old)
    session.flush()
    if old == name:
        return []
    changes.speaker_changed(session, speaker_id)
    return _passage_ids(session, speaker_id)


def add_alias(session: Session, speaker_id: int, alias: str) -> list[int]:
    """Add an alias to a speaker; refuses one that already names somebody else."""
    speaker = get_speaker(session, speaker_id)
    key = name_key(alias)
    if not key:
        raise InvalidInput("An alias needs at least one letter.")
    owner = session.scalars(
        select(Speaker).join(SpeakerAlias).where(SpeakerAlias.key == key, Speaker.id != speaker_id)
    ).first()
    if owner is not None:
        raise Conflict(f"“{alias}” already names {owner.name}. Merge the two speakers if they are one person.")
    if not _add_alias(speaker, alias):
        raise Conflict(f"{speaker.name} already has the alias “{alias}”.")
    session.flush()
    changes.speaker_changed(session, speaker_id)
    return _passage_ids(session, speaker_id)


def remove_alias(session: Session, speaker_id: int, alias_id: int) -> list[int]:
    speaker = get_speaker(session, speaker_id)
    alias = session.get(SpeakerAlias, alias_id)
    if alias is None or alias.speaker_id != speaker.id:
        raise NotFound("That alias does not belong to this speaker.")
    if name_key(alias.alias) == name_key(speaker.name):
        raise InvalidInput("The speaker's own name cannot be removed; rename the speaker instead.")
    speaker.aliases.remove(alias)
    session.flush()
    changes.speaker_changed(session, speaker_id)
    return _passage_ids(session, speaker_id)


def merge_speakers(session: Session, keep_id: int, other_id: int) -> list[int]:
    """Merge ``other`` into ``keep``: passages, sources and aliases move over, ``other`` goes."""
    if keep_id == other_id:
        raise InvalidInput("Choose two different speakers to merge.")
    keep = get_speaker(session, keep_id)
    other = get_speaker(session, other_id)
    moved = _passage_ids(session, other_id)
    session.execute(update(Passage).where(Passage.speaker_id == other_id).values(speaker_id=keep_id))
    session.execute(update(Source).where(Source.speaker_id == other_id).values(speaker_id=keep_id))
    names = [other.name] + [a.alias for a in other.aliases]
    if not keep.description and other.description:
        keep.description = other.description
    if not keep.wikidata_id and other.wikidata_id:
        keep.wikidata_id = other.wikidata_id
    session.delete(other)
    session.flush()
    for alias in names:
        _add_alias(keep, alias)
    session.flush()
    changes.speaker_changed(session, keep_id)
    return _passage_ids(session, keep_id) + moved


#: A speaker's name, as the speaker table holds it.
MAX_NAME = 200


def name_source_speaker(session: Session, source_id: int, name: str,
                        actor: str | None = None) -> tuple[Source, Speaker, list[int]]:
    """Name the speaker of a source added without one (a speech, captions, notes of one voice,
    a Q/A interview).

    The passages the desk could not give to anyone for want of that name become theirs (see
    :func:`waits_for_speaker`): those with no label and no speaker (the body of a speech,
    captions before any voice, an unnamed ">>" voice) and the answers of a Q/A interview —
    exactly what adding the source with the speaker would have given them.  Other labelled
    turns (a moderator, "Speaker 2", the questions) and passages that already have a speaker
    stay as they are.  Refused, changing nothing, when the name is no person's name
    (:func:`check_person_name`), when no passage is waiting for a speaker, and — with
    :class:`Conflict` — when another editor named them between this request's reading and its
    writing: only passages still without a speaker are written, so the first naming stays.
    The source keeps who named it (``actor``) and when, for its page and the API.
    Returns the source, the speaker and the passages to re-index (with any of the speaker's
    passages whose name became fuller)."""
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(f"There is no source {source_id}.")
    name = check_person_name(name)
    waiting = _waiting(session, source_id)
    if not waiting and (source.speaker_id is not None or source.speaker_named_at is not None):
        who = source.speaker.name if source.speaker else _owners(session, list(source.passages))
        raise Conflict(f"The speaker of “{source.title}” is already named: {who}. If that is the "
                       "wrong person, rename the speaker on the Speakers page.")
    if not waiting:
        raise InvalidInput(f"Every passage of “{source.title}” already has a speaker or a label of its own; "
                           "there is nobody to name.")
    speaker = get_or_create_speaker(session, name)
    ids = _assign(session, waiting, speaker)
    if not ids:
        raise Conflict(f"Someone else named the speaker of “{source.title}” a moment ago: its passages that had "
                       f"no speaker are now {_owners(session, waiting)}’s, and nothing was changed. If that is "
                       "the wrong person, rename the speaker on the Speakers page.")
    if source.speaker_id is None:
        source.speaker_id = speaker.id
    source.speaker_named_by, source.speaker_named_at = actor, utcnow()
    renamed = session.info.pop(RENAMED, set())
    if renamed:
        ids += [i for i in session.scalars(select(Passage.id).where(Passage.speaker_id.in_(renamed))) if i not in ids]
        for speaker_id in renamed:
            changes.speaker_changed(session, speaker_id)
    changes.passages_changed(session, ids)
    session.flush()
    return source, speaker, ids


def waits_for_speaker(passage: Passage) -> bool:
    """Whether a passage has no speaker only for want of the source's: no speaker, its role
    unknown, and no label or the answering side's ("A:", "ANSWER:" of a Q/A interview, which
    ingest gives to the source's speaker: ``ANSWER_LABELS``).  The questions ("Q:") belong to a
    questioner, and other labels ("Speaker 2", "MODERATOR") to someone else."""
    return (passage.speaker_id is None and passage.role == ROLE_UNKNOWN
            and (passage.label is None or name_key(passage.label) in ANSWER_LABELS))


def _waiting(session: Session, source_id: int) -> list[Passage]:
    """The passages of a source waiting for its speaker (:func:`waits_for_speaker`), in order."""
    candidates = session.scalars(select(Passage).where(
        Passage.source_id == source_id, Passage.speaker_id.is_(None), Passage.role == ROLE_UNKNOWN)
        .order_by(Passage.seq))
    return [p for p in candidates if waits_for_speaker(p)]


def _assign(session: Session, waiting: list[Passage], speaker: Speaker) -> list[int]:
    """Give ``speaker`` those of ``waiting`` that still have no speaker, in one UPDATE whose WHERE
    says so, and return the ids it changed.  Another request may have named them since they
    were read; its naming is kept (on PostgreSQL the UPDATE waits for that request's commit and
    then finds them taken).  The objects are expired: the index is written from them after the
    commit, and the session keeps them past it (``expire_on_commit=False``)."""
    changed = list(session.scalars(
        update(Passage)
        .where(Passage.id.in_([p.id for p in waiting]), Passage.speaker_id.is_(None))
        .values(speaker_id=speaker.id, role=ROLE_SPEAKER)
        .returning(Passage.id),
        execution_options={"synchronize_session": False}))
    for passage in waiting:
        session.expire(passage)
    return sorted(changed)


def _owners(session: Session, passages: list[Passage]) -> str:
    """Who ``passages`` belong to now, for a message: "Lucia Ferrante" or "Lucia Ferrante and Tom Hale"."""
    names = sorted(set(session.scalars(
        select(Speaker.name).join(Passage, Passage.speaker_id == Speaker.id)
        .where(Passage.id.in_([p.id for p in passages])))))
    return " and ".join(names) or "somebody else"


#: What a refusal of a name suggests typing instead.
_EXAMPLE = "type the name of the person who spoke, such as “Alma Reyes”"
#: Unicode categories refused in a name: control characters, invisible format characters (a
#: right-to-left override, a zero-width space) and lone surrogates (no database stores them);
#: only a joiner between two letters is let through (``_JOINERS``).
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})
_NOT_NAME_WORDS = frozenset({"the", "a", "an"}) | _PRONOUNS


#: Zero-width non-joiner and joiner: part of how Persian and Indic names are spelt ("Mehr\u200cnaz").
_JOINERS = frozenset("\u200c\u200d")


def _joins_letters(name: str, i: int) -> bool:
    """Whether ``name[i]`` is a joiner between two letters (a combining mark counts as letter)."""
    def letter(c: str) -> bool:
        return unicodedata.category(c)[0] in "LM"
    return name[i] in _JOINERS and 0 < i < len(name) - 1 and letter(name[i - 1]) and letter(name[i + 1])


def check_person_name(name: str) -> str:
    """``name`` with its spaces tidied, when it can be a person's name; else InvalidInput saying
    what to type instead.  A title alone ("Mayor"), a transcript's label ("Speaker 2", "Q", "A",
    "Unidentified Male") or a number would be stored as a speaker that is nobody — "Speaker 2" even as "2", its title
    stripped — and every quote of the source would be checked against it."""
    name = " ".join((name or "").split())
    if not name_key(name):
        raise InvalidInput("Write the name of the person who spoke.")
    if any(unicodedata.category(c) in _INVISIBLE and not _joins_letters(name, i) for i, c in enumerate(name)):
        raise InvalidInput("A speaker's name cannot hold control characters or invisible formatting characters "
                           "(such as a right-to-left mark or a zero-width space); type it again.")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"A speaker's name may have at most {MAX_NAME} characters.")
    bare = strip_titles(name)[1]
    if is_questioner(name) or is_questioner(bare):
        raise InvalidInput(f"“{name}” marks a journalist's question, not a person: {_EXAMPLE}.")
    if name_key(name) in ANSWER_LABELS:
        raise InvalidInput(f"“{name}” marks an interview's answers, not a person: {_EXAMPLE}.")
    if not any(c.isalpha() for c in name):
        raise InvalidInput(f"“{name}” has no letters, so it is no one's name: {_EXAMPLE}.")
    words = [fold(w).strip(".,:;'’") for w in bare.split()]
    if _UNNAMED.match(_label_key(name)) or not any(w not in TITLE_WORDS and w not in _NOT_NAME_WORDS and any(c.isalpha() for c in w) for w in words):
        raise InvalidInput(f"“{name}” is a title or a transcript's label, not a person's name: {_EXAMPLE} "
                           "(a title may come before it: “Mayor Alma Reyes”).")
    return name


def sources_of(session: Session, speaker_id: int, cache: dict) -> frozenset[int]:
    """The sources holding passages of the speaker: a source that names both "Ann Ruiz" and
    "Annette Ruiz" tells them apart, so a short form there is someone else (``kin.short_form``)."""
    held = cache.setdefault("sources_of", {})
    if speaker_id not in held:
        held[speaker_id] = frozenset(session.scalars(
            select(Passage.source_id).where(Passage.speaker_id == speaker_id).distinct()))
    return held[speaker_id]
