#!/usr/bin/env bash
# Benchmark: server time of the timeline page and the events API on the seeds. Starts the Release
# web app on 127.0.0.1 with a fresh database, warms it up, sends N sequential requests per URL and
# reads the server's own elapsed time from its request log (Serilog). Prints the figures and writes
# them to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${REQUESTS:-300}
port=${PORT:-5391}
out=bench/out
mkdir -p "$out"
rm -f "$out"/web.db "$out"/web.db-wal "$out"/web.db-shm
dotnet publish src/PeaceTalks.Web -c Release -o "$out/web" -v quiet -nologo >/dev/null

ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__PeaceTalks="$PWD/$out/web.db" Seeds__Path="$PWD/seeds" \
  dotnet "$out/web/PeaceTalks.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/$out/web" >"$out/web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start; see $out/web.log" >&2; exit 1; }

urls=("/" "/?party=Turkey&year=2022" "/?q=Istanbul" "/api/events" "/api/events?party=Ukraine&year=2023")
for url in "${urls[@]}"; do
  for _ in $(seq 30); do curl -fs -o /dev/null "http://127.0.0.1:$port$url"; done
done
: >"$out/web.log.measured"
start_line=$(wc -l <"$out/web.log")
for url in "${urls[@]}"; do
  for _ in $(seq "$requests"); do curl -fs -o /dev/null "http://127.0.0.1:$port$url"; done
done
sleep 1
tail -n +"$((start_line + 1))" "$out/web.log" >"$out/web.log.measured"
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status")

table=$(python3 - "$out/web.log.measured" "${urls[@]}" <<'PY'
import re, sys, statistics
log, urls = sys.argv[1], sys.argv[2:]
times = {}
for line in open(log, encoding="utf-8"):
    m = re.search(r'HTTP GET (\S+) responded (\d+) in ([\d.]+) ms', line)
    if m:
        times.setdefault(m.group(1), []).append((int(m.group(2)), float(m.group(3))))
print("| URL | requests | errors | p50 ms | p95 ms | p99 ms | max ms |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for url in urls:
    path = url.split("?")[0]
    rows = times.get(url) or times.get(path) or []
    ms = sorted(t for _, t in rows)
    errors = sum(1 for status, _ in rows if status >= 400)
    if not ms:
        print(f"| `{url}` | 0 | – | – | – | – | – |")
        continue
    q = lambda p: ms[min(len(ms) - 1, int(p * len(ms)))]
    print(f"| `{url}` | {len(ms)} | {errors} | {statistics.median(ms):.2f} | {q(0.95):.2f} | {q(0.99):.2f} | {ms[-1]:.2f} |")
PY
)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
report=$(cat <<MD
## Timeline and API on the seeds, server time

- Machine: $machine
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Release build on 127.0.0.1, database imported from seeds/; $requests sequential requests per URL after 30 to warm up;
  times are the server's own (Serilog request log), so they leave out the client and the loopback.
- Web process memory after the run: ${rss} MiB resident
- Target: the timeline page well under 50 ms.

$table
MD
)
echo "$report"
echo "$report" | python3 bench/record.py
