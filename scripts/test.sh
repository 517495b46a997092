#!/usr/bin/env bash
# Runs every test (unit, integration, browser) and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1

log=$(mktemp)
dotnet test Community.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test project, e.g.
#   Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: 3 s - Community.Tests.dll (net10.0)
awk '/(Passed|Failed)!  - Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  failed  += $(i + 1)
         if ($i == "Passed:")  passed  += $(i + 1)
         if ($i == "Skipped:") skipped += $(i + 1)
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit "$status"
