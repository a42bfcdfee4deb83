#!/usr/bin/env python3
"""Writes N documents derived from seeds/, in the seeds' two formats, for the scale benchmarks.

    bench/generate-corpus.py --count 1000 --out bench/out/corpus-1000 [--seed 1] [--formats article,qa]

Document i takes the format formats[i % len(formats)] and, from its own random stream (seed, i):
- dates shifted by whole years (every form in the seeds: "24 February 2022", "February 24, 2022",
  "March 2022", "29–30 March", "2014–present", the YAML's ISO "date: 2024-11-29"), and by whole months
  when no month of the document would cross into another year; days are clamped to the new month;
- parties renamed consistently within the document: states, organisations and people swapped for
  others of the gazetteer (so the importer still recognises them), some people for invented names;
- paragraphs shuffled within their section (headings stay; a gloss line stays with the sentence it
  cuts, since it is part of its paragraph), and the middle points of a Q&A answer shuffled and
  renumbered inside the YAML scalar, so the front matter stays as valid as the seed's.
Files are named like the seeds ("00042_<16 hex of the SHA-256>.txt"); no two are byte-for-byte equal.
The same --seed gives the same files.
"""
import argparse
import calendar
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GAZETTEER = ROOT / "src/PeaceTalks.Core/Extraction/Data/gazetteer.json"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
                 "Oct": 10, "Nov": 11, "Dec": 12}
MONTH = "|".join(MONTHS + sorted(ABBREVIATIONS, key=len, reverse=True))
YEAR = r"(?:19|20)\d\d"

# One pass over the text, the longest forms first, so a day, month and year written together move together.
DATES = re.compile(
    rf"(?P<iso>(?<![\w-])(?P<iy>{YEAR})-(?P<im>\d\d)-(?P<id>\d\d)(?![\w-]))"
    rf"|(?P<dmy>(?<![\w.])(?P<d1>\d{{1,2}})(?P<d2>(?:[–-]| and | to )\d{{1,2}})? (?P<m1>{MONTH})\b\.?(?P<y1>,? {YEAR}(?!\d))?)"
    rf"|(?P<mdy>\b(?P<m2>{MONTH})\.? (?P<d3>\d{{1,2}})(?![\d:])(?P<d4>[–-]\d{{1,2}})?(?P<y2>, {YEAR}(?!\d))?)"
    rf"|(?P<my>\b(?P<m3>{MONTH})\.? (?P<y3>{YEAR})(?!\d))"
    rf"|(?P<year>(?<![\w.-])(?P<y4>{YEAR})(?![\w]))")

FIRST_NAMES = ["Marek", "Ilona", "Taras", "Oksana", "Pieter", "Ingrid", "Tomasz", "Leila", "Anders", "Milena",
               "Rustam", "Elif", "Joaquim", "Aino", "Dragan", "Sabine"]
LAST_NAMES = ["Halvorsen", "Dovzhenko", "Kowalczyk", "Arslanov", "Verhoeven", "Lindqvist", "Baranauskas",
              "Moravec", "Esterhazy", "Kalnins", "Petrosyan", "Oyelaran", "Castellanos", "Ivashko"]


class Shift:
    """Whole years and whole months, applied to every date form of one document."""

    def __init__(self, years: int, months: int):
        self.years, self.months = years, months

    def year(self, y: int) -> int:
        return y + self.years

    def month(self, m: int) -> int:
        return m + self.months  # chosen so that it stays within 1..12 for this document

    def day(self, d: int, m: int, y: int | None) -> int:
        if d < 1:
            return d
        # No year: February has 28 days, since the year the importer infers may not be a leap year.
        most = calendar.monthrange(y, m)[1] if y else (28 if m == 2 else calendar.monthrange(2001, m)[1])
        return min(d, most)


def month_number(name: str) -> int:
    return MONTHS.index(name) + 1 if name in MONTHS else ABBREVIATIONS[name]


def month_name(original: str, number: int) -> str:
    if original in MONTHS:
        return MONTHS[number - 1]
    short = MONTHS[number - 1][:3]
    return "Sept" if original == "Sept" and number == 9 else short


def month_span(text: str) -> tuple[int, int] | None:
    months = [month_number(m.group(g)) for m in DATES.finditer(text) for g in ("m1", "m2", "m3") if m.group(g)]
    months += [int(m.group("im")) for m in DATES.finditer(text) if m.group("im")]
    return (min(months), max(months)) if months else None


