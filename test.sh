#!/usr/bin/env bash
# The one test command (README): restores, builds and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test PeaceTalks.sln --configuration Release --logger "console;verbosity=normal" "$@"
