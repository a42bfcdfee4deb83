#!/usr/bin/env bash
# Benchmark: bytes on the wire per page type on the seeds. Starts the Release web app on 127.0.0.1 with a
# fresh database, and asks each page three times, as a client without Accept-Encoding, one asking for
# gzip and one for Brotli, counting the body bytes received (curl does not decode them). The floor, from
# the same run: the same plain bytes through gzip -9 and brotli -q 11 (Debian packages, installed here
# when missing), what the best precompression of that answer would send. Each compressed answer is asked
# for twice: the second comes from the output cache and must be the same bytes. Writes bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5393}
out=bench/out
mkdir -p "$out/wire"
if ! command -v brotli >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq brotli >/dev/null
fi
# BASE=http://… measures an app already running (another build, for a before-and-after), and records nothing.
base=${BASE:-}
if [ -z "$base" ]; then
  rm -f "$out"/wire.db "$out"/wire.db-wal "$out"/wire.db-shm
  dotnet publish src/PeaceTalks.Web -c Release -o "$out/web" -v quiet -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  ConnectionStrings__PeaceTalks="$PWD/$out/wire.db" Seeds__Path="$PWD/seeds" \
    dotnet "$out/web/PeaceTalks.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/$out/web" >"$out/wire-web.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  base="http://127.0.0.1:$port"
fi
for _ in $(seq 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { echo "the app did not start; see $out/wire-web.log" >&2; exit 1; }

# One page of each type, found by following the app's own links.
first() { curl -fs -o "$out/wire/links" "$base$1"; grep -o "href=\"$2[^\"?#]*" "$out/wire/links" | sed -n 1p | cut -d'"' -f2; }
event=$(first / /events/)
round=$(first /rounds /rounds/)
proposal=$(first /proposals /proposals/[a-z0-9-]*-)
party=$(first /parties /parties/)
source=$(first /sources /sources/)
pages=(
  "landing|/" "timeline, filtered|/?party=Turkey&year=2022" "event|$event" "round|$round" "proposals|/proposals"
  "proposal|$proposal" "party|$party" "source|$source" "compare|/proposals/compare" "API list|/api/events"
  "API event|/api/${event#/}" "export CSV|/export/events.csv" "export JSON|/export/events.json"
  "export iCalendar|/export/events.ics" "export TimelineJS|/export/events.timeline.json" "static CSS|/css/site.css"
)

wire() { curl -fs -o "$2" -H "Accept-Encoding: $3" -w '%{size_download}' "$base$1"; }
rows=""
landing_br=0
for entry in "${pages[@]}"; do
  name=${entry%%|*}; url=${entry#*|}
  raw=$(wire "$url" "$out/wire/plain" identity)
  gz=$(wire "$url" "$out/wire/gz" gzip)
  br=$(wire "$url" "$out/wire/br" br)
  # The second answer comes from the output cache: the same size.
  wire "$url" "$out/wire/br2" br >/dev/null
  [ "$(wc -c <"$out/wire/br2")" -eq "$br" ] || { echo "$url: the second Brotli answer differs in size" >&2; exit 1; }
  floor_gz=$(gzip -9 -c "$out/wire/plain" | wc -c)
  floor_br=$(brotli -q 11 -c "$out/wire/plain" | wc -c)
  [ "$url" = "/" ] && landing_br=$br
  rows+="| $name | \`$url\` | $raw | $gz | $br | $((100 * br / raw)) % | $floor_gz | $floor_br |"$'\n'
done

machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## Bytes on the wire per page type, seeds

- Machine: $machine
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Release build on 127.0.0.1, database imported from seeds/; body bytes as received (curl, not decoded) for
  \`Accept-Encoding: identity\`, \`gzip\` and \`br\`; the floor is the plain answer through \`gzip -9\` and
  \`brotli -q 11\` in the same run. The static file is served as it is (static files come before the output
  cache and its compression).
- Target: the landing page under 60 KB as Brotli: $landing_br bytes.

| page | URL | plain | gzip | br | br / plain | floor gzip -9 | floor brotli -q 11 |
| --- | --- | --- | --- | --- | --- | --- | --- |
$rows
MD
)
echo "$report"
[ -n "${BASE:-}" ] || echo "$report" | python3 bench/record.py
[ "$landing_br" -lt 60000 ] || { echo "the landing page is $landing_br bytes as Brotli, over 60 KB" >&2; exit 1; }
