#!/usr/bin/env bash
# Scale-out benchmark: a throw-away PostgreSQL server (tests/throwaway-postgres.sh), a corpus imported by the
# Release CLI, two Release web instances on two ports against that one database, loaded at once with wrk
# (Debian package, installed when missing). During the last load a CLI re-import changes one document and
# adds the seeds; the script fails unless no request failed (no non-2xx, no socket error) and both instances
# show the new import afterwards. Writes bench/results.md (one section per corpus).
#
#   bench/postgres.sh [corpus-folder]     # default: the real corpus, ../shared/corpus/quicktakes-history-of-the-world
#
# The corpus is read in place, never copied; the one changed document is written to the server's temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../shared/corpus/quicktakes-history-of-the-world}")
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
seconds=${SECONDS_PER_URL:-10}
out=bench/out
mkdir -p "$out"
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null
fi

source tests/throwaway-postgres.sh
web=()
stop_all() {
  for pid in "${web[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  postgres_stop
}
trap stop_all EXIT
postgres_start
db="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=peacetalks;Database=peacetalks_bench"

dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/pg-cli" -v quiet -nologo >/dev/null
dotnet publish src/PeaceTalks.Web -c Release -o "$out/pg-web" -v quiet -nologo >/dev/null
cli() { dotnet "$out/pg-cli/peacetalks.dll" "$@"; }

files=$(find "$corpus" -name '*.md' -o -name '*.txt' | wc -l)
start=$(date +%s%N)
cli import "$corpus" --provider postgres --db "$db" >"$out/pg-import.log" 2>"$out/pg-import.err"
import_ms=$(( ($(date +%s%N) - start) / 1000000 ))
imported=$(tail -n 1 "$out/pg-import.log")

ports=()
for i in 0 1; do
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  ports+=("$port")
  ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  Database__Provider=Postgres ConnectionStrings__PeaceTalks="$db" Seeds__Path="$PWD/seeds" \
    dotnet "$out/pg-web/PeaceTalks.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/$out/pg-web" >"$out/pg-web-$i.log" 2>&1 &
  web+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 240); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "a web instance did not start; see $out/pg-web-*.log" >&2; exit 1; }
done
url() { echo "http://127.0.0.1:${ports[$1]}$2"; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/${web[$1]}/status"; }

# Both instances serve the same pages.
same=yes
for path in / "/api/events?page=2" "/?q=ceasefire"; do
  [ "$(curl -fs "$(url 0 "$path")" | sha256sum)" = "$(curl -fs "$(url 1 "$path")" | sha256sum)" ] || same="no ($path differs)"
done
[ "$same" = yes ] || { echo "the two instances serve different pages: $same" >&2; exit 1; }
memory_before="$(rss 0) and $(rss 1)"

# wrk on both instances at once, one connection pool each; prints one table row per instance.
load() {
  local path=$1 label=$2
  wrk -t1 -c8 -d"${seconds}s" --latency "$(url 0 "$path")" >"$out/pg-wrk-0.txt" 2>&1 &
  local first=$!
  wrk -t1 -c8 -d"${seconds}s" --latency "$(url 1 "$path")" >"$out/pg-wrk-1.txt" 2>&1
  wait "$first"
  for i in 0 1; do
    local result rps p50 p99 errors
    result=$(cat "$out/pg-wrk-$i.txt")
    rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$result" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
    [ -z "$errors" ] || failed+="instance $i $path: $errors; "
    rows+="| \`$path\`$label | $i | $rps | $p50 | $p99 | ${errors:-none} |"$'\n'
  done
}

rows=""
failed=""
for path in "/" "/?q=ceasefire" "/api/events?page=2" "/events/100"; do
  load "$path" ""
done

# The re-import during load: one document of the corpus changed (a sentence with a word found nowhere else)
# and the seeds, through the CLI, while wrk loads both instances.
word="Zyxwvutopia"
[ "$(curl -fs "$(url 0 "/api/events?q=$word")" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')" = 0 ]
page=$(find "$corpus" -name '*.md' | sort | sed -n 1p)
changed="$POSTGRES_DIR/changed"
mkdir -p "$changed"
python3 - "$page" "$changed/$(basename "$page")" "$word" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
marker = "answer: >-\n"
at = text.index(marker) + len(marker) if marker in text else len(text)
line = f"    On 3 March 2031, delegations met in {sys.argv[3]} and agreed on a new round of talks.\n\n"
open(sys.argv[2], "w", encoding="utf-8").write(text[:at] + line + text[at:])
PY
(sleep $(( seconds / 3 )); start=$(date +%s%N); cli import "$changed" "$PWD/seeds" --provider postgres --db "$db" >"$out/pg-reimport.log" 2>&1; \
  echo $(( ($(date +%s%N) - start) / 1000000 )) >"$out/pg-reimport.ms") &
reimport=$!
load "/api/events?party=Ukraine" " (re-import during the run)"
wait "$reimport"
reimported=$(tail -n 1 "$out/pg-reimport.log")
memory_after="$(rss 0) and $(rss 1)"
sleep 2
shown=""
for i in 0 1; do
  total=$(curl -fs "$(url "$i" "/api/events?q=$word")" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
  [ "$total" -ge 1 ] || failed+="instance $i does not show the re-import; "
  shown+="instance $i: $total event(s) for \`?q=$word\`; "
done
[ "$(curl -fs "$(url 0 "/api/events?page=2")" | sha256sum)" = "$(curl -fs "$(url 1 "/api/events?page=2")" | sha256sum)" ] \
  || failed+="the instances serve different pages after the re-import; "

events=$(curl -fs "$(url 0 /api/events)" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## PostgreSQL: two web instances on $(basename "$corpus") (wrk)

- Machine: $machine — PostgreSQL, both instances and both wrk share the 2 cores
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- PostgreSQL $(psql --version | awk '{print $3}') (throw-away cluster on 127.0.0.1, default settings); corpus $(basename "$corpus"): $files files, imported by the Release ReadyToRun CLI in $import_ms ms: $imported
- Two Release web instances on two ports, one database; $events events on the timeline; each URL loaded on both at once, wrk -t1 -c8 for ${seconds} s per instance
- Both instances served the same bytes for \`/\`, \`/api/events?page=2\` and \`/?q=ceasefire\`, before and after the re-import
- Re-import during the last run (CLI, one transaction, $(cat "$out/pg-reimport.ms") ms): $reimported; afterwards $shown
- Web process memory (MiB): $memory_before before, $memory_after after
- Failed requests: ${failed:-none}

| URL | instance | requests/s | p50 | p99 | errors |
| --- | --- | --- | --- | --- | --- |
$rows
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
[ -z "$failed" ] || { echo "FAILED: $failed" >&2; exit 1; }
