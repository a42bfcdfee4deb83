#!/usr/bin/env bash
# Benchmark: import both seeds into a new SQLite file, whole process (start-up, migrations, import,
# exit), Release build. Prints the figures and writes them to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
out=bench/out
mkdir -p "$out"
# The CLI as it is shipped: Release, ReadyToRun (precompiled, so start-up does not wait for the JIT).
dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v quiet -nologo >/dev/null
cli=$out/cli/peacetalks.dll

times=()
for _ in $(seq "$runs"); do
  rm -f "$out"/bench.db "$out"/bench.db-wal "$out"/bench.db-shm
  start=$(date +%s%N)
  dotnet "$cli" import seeds --db "$out/bench.db" >"$out/import.log"
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
summary=$(tail -n 1 "$out/import.log")
bytes=$(cat seeds/*.txt | wc -c)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"

report=$(cat <<MD
## Import of both seeds, whole process

- Machine: $machine
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Runs: $runs (new database each run; Release ReadyToRun build; \`dotnet peacetalks.dll import seeds --db …\`)
- Source text: $bytes bytes
- Wall time: min ${sorted[0]} ms, median $median ms, max ${sorted[$(( runs - 1 ))]} ms (target: under 500 ms)
- Result: $summary
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
