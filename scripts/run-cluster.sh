#!/usr/bin/env bash
# The forum as a small cluster on this machine: PostgreSQL and Redis on loopback (scripts/postgres.sh, scripts/redis.sh
# install them from Debian if missing), two app nodes, and HAProxy in front. Idempotent: a part already running is left
# running. Prints the forum's address as its last line.
#   COMMUNITY_CLUSTER_PORT   the proxy's port on 127.0.0.1       (default 8080)
#   COMMUNITY_CLUSTER_NODES  the nodes' ports, space-separated   (default "5101 5102")
#   COMMUNITY_CLUSTER_DIR    logs, pids, proxy config, uploads    (default data/cluster)
#   COMMUNITY_CLUSTER_DATABASE  the PostgreSQL database             (default community_cluster; created if missing)
#   COMMUNITY_CLUSTER_DLL    a Community.Web.dll already built   (default: builds src/Community.Web in Release)
#   COMMUNITY_CLUSTER_ENVIRONMENT  Development (default: demo data, plain HTTP) or Production (no demo data; the proxy
#                            tells the nodes the request came over HTTPS, as a TLS proxy in front of it would). Other
#                            settings reach the nodes as environment variables (tests/load/run --cluster does so).
#   scripts/run-cluster.sh stop   stops the nodes and the proxy (scripts/postgres.sh stop and scripts/redis.sh stop the rest)
# Pages and forms go round-robin to the nodes, with no stickiness; only the live connection (/hubs/) keeps to the node
# that negotiated it, by a cookie the proxy sets (SignalR's negotiate and connect must meet the same node). Messages
# reach every node through the Redis backplane, so a member sees what was posted on either node.
# For trying scale-out, not for keeping data: scripts/postgres.sh runs PostgreSQL with fsync off, and by default the nodes
# run in Development (demo data, plain HTTP).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port=${COMMUNITY_CLUSTER_PORT:-8080}
read -r -a nodes <<<"${COMMUNITY_CLUSTER_NODES:-5101 5102}"
dir=${COMMUNITY_CLUSTER_DIR:-$root/data/cluster}
database_name=${COMMUNITY_CLUSTER_DATABASE:-community_cluster}
environment=${COMMUNITY_CLUSTER_ENVIRONMENT:-Development}
proto=$([[ $environment == Production ]] && echo https || echo http)
mkdir -p "$dir"

running() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

if [[ "${1:-}" == "stop" ]]; then
  for pidfile in "$dir"/node-*.pid "$dir"/haproxy.pid; do
    running "$pidfile" && kill "$(cat "$pidfile")"
    rm -f "$pidfile"
  done
  exit 0
fi

if ! command -v haproxy >/dev/null; then
  echo "cluster: installing haproxy from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi

server=$(bash scripts/postgres.sh | tail -1)
redis=$(bash scripts/redis.sh | tail -1)
pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$server")
pg_user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server")
export PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server")
if ! psql -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database_name'" | grep -q 1; then
  psql -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -qc "CREATE DATABASE \"$database_name\""
fi
database=${server/Database=postgres/Database=$database_name}

if [[ -n "${COMMUNITY_CLUSTER_DLL:-}" ]]; then
  app=$COMMUNITY_CLUSTER_DLL
else
  bash scripts/setup.sh >&2
  dotnet build src/Community.Web -c Release --nologo -v quiet >&2
  app=$(ls "$root"/src/Community.Web/bin/Release/net10.0/*/Community.Web.dll | head -1)
fi

# One node at a time: the first migrates and seeds the demo data, the next finds it done.
for node_port in "${nodes[@]}"; do
  name=node-$node_port
  if ! running "$dir/$name.pid"; then
    ASPNETCORE_ENVIRONMENT=$environment COMMUNITY_ROOT="$root" Urls="http://127.0.0.1:$node_port" \
    Database__Provider=Postgres ConnectionStrings__Community="$database" \
    Redis__Configuration="$redis" Redis__NodeName="$name" \
    ReverseProxy__KnownProxies__0=127.0.0.1 \
    Uploads__Folder="$dir/uploads" Email__PickupFolder="$dir/mail" DataProtection__KeysFolder="$dir/keys-$name" \
      setsid nohup dotnet "$app" >"$dir/$name.log" 2>&1 </dev/null &
    echo $! >"$dir/$name.pid"
  fi
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$node_port/healthz" >/dev/null 2>&1 && break
    running "$dir/$name.pid" || { echo "cluster: $name stopped; see $dir/$name.log" >&2; exit 1; }
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$node_port/healthz" >/dev/null || { echo "cluster: $name did not answer; see $dir/$name.log" >&2; exit 1; }
done

# "servers cookie" names each node's cookie value after the node.
servers() {
  for node_port in "${nodes[@]}"; do
    echo "  server node-$node_port 127.0.0.1:$node_port check inter 1s fall 2 rise 2${1:+ cookie node-$node_port}"
  done
}
cat >"$dir/haproxy.cfg" <<CFG
global
  maxconn 4096
  pidfile $dir/haproxy.pid

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # An open WebSocket is quiet between messages; the hub pings every 15 s.
  timeout tunnel 1h
  option forwardfor
  # A request that cannot reach its node (stopped, crashed) is sent to another one.
  option redispatch
  retries 2
  option httpchk GET /healthz

frontend community
  bind 127.0.0.1:$port
  http-request set-header X-Forwarded-Proto $proto
  use_backend live if { path_beg /hubs/ }
  default_backend pages

backend pages
  balance roundrobin
$(servers)

backend live
  balance roundrobin
  cookie community.node insert indirect nocache httponly
$(servers cookie)
CFG

if running "$dir/haproxy.pid"; then
  haproxy -c -q -f "$dir/haproxy.cfg" && kill -USR2 "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
else
  haproxy -D -f "$dir/haproxy.cfg"
fi
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
echo "cluster: nodes ${nodes[*]} behind HAProxy; logs in $dir" >&2
echo "http://127.0.0.1:$port"
