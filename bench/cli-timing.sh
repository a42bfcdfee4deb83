# Sourced by the import benchmarks. Figures of one run are only compared with a floor measured in the same run.

# The CLI's own start-up: median wall time of `--help` in ms (runtime, assemblies, command line; no database).
cli_startup_ms() {
  local cli=$1 runs=${2:-11} times=() start end
  dotnet "$cli" --help >/dev/null
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    dotnet "$cli" --help >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( runs / 2 + 1 ))p"
}

# Runs one import, stamping each progress line of standard error as it arrives; prints the whole wall time in ms
# and leaves "$stamps" holding "ns line" rows and "$log" the summary.
timed_import() {
  local cli=$1 stamps=$2 log=$3; shift 3
  local start end
  start=$(date +%s%N)
  echo "$start start" >"$stamps"
  dotnet "$cli" import "$@" >"$log" 2> >(while IFS= read -r line; do echo "$(date +%s%N) $line"; done >>"$stamps")
  end=$(date +%s%N)
  wait
  echo "$end exit" >>"$stamps"
  echo $(( (end - start) / 1000000 ))
}

# Where the time of one stamped import went: start-up, migration and reading until the last "read" line; then
# writing until "comparing"; then comparing, commit and exit.
import_breakdown() {
  python3 - "$1" <<'PY'
import sys
rows = [line.rstrip("\n").split(" ", 1) for line in open(sys.argv[1], encoding="utf-8")]
at = lambda prefix: max((int(t) for t, text in rows if text.startswith(prefix)), default=None)
start, end = at("start"), at("exit")
read, compare = at("read ") or at("writing"), at("comparing")
parts = []
if read and compare:
    # Documents are read a chunk at a time and each chunk written as its batches fill: with more than one chunk,
    # the first figure holds the writing of all but the last batch.
    parts = [("start-up, migration, then reading and extraction (earlier batches written meanwhile)", read - start), ("writing the last batch", compare - read), ("comparing accounts, commit and exit", end - compare)]
else:
    parts = [("whole process", end - start)]
print("; ".join(f"{name} {ns / 1e6:.0f} ms" for name, ns in parts))
PY
}
