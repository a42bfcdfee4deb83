#!/usr/bin/env bash
# The test command (README): installs what the tests need, once, then runs every test.
# Idempotent: Chromium comes from Debian's packages only when /usr/bin/chromium is missing, and
# html-validate and TimelineJS from the npm registry (tests/tools/package-lock.json) and world-countries (tools/gazetteer/package-lock.json)
# only when they are not installed, and
# PostgreSQL (Debian's 'postgresql') only when its server binaries are missing.
# Runs every test on SQLite, then every test that touches a store (storage, web, browser, CLI) on a throw-away
# PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (Debian package 'chromium')…"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d tests/tools/node_modules/html-validate ] || [ ! -d tests/tools/node_modules/@knight-lab/timelinejs ]; then
  echo "Installing the HTML validator and TimelineJS the tests use (npm ci in tests/tools)…"
  npm ci --prefix tests/tools --no-audit --no-fund >/dev/null
fi
if [ ! -d tools/gazetteer/node_modules/world-countries ]; then
  echo "Installing the pinned country data set the gazetteer test rebuilds from (npm ci in tools/gazetteer)…"
  npm ci --prefix tools/gazetteer --no-audit --no-fund >/dev/null
fi
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Checks over the real corpus need ../shared/corpus beside the repository; on a clone without it they are
# skipped, outside CI only, and named at the end. In CI (CI=true) they run, and .ci/run fails any skip.
dotnet test PeaceTalks.sln -c Release "$@" 2>&1 | tee -a "$log" || status=$?

# The same storage, web, browser and CLI tests again on PostgreSQL: a throw-away server (tests/throwaway-postgres.sh),
# one database per test fixture. A server that cannot start fails this script; it never skips.
# Tests marked Store=SqliteOnly are about SQLite files and ran above; each says why.
echo "Running the storage, web, browser and CLI tests again on PostgreSQL…"
unset POSTGRES_KEEP POSTGRES_OPTIONS  # a benchmark's kept cluster is never the tests' server
source tests/throwaway-postgres.sh
trap 'postgres_stop; rm -f "$log"' EXIT
postgres_start
export PEACETALKS_TEST_POSTGRES="$POSTGRES_SERVER"
dotnet test tests/PeaceTalks.Core.Tests -c Release --no-build --filter "FullyQualifiedName~PeaceTalks.Core.Tests.Storage&Store!=SqliteOnly" 2>&1 | tee -a "$log" || status=$?
dotnet test tests/PeaceTalks.Web.Tests -c Release --no-build --filter "Store!=SqliteOnly" 2>&1 | tee -a "$log" || status=$?
dotnet test tests/PeaceTalks.Browser.Tests -c Release --no-build --filter "Store!=SqliteOnly" 2>&1 | tee -a "$log" || status=$?
dotnet test tests/PeaceTalks.Cli.Tests -c Release --no-build --filter "Store!=SqliteOnly" 2>&1 | tee -a "$log" || status=$?
not_run=$(grep -oE '^ +Skipped [^ ]+' "$log" | awk '{print $2}' | sort -u || true)
if [ -n "$not_run" ]; then
  echo
  echo "Not run on this checkout (they need the real corpus in ../shared/corpus beside the repository; CI runs them):"
  echo "$not_run" | sed 's/^/  - /'
fi
exit "$status"
