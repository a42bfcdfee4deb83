#!/usr/bin/env bash
# BenchmarkDotNet, in process: the import's pure stages on the seeds (decode, segment, extract; the article
# also cut to a quarter and a half of its length) and the timeline query on the 1k and 10k databases
# (made by bench/build-databases.sh when missing). Release build, ShortRun job (3 warm-ups, 3 iterations),
# so it completes in minutes; pass BenchmarkDotNet options through, e.g. --filter '*Pipeline*'.
# Prints the summary tables and writes them to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
artifacts=$out/benchmarks
DB_SIZES="1k:11 10k:107" bench/build-databases.sh
dotnet build bench/PeaceTalks.Benchmarks -c Release -v quiet -nologo >/dev/null
rm -rf "$artifacts"
PEACETALKS_REPO=$PWD dotnet bench/PeaceTalks.Benchmarks/bin/Release/net10.0/PeaceTalks.Benchmarks.dll \
  --job short --inProcess --exporters github --artifacts "$artifacts" --filter "${@:-*}" >"$out/benchmarks.log" 2>&1 \
  || { tail -n 30 "$out/benchmarks.log" >&2; exit 1; }

tables=""
for report in "$artifacts"/results/*-report-github.md; do
  name=$(basename "$report" -report-github.md)
  # The environment block (BenchmarkDotNet's header) is the same for every class: keep it once, below.
  table=$(sed -n '/^| /,$p' "$report" | sed 's/\*\*//g')
  tables+="### ${name##*.}"$'\n\n'"$table"$'\n\n'
done
environment=$(sed -n '/^```/,/^```/p' "$(ls "$artifacts"/results/*-report-github.md | head -n 1)")
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## In-process stages and timeline query (BenchmarkDotNet)

- Machine: $machine — load average $(cut -d' ' -f1-3 /proc/loadavg) at the end: the cores are shared with two other agents
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- \`bench/inprocess.sh\`: Release, ShortRun job (3 warm-ups, 3 iterations), in process; the seeds from seeds/, the
  databases from bench/build-databases.sh (1k and 10k events, opened read-only). Times are per document (pipeline)
  or per query (timeline: facets, overview marks and one page of rows, as the page and /api/events run it).

$tables
$environment
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
