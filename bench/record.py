"""Replaces (or adds) one section of bench/results.md with the report read from standard input.

The report's first line is its heading ("## …"); a section with the same heading is replaced,
so bench/results.md always holds the latest real run of each benchmark.
"""
import re
import sys
from pathlib import Path

results = Path(__file__).with_name("results.md")
report = sys.stdin.read().strip()
heading = report.splitlines()[0]
text = results.read_text(encoding="utf-8") if results.exists() else (
    "# Benchmark results\n\nFigures from real runs of the scripts in bench/, the latest run of each.\n")
pattern = re.compile(re.escape(heading) + r"\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(lambda _: report + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + report
results.write_text(text.rstrip() + "\n", encoding="utf-8")
