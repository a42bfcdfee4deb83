#!/usr/bin/env bash
# Builds the scale databases bench/out/db/events-{1k,10k,100k,1M}.db (about that many events each)
# with the Release CLI, from documents made by bench/generate-corpus.py. One database grows by
# incremental imports (chunks of at most CHUNK documents, so the import's memory stays bounded) and is
# copied at each size. A database already built is reused. Logs each chunk's wall time to
# bench/out/db/chunks.tsv. Used by bench/scale.sh; runs alone too.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
db=$out/db
corpus=$out/scale-corpus
chunk=${CHUNK:-500}
# Documents per size: the seeds' two formats in turn give about 93.5 events per document.
sizes=${DB_SIZES:-"1k:11 10k:107 100k:1070 1M:10700"}
mkdir -p "$db" "$corpus"
[ -f "$out/cli/peacetalks.dll" ] && [ -z "${REPUBLISH:-}" ] || \
  dotnet publish src/PeaceTalks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v quiet -nologo >/dev/null
[ -f "$db/chunks.tsv" ] || printf 'to_size\tfirst_doc\tdocs\tbytes\tms\tevents\tdb_events_after\n' >"$db/chunks.tsv"

missing=0
for size in $sizes; do [ -f "$db/events-${size%%:*}.db" ] || missing=1; done
if [ "$missing" = 0 ]; then
  echo "databases reused: $(for size in $sizes; do echo -n "events-${size%%:*}.db "; done)"
  exit 0
fi

building=$db/building.db
done_docs=0
for size in $sizes; do
  label=${size%%:*} docs=${size##*:}
  target=$db/events-$label.db
  if [ -f "$target" ]; then
    done_docs=$docs
    rm -f "$building"; cp "$target" "$building"
    echo "events-$label.db: reused"
    continue
  fi
  while [ "$done_docs" -lt "$docs" ]; do
    n=$(( docs - done_docs < chunk ? docs - done_docs : chunk ))
    part=$corpus/from-$(printf '%05d' "$done_docs")-$n
    [ -d "$part" ] || python3 bench/generate-corpus.py --start "$done_docs" --count "$n" --out "$part" >/dev/null
    bytes=$(cat "$part"/*.txt | wc -c)
    start=$(date +%s%N)
    dotnet "$out/cli/peacetalks.dll" import "$part" --db "$building" >"$db/last-import.log" 2>"$db/last-import.err"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ ! -s "$db/last-import.err" ] || { echo "warnings importing $part:" >&2; head "$db/last-import.err" >&2; }
    events=$(grep -oE '[0-9]+ events' "$db/last-import.log" | grep -oE '[0-9]+')
    total=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from Events').fetchone()[0])" "$building")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$done_docs" "$n" "$bytes" "$ms" "$events" "$total" >>"$db/chunks.tsv"
    echo "$label: documents $done_docs..$((done_docs + n - 1)) imported in $ms ms ($events events; $total in the database)"
    done_docs=$(( done_docs + n ))
  done
  # The CLI closes its connections before it exits, so the WAL is checkpointed; make sure of it.
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma wal_checkpoint(TRUNCATE)'); c.close()" "$building"
  cp "$building" "$target.tmp" && mv "$target.tmp" "$target"
  echo "events-$label.db: built"
done
rm -f "$building" "$building-wal" "$building-shm"
