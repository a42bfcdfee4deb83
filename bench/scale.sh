#!/usr/bin/env bash
# Benchmark at scale, in two parts (PARTS="import web" by default):
# - import: whole-process Release CLI import of generated corpora of N documents (IMPORT_SIZES, default
#   10 100 1000 10000) into a new SQLite file: wall time, MB/s of source text, events/s, docs/s, peak memory.
#   A size whose projected memory (from the size before it) exceeds half the free memory is skipped, and said so.
# - web: for each database size (SIZES, default 1k 10k 100k 1M events; built by bench/build-databases.sh and
#   reused), the Release web app on 127.0.0.1, and wrk -t2 -c16 for SECONDS_PER_URL seconds per URL: the
#   timeline unfiltered and filtered, /api/events unfiltered and filtered, each as cache hits (one URL) and as
#   cache misses (bench/unique-query.lua adds a parameter of its own to every request), beside a static file
#   of the timeline's own bytes served by the same Kestrel, in the same run. A URL whose single warm-up request
#   takes longer than PROBE_LIMIT seconds is not put under load (its one-request time is reported).
#   Memory: the web process's resident set when idle, after the load, and at its peak. Each size's raw
#   figures stay in bench/out/scale/web, so REPORT_SIZES can report sizes measured by an earlier run
#   (SIZES="1k 10k 100k", then SIZES=1M REPORT_SIZES="1k 10k 100k 1M"); the table says when each was measured.
# Prints the figures and writes them to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
parts=${PARTS:-"import web"}
import_sizes=${IMPORT_SIZES:-"10 100 1000 10000"}
sizes=${SIZES:-"1k 10k 100k 1M"}
seconds=${SECONDS_PER_URL:-10}
probe_limit=${PROBE_LIMIT:-10}
port=${PORT:-5393}
# The web process may not take the machine down: past this heap the request fails, not the machine.
heap_limit=${WEB_HEAP_LIMIT:-0x200000000}
filter=${FILTER:-"party=Turkey&year=2022"}
out=bench/out
mkdir -p "$out/scale"
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
load_note="load average $(cut -d' ' -f1-3 /proc/loadavg) at the start: the 2 cores are shared with two other agents' builds and tests"
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null
fi
dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v quiet -nologo >/dev/null

