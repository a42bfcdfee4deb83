#!/usr/bin/env bash
# The test command (README): installs what the tests need, once, then runs every test.
# Idempotent: Chromium comes from Debian's packages only when /usr/bin/chromium is missing, and
# html-validate from the npm registry (tests/tools/package-lock.json) only when it is not installed.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (Debian package 'chromium')…"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d tests/tools/node_modules/html-validate ]; then
  echo "Installing the HTML validator the tests use (npm ci in tests/tools)…"
  npm ci --prefix tests/tools --no-audit --no-fund >/dev/null
fi
dotnet test PeaceTalks.sln -c Release "$@"
