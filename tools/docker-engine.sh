#!/usr/bin/env bash
# Starts a Docker engine for Skarm's container images and suites when none runs, and stops it
# afterwards, leaving the host's network as it found it.
#
#   bash tools/docker-engine.sh start   # uses a running engine, or installs (Debian's docker.io) and starts one (root)
#   bash tools/docker-engine.sh stop    # stops only an engine that `start` started, and restores the network
#
# dockerd sets the iptables FORWARD policy to DROP, adds its chains and bridges and turns IP
# forwarding on: bridged network namespaces (the simulation suite) break after it. `start`
# saves iptables (IPv4 and IPv6), IP forwarding, the bridge netfilter switches and the links
# present; `stop` puts them back and deletes the links the engine made.
set -euo pipefail

STATE=${SKARM_DOCKER_STATE:-${TMPDIR:-/tmp}/skarm-docker-engine}
fail () { echo "docker-engine: $*" >&2; exit 1; }

engine_answers () { docker info >/dev/null 2>&1; }

start () {
  if engine_answers; then
    echo "docker-engine: a Docker engine already runs; using it" >&2
    return 0
  fi
  [ -f "$STATE/dockerd.pid" ] && kill -0 "$(cat "$STATE/dockerd.pid")" 2>/dev/null && fail "an engine started earlier ($STATE) does not answer; run: bash tools/docker-engine.sh stop"
  [ "$(id -u)" = 0 ] || fail "no Docker engine runs, and starting one needs root (or start dockerd yourself)"
  if ! command -v dockerd >/dev/null; then
    command -v apt-get >/dev/null || fail "no Docker engine runs and dockerd is not installed (install Docker, or Debian's docker.io)"
    echo "docker-engine: installing Debian's docker.io" >&2
    # policy-rc.d keeps the package from starting its service: we start dockerd ourselves below
    local policy=/usr/sbin/policy-rc.d made_policy=
    if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; made_policy=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null || { [ -n "$made_policy" ] && rm -f "$policy"; fail "apt-get install docker.io failed"; }
    [ -n "$made_policy" ] && rm -f "$policy"
  fi
  command -v docker >/dev/null || fail "the docker client is missing"
  if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null && command -v apt-get >/dev/null; then
    echo "docker-engine: installing Debian's docker-compose" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null || echo "docker-engine: apt-get install docker-compose failed" >&2
  fi

  rm -rf "$STATE"; mkdir -p "$STATE"
  # both iptables back ends (nf_tables and legacy) where present: dockerd uses one of them
  for b in nft legacy; do
    command -v "iptables-$b-save" >/dev/null || continue
    "iptables-$b-save" > "$STATE/iptables-$b.v4" 2>/dev/null || true
    "ip6tables-$b-save" > "$STATE/iptables-$b.v6" 2>/dev/null || true
  done
  cat /proc/sys/net/ipv4/ip_forward > "$STATE/ip_forward"
  for f in /proc/sys/net/bridge/bridge-nf-call-*; do [ -r "$f" ] && echo "$(basename "$f") $(cat "$f")"; done > "$STATE/bridge-nf" 2>/dev/null || true
  if [ -d /sys/module/br_netfilter ]; then echo loaded; fi > "$STATE/br_netfilter"
  ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//' | sort > "$STATE/links"

  mkdir -p "$STATE/exec"
  nohup dockerd --exec-root "$STATE/exec" --pidfile "$STATE/dockerd.pid.engine" > "$STATE/dockerd.log" 2>&1 &
  echo $! > "$STATE/dockerd.pid"
  for _ in $(seq 1 120); do
    engine_answers && { echo "docker-engine: started (log: $STATE/dockerd.log)" >&2; return 0; }
    kill -0 "$(cat "$STATE/dockerd.pid")" 2>/dev/null || break
    sleep 0.5
  done
  tail -5 "$STATE/dockerd.log" >&2 || true
  stop || true
  fail "dockerd did not answer within 60 s"
}

restore_network () {
  local b t c
  for b in nft legacy; do
    command -v "iptables-$b-restore" >/dev/null || continue
    if [ -s "$STATE/iptables-$b.v4" ]; then "iptables-$b-restore" < "$STATE/iptables-$b.v4" || echo "docker-engine: could not restore iptables ($b, IPv4)" >&2; fi
    if [ -s "$STATE/iptables-$b.v6" ]; then "ip6tables-$b-restore" < "$STATE/iptables-$b.v6" || echo "docker-engine: could not restore ip6tables ($b)" >&2; fi
    # tables the saved state did not hold (unused before the engine): emptied, policies ACCEPT
    for t in filter nat mangle raw; do
      grep -q "^\*$t" "$STATE/iptables-$b.v4" 2>/dev/null && continue
      "iptables-$b" -t "$t" -F 2>/dev/null || continue
      "iptables-$b" -t "$t" -X 2>/dev/null || true
      for c in $("iptables-$b" -t "$t" -S 2>/dev/null | awk '$1=="-P"{print $2}'); do "iptables-$b" -t "$t" -P "$c" ACCEPT 2>/dev/null || true; done
    done
  done
  [ -s "$STATE/ip_forward" ] && cat "$STATE/ip_forward" > /proc/sys/net/ipv4/ip_forward
  while read -r name value; do
    [ -n "$name" ] && echo "$value" > "/proc/sys/net/bridge/$name" 2>/dev/null || true
  done < "$STATE/bridge-nf" 2>/dev/null || true
  if [ -f "$STATE/br_netfilter" ] && [ ! -s "$STATE/br_netfilter" ]; then rmmod br_netfilter 2>/dev/null || true; fi
  # links the engine made (docker0, br-…, veth…)
  if [ -f "$STATE/links" ]; then
    ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//' | sort | comm -13 "$STATE/links" - | while read -r l; do
      case "$l" in docker0|br-*|veth*) ip link delete "$l" 2>/dev/null || true ;; esac
    done
  fi
}

stop () {
  if [ ! -f "$STATE/dockerd.pid" ]; then
    echo "docker-engine: no engine started by this script; nothing to stop" >&2
    return 0
  fi
  local pid; pid=$(cat "$STATE/dockerd.pid")
  if kill -0 "$pid" 2>/dev/null; then
    docker ps -q 2>/dev/null | xargs -r docker kill >/dev/null 2>&1 || true
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  restore_network
  rm -rf "$STATE"
  echo "docker-engine: stopped; network restored" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bash tools/docker-engine.sh start|stop" >&2; exit 2 ;;
esac
