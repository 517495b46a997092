#!/usr/bin/env bash
# A Redis server of the forum's own on loopback (for the two-node tests and scripts/run-cluster.sh), idempotently:
# installs Debian's redis-server if it is missing, starts an instance with its own folder on 127.0.0.1:$COMMUNITY_REDIS_PORT
# if none answers there, and waits until it answers PING. Prints the value for Redis:Configuration as its last line.
#   COMMUNITY_REDIS_DIR   its folder (append-only file, log, pid)   (default /tmp/community-redis)
#   COMMUNITY_REDIS_PORT  port on 127.0.0.1                          (default 6380, beside any system Redis on 6379)
#   scripts/redis.sh stop   stops it
# The append-only file is written every second: data-protection keys live in Redis when it is configured, and losing
# them signs every member out, so a restart of this instance keeps them.
set -euo pipefail

dir=${COMMUNITY_REDIS_DIR:-/tmp/community-redis}
port=${COMMUNITY_REDIS_PORT:-6380}

if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  echo "redis: installing redis-server from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

answers() { [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == "PONG" ]]; }

if [[ "${1:-}" == "stop" ]]; then
  answers && redis-cli -h 127.0.0.1 -p "$port" shutdown >/dev/null 2>&1 || true
  exit 0
fi

if ! answers; then
  mkdir -p "$dir"
  # --daemonize returns once the server forked; it may take a moment more to accept connections.
  redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" \
    --logfile "$dir/redis.log" --save "" --appendonly yes --appendfsync everysec --protected-mode yes >/dev/null
  for _ in $(seq 1 100); do
    answers && break
    sleep 0.1
  done
  answers || { echo "redis: did not answer on 127.0.0.1:$port; see $dir/redis.log" >&2; exit 1; }
fi
echo "127.0.0.1:$port"
