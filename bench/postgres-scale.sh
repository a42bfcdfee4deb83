#!/usr/bin/env bash
# The timeline and the API at 1M events on PostgreSQL, two web instances at once, beside the SQLite figures of
# bench/scale.sh (same generated documents, same URLs, same hit/miss method). Two parts, PARTS="build web" by default:
# - build: a PostgreSQL cluster kept in bench/out/pg-scale (tests/throwaway-postgres.sh with POSTGRES_KEEP, so the
#   hour-long build is done once), into which the Release CLI imports the generated corpus of bench/generate-corpus.py
#   in the chunks bench/build-databases.sh uses (the same folders under bench/out/scale-corpus, made when missing),
#   one `peacetalks import --provider postgres` per chunk of at most CHUNK documents. Each chunk's wall time goes to
#   bench/out/pg-scale/chunks.tsv; an interrupted build resumes after the last chunk written there.
# - web: two Release web instances on two ports against that database, and for each URL wrk -t1 -c8 on both at once
#   for SECONDS_PER_URL seconds: the timeline and /api/events, unfiltered and filtered, as cache hits (one URL) and as
#   cache misses (bench/unique-query.lua); a URL whose first request takes longer than PROBE_LIMIT seconds is not
#   loaded (its one-request time is reported). Memory of both instances idle, after, peak.
# Prints the figures and writes them to bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
parts=${PARTS:-"build web"}
seconds=${SECONDS_PER_URL:-10}
probe_limit=${PROBE_LIMIT:-10}
chunk=${CHUNK:-500}
filter=${FILTER:-"party=Turkey&year=2022"}
# The document counts at which bench/build-databases.sh copies its database (1k, 10k, 100k, 1M events): chunks end
# there too, so both scripts read the same generated folders.
bounds=${BOUNDS:-"11 107 1070 10700"}
out=bench/out
state=$out/pg-scale
corpus=$out/scale-corpus
mkdir -p "$state" "$corpus"
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK, $(uname -sr)"
load_note="load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"

# A server sized as one would run it for a corpus of gigabytes (the defaults are 128 MB of shared buffers).
export POSTGRES_KEEP=$state/cluster
export POSTGRES_OPTIONS=${POSTGRES_OPTIONS:-"-c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=32MB -c max_wal_size=4GB"}
source tests/throwaway-postgres.sh
web=()
stop_all() {
  for pid in "${web[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  postgres_stop
}
trap stop_all EXIT
postgres_start
db="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=peacetalks;Database=peacetalks_scale;Command Timeout=600"

dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/pg-cli" -v quiet -nologo >/dev/null
cli() { dotnet "$out/pg-cli/peacetalks.dll" "$@"; }
events_in_db() {
  psql -h 127.0.0.1 -p "$POSTGRES_PORT" -U peacetalks -d peacetalks_scale -Atc 'select count(*) from "Events"' 2>/dev/null || echo 0
}

