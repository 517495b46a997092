#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests (and for trying the forum on PostgreSQL), idempotently:
# installs Debian's postgresql if its server is missing, creates a cluster in $COMMUNITY_PG_DIR on first use, starts
# it on 127.0.0.1:$COMMUNITY_PG_PORT if it is not running, and waits until it accepts connections. Prints the
# connection string of its test role (which may create databases) as its last line.
#   COMMUNITY_PG_DIR   cluster folder       (default /tmp/community-postgres)
#   COMMUNITY_PG_PORT  port on 127.0.0.1     (default 5433, beside any system PostgreSQL on 5432)
#   scripts/postgres.sh stop   stops it
# Tuned for tests, not for keeping data: fsync is off, so a power cut may lose the cluster.
set -euo pipefail

dir=${COMMUNITY_PG_DIR:-/tmp/community-postgres}
port=${COMMUNITY_PG_PORT:-5433}
role=community_test
password=community_test

server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [[ -z "$(server_bin)" || ! -x "$(server_bin)/postgres" ]]; then
  echo "postgres: installing postgresql from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(server_bin)

# initdb and the server refuse to run as root: run them as the postgres user Debian's package creates.
as_owner() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

if [[ "${1:-}" == "stop" ]]; then
  [[ -f "$dir/data/postmaster.pid" ]] && as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >&2
  exit 0
fi

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
  # C.UTF-8: code-point ordering like SQLite's, and character classes that know Hangul (pg_trgm and the word index
  # need them to see Korean syllables as letters).
  as_owner "'$bin/initdb' -D '$dir/data' -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256" >/dev/null
fi

if ! as_owner "'$bin/pg_ctl' -D '$dir/data' status" >/dev/null 2>&1; then
  # -w waits until the server accepts connections (or fails), so no polling is needed here.
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 start -o \"-p $port -c listen_addresses=127.0.0.1 -k '$dir' \
    -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\"" >/dev/null
fi

# The test role: may create (and so own, and drop) the per-test-class databases, and pg_trgm in them (a trusted extension).
as_owner "psql -h '$dir' -p $port -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SQL
echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=postgres"
