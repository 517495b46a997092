#!/usr/bin/env bash
# Runs every test (unit, integration, browser) and ends with one line: "N passed, N failed, N skipped".
# The unit and integration tests (tests/Community.Tests) run twice: on SQLite, the default, and then on PostgreSQL
# (a loopback server that scripts/postgres.sh installs if needed and starts), with a loopback Redis from scripts/redis.sh
# for the two-node tests (Web/ScaleOut), which run only in that pass; the browser tests run beside both. The line sums
# every run.
# COMMUNITY_TEST_DATABASE=Sqlite skips the PostgreSQL run.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1

log=$(mktemp); browser_log=$(mktemp)
dotnet build Community.sln --nologo -v quiet -clp:ErrorsOnly 2>&1 | tee "$log"
if (( PIPESTATUS[0] != 0 )); then echo "The build failed; no test ran."; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi

# The browser suite is the longest; it runs beside the integration suite's two passes (SQLite, then PostgreSQL) rather
# than before or after them, and its output is shown when it ends.
COMMUNITY_TEST_DATABASE= dotnet test tests/Community.BrowserTests --no-build --nologo "$@" >"$browser_log" 2>&1 &
browser=$!

COMMUNITY_TEST_DATABASE= dotnet test tests/Community.Tests --no-build --nologo "$@" 2>&1 | tee -a "$log"
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

wait "$browser" || status=1
echo "== the browser suite =="
cat "$browser_log" | tee -a "$log"
rm -f "$browser_log"

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