if [[ " $parts " == *" build "* ]]; then
  [ -f "$state/chunks.tsv" ] || printf 'first_doc\tdocs\tbytes\tms\tevents\tdb_events_after\n' >"$state/chunks.tsv"
  done_docs=0
  for bound in $bounds; do
    while [ "$done_docs" -lt "$bound" ]; do
      n=$(( bound - done_docs < chunk ? bound - done_docs : chunk ))
      if awk -F'\t' -v f="$done_docs" -v n="$n" '$1 == f && $2 == n {found = 1} END {exit !found}' "$state/chunks.tsv"; then
        done_docs=$(( done_docs + n )); continue
      fi
      part=$corpus/from-$(printf '%05d' "$done_docs")-$n
      [ -d "$part" ] || python3 bench/generate-corpus.py --start "$done_docs" --count "$n" --out "$part" >/dev/null
      bytes=$(cat "$part"/*.txt | wc -c)
      start=$(date +%s%N)
      cli import "$part" --provider postgres --db "$db" >"$state/last-import.log" 2>"$state/last-import.err" \
        || { cat "$state/last-import.err" >&2; echo "import of $part failed" >&2; exit 1; }
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      events=$(grep -oE '[0-9]+ events' "$state/last-import.log" | grep -oE '[0-9]+' || echo 0)
      total=$(events_in_db)
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$done_docs" "$n" "$bytes" "$ms" "$events" "$total" >>"$state/chunks.tsv"
      echo "documents $done_docs..$((done_docs + n - 1)) imported in $ms ms ($events events; $total in the database)"
      done_docs=$(( done_docs + n ))
    done
  done
  # As after any bulk load: the statistics and the visibility map autovacuum would bring in its own time, now,
  # so the web part measures the database as it will stand (index-only scans need the visibility map).
  start=$(date +%s%N)
  psql -h 127.0.0.1 -p "$POSTGRES_PORT" -U peacetalks -d peacetalks_scale -qc 'VACUUM (ANALYZE)'
  echo "VACUUM (ANALYZE) in $(( ($(date +%s%N) - start) / 1000000 )) ms" | tee "$state/vacuum.txt"
fi

if [[ " $parts " == *" web "* ]]; then
  if ! command -v wrk >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
  fi
  dotnet publish src/PeaceTalks.Web -c Release -o "$out/pg-web" -v quiet -nologo >/dev/null
  raw=$state/web
  rm -rf "$raw"; mkdir -p "$raw"
  date -u +%Y-%m-%dT%H:%MZ >"$raw/when"
  ports=()
  started=$(date +%s%N)
  for i in 0 1; do
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    ports+=("$port")
    env ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
      Serilog__MinimumLevel__Override__PeaceTalks.Web.Startup.CacheWarmer=Information \
      Database__Provider=Postgres ConnectionStrings__PeaceTalks="$db" Seeds__Path="$PWD/seeds" \
      dotnet "$out/pg-web/PeaceTalks.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/$out/pg-web" >"$raw/web-$i.log" 2>&1 &
    web+=($!)
  done
  for port in "${ports[@]}"; do
    for _ in $(seq 600); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "a web instance did not start; see $raw/web-*.log" >&2; exit 1; }
  done
  echo "$(( ($(date +%s%N) - started) / 1000000 ))" >"$raw/startup"
  # Each instance computes the landing page once after start, before any reader (Startup/CacheWarmer.cs).
  for i in 0 1; do
    for _ in $(seq 1200); do grep -q "Timeline cache warmed" "$raw/web-$i.log" && break; sleep 0.5; done
    grep -oE "warmed for import version [0-9]+ in [0-9]+ ms" "$raw/web-$i.log" | head -1 | grep -oE "[0-9]+ ms" >"$raw/warm.$i" \
      || echo "not within 10 minutes" >"$raw/warm.$i"
  done
  events_in_db >"$raw/events"
  psql -h 127.0.0.1 -p "$POSTGRES_PORT" -U peacetalks -d peacetalks_scale -Atc "select pg_database_size('peacetalks_scale')" >"$raw/dbsize"
  rss() { awk -v k="$2" '$1 == k":" {print int($2 / 1024)}' "/proc/${web[$1]}/status"; }
  for i in 0 1; do rss "$i" VmRSS >"$raw/rss-idle.$i"; done
  quiet() {
    # Requests wrk left in flight still run in the apps: let them finish before the next URL.
    for _ in $(seq 240); do
      local slow=0 t port
      for port in "${ports[@]}"; do
        t=$(curl -s -o /dev/null --max-time 5 -w '%{time_total}' "http://127.0.0.1:$port/healthz" || echo 5)
        python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 0.2 else 1)" "$t" || slow=1
      done
      [ "$slow" = 0 ] && return 0
      sleep 0.5
    done
  }
  u=0
  for url in "/" "/?$filter" "/api/events" "/api/events?$filter"; do
    echo "$url" >"$raw/url.$u"
    loadable=yes
    for i in 0 1; do
      probe=$(curl -s --max-time $(( probe_limit * 6 )) -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "http://127.0.0.1:${ports[$i]}$url" || true)
      echo "$probe" >"$raw/probe.$u.$i"
      code=${probe%% *}
      if [ "$code" != 200 ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > $probe_limit else 1)" "${probe##* }"; then loadable=no; fi
    done
    for mode in hit miss; do
      if [ "$loadable" = no ]; then
        echo "not loaded" >"$raw/wrk.$u.$mode.0"; echo "not loaded" >"$raw/wrk.$u.$mode.1"
        continue
      fi
      script=()
      [ "$mode" = miss ] && script=(-s bench/unique-query.lua)
      wrk -t1 -c8 -d"${seconds}s" --timeout 30s --latency "${script[@]}" "http://127.0.0.1:${ports[0]}$url" >"$raw/wrk.$u.$mode.0" 2>&1 &
      first=$!
      wrk -t1 -c8 -d"${seconds}s" --timeout 30s --latency "${script[@]}" "http://127.0.0.1:${ports[1]}$url" >"$raw/wrk.$u.$mode.1" 2>&1 || true
      wait "$first" || true
      quiet
    done
    u=$((u + 1))
  done
  for i in 0 1; do rss "$i" VmRSS >"$raw/rss-after.$i"; rss "$i" VmHWM >"$raw/rss-peak.$i"; done

  tables=$(python3 - "$raw" "$seconds" "$probe_limit" "$out/scale/web" <<'PY'
import re, sys
from pathlib import Path
raw, seconds, limit, sqlite = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])

def wrk(path):
    text = path.read_text() if path.exists() else "not loaded"
    if text.startswith("not loaded"):
        return None
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    errors = "; ".join(l.strip() for l in text.splitlines() if "Non-2xx" in l or "Socket errors" in l) or "none"
    r = {"rps": float(rps.group(1)) if rps else 0.0, "p50": p50.group(1) if p50 else "–", "p99": p99.group(1) if p99 else "–", "errors": errors}
    if r["rps"] == 0:
        r["p50"] = r["p99"] = "–"
        r["errors"] = f"no request completed in {seconds} s" + ("" if errors == "none" else f"; {errors}")
    return r

def one(probe):
    code, length, took = (probe.split() + ["", "", ""])[:3]
    text = f"{float(took) * 1000:,.0f} ms" if took else "–"
    return (text if code == "200" else f"{text} (HTTP {code or 'timeout'})"), int(length or 0)

# bench/scale.sh's SQLite run at 1M events, when its raw figures are here: one instance, wrk -t2 -c16.
sqlite_urls = {}
for i in range(4):
    probe_file = sqlite / f"1M.probe.{i}"
    if probe_file.exists():
        probe = probe_file.read_text().split()
        sqlite_urls[probe[0]] = {mode: wrk(sqlite / f"1M.wrk.{i}.{mode}") for mode in ("hit", "miss")}
        sqlite_urls[probe[0]]["one"] = one(" ".join(probe[1:]))[0]

print("| URL | response | one request (instance 0 / 1) | cache | requests/s (0 + 1) | p50 (0 / 1) | p99 (0 / 1) | errors | SQLite at 1M, one instance: requests/s, p99 |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
u = 0
while (raw / f"url.{u}").exists():
    url = (raw / f"url.{u}").read_text().strip()
    probes = [one((raw / f"probe.{u}.{i}").read_text()) for i in (0, 1)]
    size = probes[0][1]
    size = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
    for mode in ("hit", "miss"):
        a, b = wrk(raw / f"wrk.{u}.{mode}.0"), wrk(raw / f"wrk.{u}.{mode}.1")
        s = sqlite_urls.get(url, {})
        lite = s.get(mode)
        lite = f"{lite['rps']:,.0f}, {lite['p99']}" if lite and lite["rps"] else (f"not loaded (one request {s['one']})" if s else "not measured here")
        if a is None or b is None:
            print(f"| `{url}` | {size} | {probes[0][0]} / {probes[1][0]} | {mode} | not loaded: one request over {limit} s | | | | {lite} |")
        else:
            errors = "none" if a["errors"] == b["errors"] == "none" else f"0: {a['errors']}; 1: {b['errors']}"
            print(f"| `{url}` | {size} | {probes[0][0]} / {probes[1][0]} | {mode} | {a['rps']:,.0f} + {b['rps']:,.0f} | {a['p50']} / {b['p50']} | {a['p99']} / {b['p99']} | {errors} | {lite} |")
    u += 1
PY
)
  chunks="no build figures (bench/out/pg-scale/chunks.tsv is missing)"
  [ ! -f "$state/chunks.tsv" ] || chunks=$(awk -F'\t' 'NR > 1 {docs += $2; bytes += $3; ms += $4; events += $5} END {if (ms == 0) {print "no build figures"; exit} printf "%d documents, %.1f MB, %d events in %d chunk imports: %.0f s in all, %.0f events/s", docs, bytes / 1e6, events, NR - 1, ms / 1000, events / (ms / 1000)}' "$state/chunks.tsv")
  report=$(cat <<MD
## PostgreSQL at 1M events: two web instances (wrk)

- Machine: $machine — $load_note; PostgreSQL, both instances and both wrk share the 2 cores
- Date: $(cat "$raw/when")
- PostgreSQL $(psql --version | awk '{print $3}') on 127.0.0.1 (\`$POSTGRES_OPTIONS\`); database $(( $(cat "$raw/dbsize") / 1000000 )) MB,
  $(printf "%'d" "$(cat "$raw/events")") events (with the seeds the app adds on start)
- Built by this script's build part: the generated corpus of bench/build-databases.sh imported by the Release CLI with
  \`--provider postgres\` in chunks of at most $chunk documents into the one growing database: $chunks
  (each chunk in bench/out/pg-scale/chunks.tsv), then \`VACUUM (ANALYZE)\` ($(grep -oE '[0-9]+ ms' "$state/vacuum.txt" 2>/dev/null || echo "not run"))
- Two Release web instances on two ports, one database; both ready in $(cat "$raw/startup") ms (incl. the seed check);
  then each computed the landing page \`/\` for its output cache before any reader asked (Startup/CacheWarmer.cs):
  $(cat "$raw/warm.0") and $(cat "$raw/warm.1"), so "one request" for \`/\` below is already a cache hit.
  For each URL, wrk -t1 -c8 --timeout 30s for $seconds s on both instances at once (16 connections in all, as the
  SQLite run's -t2 -c16 on one instance). "hit": the same URL every time (each instance's output cache answers after
  its first); "miss": bench/unique-query.lua gives every request its own parameter, so the output cache never
  answers and every request runs the query (since TimelineSummaryCache, the counts of a selection counted before
  are kept: a miss then reads one page of rows; a selection's first count is the "one request" column).
  "one request": the first request's time on each instance (curl, cold cache); a URL slower than $probe_limit s is not loaded.
- Web process memory (MiB), instance 0 / 1: idle $(cat "$raw/rss-idle.0") / $(cat "$raw/rss-idle.1"), after the load $(cat "$raw/rss-after.0") / $(cat "$raw/rss-after.1"), peak $(cat "$raw/rss-peak.0") / $(cat "$raw/rss-peak.1")

$tables
MD
)
  echo "$report"
  echo "$report" | python3 bench/record.py
fi
