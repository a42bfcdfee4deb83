#!/usr/bin/env bash
# Benchmark: one large single file (every sentence group a dated meeting, no two alike, the densest text for the
# importer) into a new SQLite file, whole process, Release ReadyToRun CLI. Prints wall time and peak resident memory
# (GNU time's maximum RSS) per size and shape, up to the largest document one import reads (4 MiB), and what becomes
# of the 51 MB file of issue 15. Writes bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
out=bench/out
mkdir -p "$out/large"
dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v quiet -nologo >/dev/null
cli=$out/cli/peacetalks.dll
source bench/cli-timing.sh

python3 - "$out/large" <<'PY'
import sys
months = "January February March April May June July August September October November December".split()
cities = "Geneva Vienna Helsinki Oslo Doha Riyadh Ankara Warsaw Tallinn Bratislava Rome".split()
hosts = ["Switzerland", "Austria", "Finland", "Norway", "Qatar", "Saudi Arabia", "Turkey", "Poland", "Estonia"]
def meetings(size, one_line):
    head = "---\nquestion: >-\n    What did the envoys agree?\ndate: 2031-01-01\nanswer: >-\n    " if one_line else "Negotiations\n\n"
    end = "\n---\n" if one_line else ""
    parts, length, i = [head], len(head) + len(end), 0
    while True:
        p = (f"On {1 + i % 28} {months[i // 28 % 12]} {1990 + i // 336 % 35}, delegations of the two governments met in "
             f"{cities[i % len(cities)]} for talks hosted by {hosts[i // len(cities) % len(hosts)]}. The mediators proposed an "
             f"exchange of {100 + i % 900} prisoners and a corridor for grain. Both sides said they would meet again within "
             f"{2 + i % 9} weeks." + (" " if one_line else "\n\n"))
        if length + len(p) > size:
            return "".join(parts).rstrip() + end if one_line else "".join(parts)
        parts.append(p); length += len(p); i += 1
MiB = 1024 * 1024
top = 4 * MiB - 16 * 1024  # just under the largest document one import reads
for name, size, one_line in [("article-1.txt", MiB, False), ("article-2.txt", 2 * MiB, False), ("article-4.txt", top, False),
                             ("answer-1.md", MiB, True), ("answer-4.md", top, True), ("article-51.txt", 51 * 1000 * 1000, False)]:
    open(f"{sys.argv[1]}/{name}", "w", encoding="utf-8").write(meetings(size, one_line))
PY

startup=$(cli_startup_ms "$cli")
rows=""
for name in article-1.txt article-2.txt article-4.txt answer-1.md answer-4.md article-51.txt; do
  file=$out/large/$name
  rm -f "$out"/large.db "$out"/large.db-wal "$out"/large.db-shm
  set +e
  /usr/bin/time -f "%e %M" -o "$out/large.time" dotnet "$cli" import "$file" --db "$out/large.db" >"$out/large.log" 2>"$out/large.err"
  rc=$?
  set -e
  read -r seconds peak_kb < <(tail -n 1 "$out/large.time")
  bytes=$(wc -c <"$file")
  if [ "$rc" = 0 ]; then
    result=$(tail -n 1 "$out/large.log" | grep -oE '[0-9]+ passages, [0-9]+ events')
  else
    result="refused (exit $rc): $(head -n 1 "$out/large.err" | sed "s|$PWD/||")"
  fi
  verdict=$(python3 -c "print('under 600 MB' if $peak_kb < 600 * 1024 else 'OVER 600 MB')")
  rows+="| $name | $(python3 -c "print(f'{$bytes / 1048576:.1f}')") MiB | ${seconds} s | $(python3 -c "print(f'{$seconds * 1000 / $startup:.0f}')")x | $(( peak_kb / 1024 )) MB ($verdict) | $result |"$'\n'
done
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## Import of one large file, whole process

- Machine: $machine
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Files: dated meetings, no two sentences alike, as an article of one paragraph each (\`article-*\`) and as a Q&A
  answer on one line (\`answer-*\`), up to just under the 4 MiB one import reads; new database each; Release ReadyToRun CLI
- CLI start-up in the same run (\`--help\`, median of 11): $startup ms

| file | size | wall | × start-up | peak resident memory | result |
|---|---|---|---|---|---|
$rows
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