if [[ " $parts " == *" import "* ]]; then
  rows=""
  last_docs="" last_kb=""
  for n in $import_sizes; do
    corpus=$out/scale/corpus-$n
    available_kb=$(awk '/MemAvailable/ {print $2}' /proc/meminfo)
    if [ -n "$last_kb" ] && [ $(( last_kb / last_docs * n )) -gt $(( available_kb / 2 )) ]; then
      known=""; [ -f "$corpus/.complete" ] && known=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c | awk '{printf "%.1f MB", $1 / 1e6}')
      rows+="| $(printf "%'d" "$n") | $known | skipped: projected peak memory $(( last_kb / last_docs * n / 1048576 )) GiB (one transaction holds every parsed document), $(( available_kb / 1048576 )) GiB free | | | | | |"$'\n'
      continue
    fi
    [ -f "$corpus/.complete" ] || { rm -rf "$corpus"; python3 bench/generate-corpus.py --count "$n" --out "$corpus" >/dev/null; touch "$corpus/.complete"; }
    bytes=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c)
    rm -f "$out"/scale/import.db "$out"/scale/import.db-wal "$out"/scale/import.db-shm
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/scale/import.rss" dotnet "$out/cli/peacetalks.dll" import "$corpus" --db "$out/scale/import.db" >"$out/scale/import.log" 2>"$out/scale/import.err"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    kb=$(tail -n 1 "$out/scale/import.rss")
    summary=$(tail -n 1 "$out/scale/import.log")
    events=$(echo "$summary" | grep -oE '[0-9]+ events' | grep -oE '[0-9]+')
    warnings=$(grep -c '^warning' "$out/scale/import.err" || true)
    rows+=$(python3 -c "
n, b, ms, ev, kb, w = $n, $bytes, $ms, $events, $kb, $warnings
s = ms / 1000
print(f'| {n:,} | {b / 1e6:.1f} MB | {ms:,} ms | {b / 1e6 / s:.2f} | {ev:,} | {ev / s:,.0f} | {n / s:,.1f} | {kb / 1024:,.0f} MiB | {w} |')")$'\n'
    last_docs=$n last_kb=$kb
  done
  chunks=""
  if [ -f "$out/db/chunks.tsv" ]; then
    chunks=$(python3 - "$out/db/chunks.tsv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
if rows:
    print("Incremental imports that built the web databases (bench/build-databases.sh, chunks of at most 500 documents into one growing file):\n")
    print("| documents | into a database of | source text | wall time | MB/s | events/s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        s = int(r["ms"]) / 1000
        before = int(r["db_events_after"]) - int(r["events"])
        print(f"| {r['first_doc']}–{int(r['first_doc']) + int(r['docs']) - 1} | {before:,} events | {int(r['bytes']) / 1e6:.1f} MB | {int(r['ms']):,} ms | {int(r['bytes']) / 1e6 / s:.2f} | {int(r['events']) / s:,.0f} |")
    b = sum(int(r["bytes"]) for r in rows); ms = sum(int(r["ms"]) for r in rows); ev = sum(int(r["events"]) for r in rows)
    print(f"| all {sum(int(r['docs']) for r in rows):,} | | {b / 1e6:.1f} MB | {ms:,} ms | {b / 1e6 / (ms / 1000):.2f} | {ev / (ms / 1000):,.0f} |")
PY
)
  fi
  report=$(cat <<MD
## Import at scale: generated corpora, whole process

- Machine: $machine — $load_note
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Corpora: \`bench/generate-corpus.py --count N\` (the two seeds' formats in turn: an encyclopedia article of ~72 KB,
  a Q&A page of ~4.6 KB); new database each; Release ReadyToRun CLI, \`dotnet peacetalks.dll import DIR --db FILE\`;
  peak memory is the CLI's maximum resident set (GNU time).
- The real corpus (2,289 Q&A pages, 11.4 MB) is in "Import of the real corpus, whole process" (bench/import-corpus.sh).

| documents | source text | wall time | MB/s | events | events/s | docs/s | peak memory | warnings |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
$rows
$chunks
MD
)
  echo "$report"
  echo "$report" | python3 bench/record.py
fi

if [[ " $parts " == *" web "* ]]; then
  dotnet publish src/PeaceTalks.Web -c Release -o "$out/web" -v quiet -nologo >/dev/null
  DB_SIZES=$(for s in $sizes; do case $s in 1k) echo -n "1k:11 ";; 10k) echo -n "10k:107 ";; 100k) echo -n "100k:1070 ";; 1M) echo -n "1M:10700 ";; esac; done) \
    bench/build-databases.sh
  raw=$out/scale/web
  mkdir -p "$raw"
  server=""
  cleanup() { [ -z "$server" ] || kill "$server" 2>/dev/null || true; rm -f "$out/web/wwwroot/bench-static.html" "$out"/scale/web.db*; }
  trap cleanup EXIT
  for size in $sizes; do
    rm -f "$raw/$size".*
    date -u +%H:%MZ >"$raw/$size.when"
    # A copy: the app imports the seeds on start, and the built database stays as it was built.
    rm -f "$out"/scale/web.db*; cp "$out/db/events-$size.db" "$out/scale/web.db"
    started=$(date +%s%N)
    env DOTNET_GCHeapHardLimit=$heap_limit ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
      Serilog__MinimumLevel__Override__PeaceTalks.Web.Startup.CacheWarmer=Information \
      ConnectionStrings__PeaceTalks="$PWD/$out/scale/web.db" Seeds__Path="$PWD/seeds" \
      dotnet "$out/web/PeaceTalks.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/$out/web" >"$raw/$size-web.log" 2>&1 &
    server=$!
    for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start; see $raw/$size-web.log" >&2; exit 1; }
    echo "$(( ($(date +%s%N) - started) / 1000000 ))" >"$raw/$size.startup"
    # The app computes its landing page for the cache before readers come (Startup/CacheWarmer.cs): as a
    # deployment would, the load starts once that is done; its time is reported with the start-up.
    for _ in $(seq 1200); do grep -q "Timeline cache warmed" "$raw/$size-web.log" && break; sleep 0.5; done
    grep -oE "warmed for import version [0-9]+ in [0-9]+ ms" "$raw/$size-web.log" | head -1 | grep -oE "[0-9]+ ms" >"$raw/$size.warm" \
      || echo "not within 10 minutes" >"$raw/$size.warm"
    python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from Events').fetchone()[0])" "$out/scale/web.db" >"$raw/$size.events"
    stat -c %s "$out/db/events-$size.db" >"$raw/$size.dbsize"
    rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024)}' "/proc/$server/status"; }
    rss VmRSS >"$raw/$size.rss-idle"

    # The page itself, once: its bytes become the static file, and its time says whether to load it.
    i=0
    for url in "/" "/?$filter" "/api/events" "/api/events?$filter" "/bench-static.html"; do
      if [ "$url" = "/bench-static.html" ]; then
        [ -s "$raw/$size.page" ] && cp "$raw/$size.page" "$out/web/wwwroot/bench-static.html" || { echo "$url 000 0 0" >"$raw/$size.probe.$i"; i=$((i + 1)); continue; }
        modes="static"
      else
        modes="hit miss"
      fi
      probe=$(curl -s --max-time $(( probe_limit * 6 )) -o "$raw/$size.body" -w '%{http_code} %{size_download} %{time_total}' "http://127.0.0.1:$port$url" || true)
      [ "$url" = "/" ] && cp "$raw/$size.body" "$raw/$size.page"
      echo "$url $probe" >"$raw/$size.probe.$i"
      code=${probe%% *}
      seconds_taken=${probe##* }
      for mode in $modes; do
        file="$raw/$size.wrk.$i.$mode"
        if [ "$code" != 200 ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > $probe_limit else 1)" "${seconds_taken:-999}"; then
          echo "not loaded" >"$file"
          continue
        fi
        script=()
        [ "$mode" = miss ] && script=(-s bench/unique-query.lua)
        wrk -t2 -c16 -d"${seconds}s" --timeout 30s --latency "${script[@]}" "http://127.0.0.1:$port$url" >"$file" 2>&1 || true
        # Requests wrk left in flight still run in the app: let them finish before the next URL.
        for _ in $(seq 120); do
          t=$(curl -s -o /dev/null --max-time 5 -w '%{time_total}' "http://127.0.0.1:$port/healthz" || echo 5)
          python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 0.2 else 1)" "$t" && break
          sleep 0.5
        done
      done
      i=$((i + 1))
    done
    rss VmRSS >"$raw/$size.rss-after"
    rss VmHWM >"$raw/$size.rss-peak"
    kill "$server"; wait "$server" 2>/dev/null || true; server=""
    rm -f "$out/web/wwwroot/bench-static.html"
  done

  tables=$(python3 - "$raw" "$seconds" "$probe_limit" ${REPORT_SIZES:-$sizes} <<'PY'
import re, sys
from pathlib import Path
raw, seconds, limit, sizes = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]

def ms(value):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value or "")
    if not m:
        return None
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)]

def wrk(path):
    text = path.read_text() if path.exists() else "not loaded"
    if text.startswith("not loaded"):
        return None
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    errors = "; ".join(l.strip() for l in text.splitlines() if "Non-2xx" in l or "Socket errors" in l) or "none"
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": p50.group(1) if p50 else "–", "p99": p99.group(1) if p99 else "–", "errors": errors}

def size_of(n):
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} KB"

urls = ["/", "/?FILTER", "/api/events", "/api/events?FILTER", "/bench-static.html"]
print("| events | URL | response | one request | cache | requests/s | p50 | p99 | errors |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
summary = {}
for size in sizes:
    events = int((raw / f"{size}.events").read_text())
    for i in range(len(urls)):
        probe_file = raw / f"{size}.probe.{i}"
        if not probe_file.exists():
            continue
        probe = probe_file.read_text().split()
        url = probe[0]
        code, length, took = (probe[1:4] + ["", "", ""])[:3] if len(probe) >= 4 else ("–", "0", "0")
        one = f"{float(took) * 1000:,.0f} ms" if took.replace(".", "").isdigit() else "–"
        if code not in ("200", "–"):
            one += f" (HTTP {code or 'timeout'})"
        modes = ["static"] if url == "/bench-static.html" else ["hit", "miss"]
        for mode in modes:
            r = wrk(raw / f"{size}.wrk.{i}.{mode}")
            cache = {"static": "static file", "hit": "hit", "miss": "miss"}[mode]
            if r is None:
                print(f"| {events:,} | `{url}` | {size_of(int(length or 0))} | {one} | {cache} | not loaded: one request over {limit} s | | | |")
                continue
            if r["rps"] == 0:
                r["p50"] = r["p99"] = "–"
                r["errors"] = f"no request completed in {seconds} s" + ("" if r["errors"] == "none" else f"; {r['errors']}")
            summary[(size, url.split("?")[0] + ("?" if "?" in url else ""), mode)] = r
            print(f"| {events:,} | `{url}` | {size_of(int(length or 0))} | {one} | {cache} | {r['rps']:,.0f} | {r['p50']} | {r['p99']} | {r['errors']} |")

print()
print("| events | measured | database | web start (incl. seed check) | landing page warmed in | memory idle | after the load | peak |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for size in sizes:
    read = lambda name: (raw / f"{size}.{name}").read_text().strip()
    warm = read('warm') if (raw / f"{size}.warm").exists() else "not measured (before the warmer)"
    print(f"| {int(read('events')):,} | {read('when')} | {int(read('dbsize')) / 1e6:,.0f} MB | {int(read('startup')):,} ms | {warm} | {read('rss-idle')} MiB | {read('rss-after')} MiB | {read('rss-peak')} MiB |")

print()
for size in sizes:
    page = summary.get((size, "/", "hit")) or {}
    static = summary.get((size, "/bench-static.html", "static")) or {}
    if page and static and static["rps"]:
        print(f"- {size} events: timeline (cache hit) at {page['rps'] / static['rps']:.0%} of the static file's requests/s (target ≥ 50%)")
    miss = summary.get((size, "/", "miss")) or {}
    if miss and static and static["rps"]:
        print(f"- {size} events: timeline (cache miss) at {miss['rps'] / static['rps']:.0%} of the static file's requests/s")
first, last = sizes[0], sizes[-1]
for url in ("/?", "/api/events?"):
    for mode in ("miss", "hit"):
        a, b = summary.get((first, url, mode)), summary.get((last, url, mode))
        if a and b and ms(a["p99"]) and ms(b["p99"]) and b["rps"]:
            print(f"- filtered `{url}…` p99 ({mode}): {b['p99']} at {last} events vs {a['p99']} at {first}: {ms(b['p99']) / ms(a['p99']):.1f}× (target ≤ 2× for the timeline)")
        elif a and not b:
            print(f"- filtered `{url}…` ({mode}) at {last} events: not loaded (one request over the limit), so the p99 target is not met")
PY
)
  tables=${tables//FILTER/$filter}
  report=$(cat <<MD
## Timeline and API at scale (wrk): 1k to 1M events

- Machine: $machine — $load_note; wrk and the app share the 2 cores
- Date: $(date -u +%Y-%m-%dT%H:%MZ)
- Databases: bench/build-databases.sh (generated corpora, Release CLI, incremental imports), copied per run; the app
  adds the two seeds on start. Release web app on 127.0.0.1, \`DOTNET_GCHeapHardLimit=$heap_limit\` so a runaway
  request fails rather than the machine.
- wrk -t2 -c16 --timeout 30s for $seconds s per URL. "hit": the same URL every time (the output cache answers after
  the first); "miss": bench/unique-query.lua gives every request its own \`n=\` parameter, so the output cache never
  answers and every request runs the query (since TimelineSummaryCache, 2026-11-30, the counts of a selection counted
  before are kept: a miss then reads one page of rows; a selection's first count is the "one request" column).
  "static file": the timeline page's own bytes from wwwroot, same Kestrel, same run. "one request": the first
  request's time (curl; for \`/\`, since the app's cache warmer (2026-11-30), the load starts after the warm-up, whose
  time is in the second table, so it is a cache hit); a URL slower than $probe_limit s is not put under load.

$tables
MD
)
  echo "$report"
  echo "$report" | python3 bench/record.py
fi
