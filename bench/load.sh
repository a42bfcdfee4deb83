#!/usr/bin/env bash
# Load benchmark: wrk (Debian package, installed here when missing) against the Release web app on
# 127.0.0.1, for a bounded time per URL, beside a static file of the same size served by the same
# Kestrel (the ceiling for that response). Reports requests/s, p50/p99 latency, errors, and the web
# process's memory before and after. Writes bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_URL:-15}
port=${PORT:-5392}
out=bench/out
mkdir -p "$out"
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi
rm -f "$out"/load.db "$out"/load.db-wal "$out"/load.db-shm
dotnet publish src/PeaceTalks.Web -c Release -o "$out/web" -v quiet -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
ConnectionStrings__PeaceTalks="$PWD/$out/load.db" Seeds__Path="$PWD/seeds" \
  dotnet "$out/web/PeaceTalks.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/$out/web" >"$out/load-web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$out/web/wwwroot/bench-static.html"' EXIT
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start; see $out/load-web.log" >&2; exit 1; }

# The same bytes as the timeline page, as a static file: what Kestrel can do at best for that size.
curl -fs "http://127.0.0.1:$port/" -o "$out/web/wwwroot/bench-static.html"
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
for url in / /bench-static.html; do curl -fs -o /dev/null "http://127.0.0.1:$port$url"; done
before=$(rss)

rows=""
for url in "/" "/bench-static.html" "/?party=Turkey&year=2022" "/api/events" "/events/40"; do
  result=$(wrk -t2 -c16 -d"${seconds}s" --latency "http://127.0.0.1:$port$url" 2>&1)
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$result" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  rows+="| \`$url\` | $rps | $p50 | $p99 | ${errors:-none} |"$'\n'
done
after=$(rss)
size=$(wc -c <"$out/web/wwwroot/bench-static.html")

machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## Load on the seeds (wrk)

- Machine: $machine — wrk and the app share the 2 cores
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- wrk -t2 -c16 for ${seconds} s per URL against the Release build on 127.0.0.1; the static file is the timeline page's own $size bytes served by the same Kestrel
- Web process memory: ${before} MiB before, ${after} MiB after

| URL | requests/s | p50 | p99 | errors |
| --- | --- | --- | --- | --- |
$rows
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
