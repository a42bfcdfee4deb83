#!/usr/bin/env bash
# The test command (README): installs what the browser tests need, once, then runs every test.
# Idempotent: Chromium is installed from Debian's packages only when /usr/bin/chromium is missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (Debian package 'chromium')…"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
dotnet test PeaceTalks.sln -c Release "$@"
