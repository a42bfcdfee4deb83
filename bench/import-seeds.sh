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
source bench/cli-timing.sh

# Start-up is measured before and after the imports, on the same machine in the same minutes: its median is the floor.
startup_before=$(cli_startup_ms "$cli")
times=()
for _ in $(seq "$runs"); do
  rm -f "$out"/bench.db "$out"/bench.db-wal "$out"/bench.db-shm
  times+=($(timed_import "$cli" "$out/import.stamps" "$out/import.log" seeds --db "$out/bench.db"))
done
startup_after=$(cli_startup_ms "$cli")
startup=$(( (startup_before + startup_after) / 2 ))

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
ratio=$(python3 -c "print(f'{$median / $startup:.1f}')")
verdict=$(python3 -c "print('met' if $median <= 4 * $startup else 'gap')")
summary=$(tail -n 1 "$out/import.log")
bytes=$(cat seeds/*.txt | wc -c)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"

report=$(cat <<MD
## Import of both seeds, whole process

- Machine: $machine
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Runs: $runs (new database each run; Release ReadyToRun build; \`dotnet peacetalks.dll import seeds --db …\`)
- Source text: $bytes bytes
- Wall time: min ${sorted[0]} ms, median $median ms, max ${sorted[$(( runs - 1 ))]} ms
- CLI start-up in the same run (\`--help\`, median of 11 before and 11 after): $startup ms ($startup_before ms before, $startup_after ms after)
- Ratio: median import = **${ratio}x start-up** (bar: at most 4x): $verdict
- Breakdown of the last run: $(import_breakdown "$out/import.stamps")
- Result: $summary
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
