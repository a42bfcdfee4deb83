#!/usr/bin/env python3
"""Checks the corpus fixture against the source files alone (never the importer).

Usage: check-fixture.py [corpus-dir] [fixture.json ...]
Every `passage` and `quote` must occur exactly once in its raw file; each quote must lie in the same
passage as its `passage` text (no blank line or Q&A "\\n\\n" between them), and dates must be well formed.
"""
import json, os, re, sys, datetime

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(here, *[".."] * 5, "shared", "corpus"))
fixtures = sys.argv[2:] or [os.path.join(here, f) for f in ("wikipedia.json", "quicktakes.json") if os.path.exists(os.path.join(here, f))]
PRECISIONS = {"day", "month", "part", "year", "decade", "century"}
FROMS = {"sentence", "heading", "label", "paragraph", "framing"}
problems, totals = [], {"documents": 0, "passages": 0, "events": 0, "undated": 0}

def once(raw, text, where):
    n = raw.count(text)
    if n != 1:
        problems.append(f"{where}: found {n} times: {text!r}")
        return -1
    return raw.index(text)

def passage_bounds(raw, at):
    """The passage around offset `at`: between blank lines, Q&A paragraph breaks, or list-item starts."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n|\\n\\n|\\n(?=\s*(?:\d+\.|[*+-])\s)|\n(?=\s*(?:\d+\.|[*+-])\s)", raw[:at])]
    start = breaks[-1] if breaks else 0
    m = re.compile(r"\n[ \t]*\n|\\n\\n|\\n(?=\s*(?:\d+\.|[*+-])\s)|\n(?=\s*(?:\d+\.|[*+-])\s)").search(raw, at)
    return start, (m.start() if m else len(raw))

def check_date(entry, where):
    try:
        d = datetime.date.fromisoformat(entry["date"])
        if entry.get("dateEnd"):
            e = datetime.date.fromisoformat(entry["dateEnd"])
            if e < d:
                problems.append(f"{where}: dateEnd before date")
    except Exception as ex:
        problems.append(f"{where}: bad date {entry.get('date')!r}/{entry.get('dateEnd')!r}: {ex}")
    if entry.get("precision") not in PRECISIONS:
        problems.append(f"{where}: precision {entry.get('precision')!r} not one of {sorted(PRECISIONS)}")
    if entry.get("from") not in FROMS:
        problems.append(f"{where}: from {entry.get('from')!r} not one of {sorted(FROMS)}")

for path in fixtures:
    data = json.load(open(path, encoding="utf-8"))
    folder = data["folder"]
    for doc in data["documents"]:
        totals["documents"] += 1
        file = os.path.join(corpus, folder, doc["file"])
        raw = open(file, encoding="utf-8-sig").read()
        for p in doc["passages"]:
            totals["passages"] += 1
            where = f"{folder}/{doc['file']}"
            at = once(raw, p["passage"], where + " passage")
            bounds = passage_bounds(raw, at) if at >= 0 else None
            for kind in ("events", "undated"):
                for entry in p.get(kind, []):
                    totals[kind] += 1
                    q = entry["quote"]
                    if not 15 <= len(q) <= 160:
                        problems.append(f"{where}: quote length {len(q)}: {q!r}")
                    qat = once(raw, q, where + " quote")
                    if bounds and qat >= 0 and not (bounds[0] <= qat and qat + len(q) <= bounds[1]):
                        problems.append(f"{where}: quote not in the passage of {p['passage'][:40]!r}: {q!r}")
                    if kind == "events":
                        check_date(entry, where + f" {q[:40]!r}")

for p in problems:
    print(p)
print(f"{totals['documents']} documents, {totals['passages']} passages, {totals['events']} events, {totals['undated']} undated; {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
