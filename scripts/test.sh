#!/usr/bin/env bash
# Runs every test (unit, integration, browser) and ends with one line: "N passed, N failed, N skipped".
# The unit and integration tests (tests/Community.Tests) run twice: on SQLite, the default, and then on PostgreSQL
# (a loopback server that scripts/postgres.sh installs if needed and starts), with a loopback Redis from scripts/redis.sh
# for the two-node tests (Web/ScaleOut), which run only in that pass; the line sums both runs.
# COMMUNITY_TEST_DATABASE=Sqlite skips the PostgreSQL run.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1

log=$(mktemp)
COMMUNITY_TEST_DATABASE= dotnet test Community.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

if [[ "${COMMUNITY_TEST_DATABASE:-}" != "Sqlite" ]]; then
  echo "== the integration suite again, on PostgreSQL =="
  if server=$(bash scripts/postgres.sh | tail -1) && redis=$(bash scripts/redis.sh | tail -1); then
    COMMUNITY_TEST_DATABASE=Postgres COMMUNITY_TEST_POSTGRES="$server" COMMUNITY_TEST_REDIS="$redis" \
      dotnet test tests/Community.Tests --no-build --nologo "$@" 2>&1 | tee -a "$log"
    (( PIPESTATUS[0] != 0 )) && status=1
  else
    echo "Failed!  - Failed:     1, Passed:     0, Skipped:     0 (could not start PostgreSQL or Redis for the second run)" | tee -a "$log"
    status=1
  fi
fi

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
