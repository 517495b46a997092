#!/usr/bin/env bash
# Runs the forum at http://localhost:5000 on embedded SQLite (data/community.db, created and
# migrated on first start) with demo data. ASPNETCORE_ENVIRONMENT defaults to Development.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/Community.Web
