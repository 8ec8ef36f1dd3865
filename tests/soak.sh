#!/usr/bin/env bash
# Soak (issue 6): the sample on Kestrel at 127.0.0.1, 64 connections of mixed error traffic for 60 s, then a report
# (markdown) and exit code 0 when every check passed. See docs/reliability.md.
# Usage: tests/soak.sh [--duration seconds] [--connections n]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/ErrorHandlers.Soak -c Release -nologo -v q >/dev/null
exec dotnet artifacts/bin/ErrorHandlers.Soak/release/ErrorHandlers.Soak.dll "$@"
