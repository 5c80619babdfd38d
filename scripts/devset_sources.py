"""Run extraction over the devset sources and compare the speakers found with the devset's map.

    .venv/bin/python scripts/devset_sources.py [DEVSET_DIR]   (default ../shared/devset)

For each source: format, turns, passages, and every label (or caption voice) whose resolved
speaker differs from the evaluation-only "speakers" map in sources.json.  Article-like sources
go through ``desk.extract.article.article_segments``; if that module is not there yet they are
reported as skipped.  Exits 1 when there is a difference.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk.extract.formats import ExtractError, read_document  # noqa: E402
from desk.extract.transcripts import segment  # noqa: E402


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "devset"
    entries = json.loads((root / "sources.json").read_text(encoding="utf-8"))
    differences = 0
    for entry in entries:
        path = root / "sources" / entry["file"]
        try:
            doc = read_document(path.name, path.read_bytes())
        except ExtractError as exc:
            print(f"{entry['file']}: ERROR {exc}")
            differences += 1
            continue
        try:
            segments = segment(doc, entry["kind"], speaker=entry.get("speaker"))
        except ImportError as exc:
            print(f"{entry['file']:48} {entry['kind']:10} skipped: {exc}")
            continue
        turns = len({s.turn for s in segments})
        print(f"{entry['file']:48} {entry['kind']:10} {doc.format:4} turns={turns:3} passages={len(segments):3}")

        expected = entry.get("speakers")
        if expected is None:  # single-speaker source: every passage is that speaker's
            wrong = {s.speaker for s in segments if s.speaker != entry.get("speaker")}
            for who in sorted(wrong, key=str):
                print(f"    passages attributed to {who!r}, expected {entry.get('speaker')!r}")
                differences += 1
            continue
        resolved: dict[str, set] = {}
        for s in segments:
            resolved.setdefault(s.label if s.label is not None else s.speaker, set()).add(s.speaker)
        if entry["kind"] not in ("article", "release", "notes"):
            for label, want in expected.items():
                got = resolved.get(label)
                if got is None:
                    print(f"    label {label!r}: not found as a turn (expected {want!r})")
                    differences += 1
                elif got != {want}:
                    print(f"    label {label!r}: resolved to {sorted(got, key=str)}, expected {want!r}")
                    differences += 1
            for label in resolved:
                if label not in expected:
                    print(f"    label {label!r}: not in the map (resolved to {sorted(resolved[label], key=str)})")
                    differences += 1
        else:  # article-like: labels are the draft's mentions ("she"); compare the people quoted
            got = {s.speaker for s in segments if s.speaker}
            want = {v for v in expected.values() if v}
            if got != want:
                print(f"    speakers {sorted(got)} vs expected {sorted(want)}")
                differences += 1
    print(f"{differences} difference(s)")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