def shift_dates(text: str, shift: Shift) -> str:
    def days(match_days: str, m: int, y: int | None) -> str:
        return re.sub(r"\d{1,2}", lambda d: str(shift.day(int(d.group()), m, y)), match_days)

    def replace(match: re.Match) -> str:
        g = match.group
        if g("iso"):
            y, m = shift.year(int(g("iy"))), shift.month(int(g("im")))
            return f"{y:04d}-{m:02d}-{shift.day(int(g('id')), m, y):02d}"
        if g("dmy"):
            m = shift.month(month_number(g("m1")))
            y = shift.year(int(g("y1")[-4:])) if g("y1") else None
            year = g("y1")[:-4] + str(y) if g("y1") else ""
            dot = "." if g("dmy")[len(g("d1")) + len(g("d2") or "") + 1 + len(g("m1")):].startswith(".") else ""
            return f"{days(g('d1'), m, y)}{days(g('d2') or '', m, y)} {month_name(g('m1'), m)}{dot}{year}"
        if g("mdy"):
            m = shift.month(month_number(g("m2")))
            y = shift.year(int(g("y2")[-4:])) if g("y2") else None
            dot = "." if g("mdy")[len(g("m2"))] == "." else ""
            year = f", {y}" if g("y2") else ""
            return f"{month_name(g('m2'), m)}{dot} {days(g('d3'), m, y)}{days(g('d4') or '', m, y)}{year}"
        if g("my"):
            dot = "." if g("my")[len(g("m3"))] == "." else ""
            return f"{month_name(g('m3'), shift.month(month_number(g('m3'))))}{dot} {shift.year(int(g('y3')))}"
        return str(shift.year(int(g("y4"))))

    return DATES.sub(replace, text)


class Names:
    """The gazetteer's parties and people, as the rename needs them."""

    def __init__(self, gazetteer: dict):
        self.states = [p for p in gazetteer["parties"] if p["kind"] == "state" and p.get("demonyms")]
        self.organisations = [p for p in gazetteer["parties"] if p["kind"] == "organisation"]
        self.people = [p for p in gazetteer["people"] if " " in p["name"]]
        self.known = {a for p in gazetteer["parties"] + gazetteer["people"] for a in p["aliases"]}
        self._found: dict[int, set[str]] = {}

    def present(self, text: str, entries: list[dict]) -> list[dict]:
        # Called with the seed's own text, so what a seed names is found once.
        key = id(text)
        if key not in self._found:
            every = sorted({e["name"] for e in self.states + self.organisations + self.people}, key=len, reverse=True)
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, every)) + r")(?!\w)")
            self._found[key] = set(pattern.findall(text))
        return [e for e in entries if e["name"] in self._found[key]]

    @staticmethod
    def surname(person: dict) -> str | None:
        last = person["name"].split()[-1]
        return last if last in person["aliases"] else None

    def renames(self, text: str, rng: random.Random) -> dict[str, str]:
        """Old spelling → new spelling, for a few parties and people of this document."""
        mapping: dict[str, str] = {}

        def pick(entries: list[dict], most: int, keep: set[str]) -> list[tuple[dict, dict | None]]:
            present = [e for e in self.present(text, entries) if e["name"] not in keep]
            absent = [e for e in entries if e not in present and e["name"] not in keep]
            chosen = rng.sample(present, min(len(present), rng.randint(1, most)))
            targets = rng.sample(absent, min(len(absent), len(chosen)))
            return list(zip(chosen, targets))

        # Russia and Ukraine stay most of the time: the timeline is about their talks.
        keep = {"Russia", "Ukraine"} if rng.random() < 0.9 else set()
        for old, new in pick(self.states, 6, keep):
            mapping[old["name"]] = new["name"]
            for i, demonym in enumerate(old["demonyms"]):
                mapping[demonym] = new["demonyms"][min(i, len(new["demonyms"]) - 1)]
        for old, new in pick(self.organisations, 2, set()):
            mapping[old["name"]] = new["name"]
        for old, new in pick(self.people, 5, set()):
            if rng.random() < 0.3:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                target_name, target_surname = f"{first} {last}", last
            else:
                target_name, target_surname = new["name"], self.surname(new) or new["name"]
            mapping[old["name"]] = target_name
            if (surname := self.surname(old)) and surname not in self.known - set(old["aliases"]):
                mapping[surname] = target_surname
        return mapping


