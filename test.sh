#!/usr/bin/env bash
# Builds everything and runs every test: README's test command. Pass --results DIR to keep TRX files.
set -euo pipefail
cd "$(dirname "$0")"
results=""
if [ "${1:-}" = "--results" ]; then results="$2"; fi
dotnet build Entente.slnx -c Release -nologo -v quiet
if [ -n "$results" ]; then
  dotnet test Entente.slnx -c Release --no-build -nologo --logger "trx" --results-directory "$results"
else
  dotnet test Entente.slnx -c Release --no-build -nologo
fi
