#!/usr/bin/env bash
# Benchmark: import of the whole real corpus (../shared/corpus, 2,289 Q&A pages) into a new SQLite
# file, whole process, Release ReadyToRun CLI. Prints MB/s of source text and events/s, writes bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus/quicktakes-history-of-the-world}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
out=bench/out
mkdir -p "$out"
dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v quiet -nologo >/dev/null
cli=$out/cli/peacetalks.dll
source bench/cli-timing.sh
rm -f "$out"/corpus.db "$out"/corpus.db-wal "$out"/corpus.db-shm
files=$(find "$corpus" -name '*.md' | wc -l)
bytes=$(find "$corpus" -name '*.md' -print0 | xargs -0 cat | wc -c)
startup_before=$(cli_startup_ms "$cli")
ms=$(timed_import "$cli" "$out/corpus.stamps" "$out/corpus.log" "$corpus" --db "$out/corpus.db")
startup_after=$(cli_startup_ms "$cli")
startup=$(( (startup_before + startup_after) / 2 ))
ratio=$(python3 -c "print(f'{$ms / $startup:.1f}')")
verdict=$(python3 -c "print('met' if $ms <= 20 * $startup else 'gap')")
summary=$(tail -n 1 "$out/corpus.log")
events=$(echo "$summary" | grep -oE '[0-9]+ events' | grep -oE '[0-9]+')
warnings=$(grep -cvE '^[0-9]+ (start|exit|read |writing|comparing)' "$out/corpus.stamps" || true)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## Import of the real corpus, whole process

- Machine: $machine
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Corpus: $files Q&A pages, $bytes bytes; new database; Release ReadyToRun CLI
- Wall time: $ms ms — $(python3 -c "print(f'{$bytes / 1e6 / ($ms / 1000):.2f}')") MB/s of source text, $(python3 -c "print(f'{$events / ($ms / 1000):.0f}')") events/s
- CLI start-up in the same run (\`--help\`, median of 11 before and 11 after): $startup ms ($startup_before ms before, $startup_after ms after)
- Ratio: import = **${ratio}x start-up** (bar: at most 20x): $verdict
- Breakdown: $(import_breakdown "$out/corpus.stamps")
- Result: $summary; $warnings warning line(s), each naming its file
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