def rename(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    names = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return pattern.sub(lambda m: mapping[m.group()], text)


HEADING_END = set(".,;!?\"'*=:")


def is_heading(block: str) -> bool:
    line = block.strip()
    return ("\n" not in line and 0 < len(line) <= 100 and len(line.split()) <= 12 and not line.endswith(" ...")
            and (line[0].isupper() or line[0].isdigit()) and line[-1] not in HEADING_END and not line.startswith("{{"))


def shuffle_article(text: str, rng: random.Random) -> str:
    """Shuffles the paragraphs between two headings; the page's header and its tail from "See also" stay."""
    parts = re.split(r"(\n[ \t]*\n\s*)", text)
    blocks, separators = parts[0::2], parts[1::2]
    tail = next((i for i, b in enumerate(blocks) if b.strip() == "See also"), len(blocks))
    first = next(i for i, b in enumerate(blocks) if not is_heading(b) and len(b) > 100)
    run: list[int] = []
    for i in range(first, tail + 1):
        if i < tail and not is_heading(blocks[i]):
            run.append(i)
            continue
        if len(run) > 1:
            order = run[:]
            rng.shuffle(order)
            moved = [blocks[j] for j in order]
            for j, block in zip(run, moved):
                blocks[j] = block
        run = []
    out = [blocks[0]]
    for separator, block in zip(separators, blocks[1:]):
        out += [separator, block]
    return "".join(out)


def shuffle_answer(text: str, rng: random.Random, identifier: int) -> str:
    """Shuffles the numbered points of the answer (a one-line folded YAML scalar whose paragraphs are
    separated by a literal "\\n\\n"), renumbers them, and gives the page its own id."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("answer:") and i + 1 < len(lines):
            indent = re.match(r"\s*", lines[i + 1]).group()
            points = lines[i + 1].strip().split(r"\n\n")
            numbered = [k for k, p in enumerate(points) if re.match(r"\d+\. ", p)]
            if len(numbered) > 1:
                order = numbered[:]
                rng.shuffle(order)
                moved = [points[k] for k in order]
                for n, (k, point) in enumerate(zip(numbered, moved), start=1):
                    points[k] = re.sub(r"^\d+\.", f"{n}.", point)
            lines[i + 1] = indent + r"\n\n".join(points)
        elif line.startswith("id:"):
            lines[i] = f"id: {identifier}"
    return "\n".join(lines)


def document(seed_text: str, kind: str, names: Names, rng: random.Random, identifier: int) -> str:
    span = month_span(seed_text)
    low, high = (1 - span[0], 12 - span[1]) if span else (0, 0)
    shift = Shift(rng.randint(-4, 2), rng.randint(low, high))
    mapping = names.renames(seed_text, rng)
    text = rename(shift_dates(seed_text, shift), mapping)
    return shuffle_article(text, rng) if kind == "article" else shuffle_answer(text, rng, identifier)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (created; must hold no documents)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--formats", default="article,qa", help="formats in turn: article, qa (default article,qa)")
    parser.add_argument("--start", type=int, default=0, help="number of the first document (to extend a corpus)")
    args = parser.parse_args()

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if not formats or any(f not in ("article", "qa") for f in formats):
        parser.error("--formats takes article and/or qa, comma-separated")
    seeds = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        seeds["qa" if text.startswith("---\n") else "article"] = text
    names = Names(json.loads(GAZETTEER.read_text(encoding="utf-8")))

    args.out.mkdir(parents=True, exist_ok=True)
    if any(args.out.glob("*.txt")) and args.start == 0:
        parser.error(f"{args.out} already holds documents; use a new folder")
    written, seen = 0, set()
    for i in range(args.start, args.start + args.count):
        kind = formats[i % len(formats)]
        for attempt in range(100):
            rng = random.Random(f"{args.seed}:{i}:{attempt}")
            text = document(seeds[kind], kind, names, rng, 1_000_000 + i)
            data = text.encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            if digest not in seen:
                break
        else:
            print(f"document {i}: no distinct variant in 100 attempts", file=sys.stderr)
            return 1
        seen.add(digest)
        (args.out / f"{i:05d}_{digest[:16]}.txt").write_bytes(data)
        written += len(data)
    print(f"{args.count} documents, {written} bytes in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
