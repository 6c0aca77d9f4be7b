#!/usr/bin/env bash
# Idempotent set-up for a fresh clone: npm dependencies (Node 22 comes as the `node`
# dev dependency), nats-server, git, openssl, ssh-keygen, ip and
# iptables (the simulation harness). Safe to run every time.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v nats-server >/dev/null 2>&1 || need_apt+=(nats-server)
command -v git >/dev/null 2>&1 || need_apt+=(git)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
command -v ssh-keygen >/dev/null 2>&1 || need_apt+=(openssh-client)
command -v ip >/dev/null 2>&1 || need_apt+=(iproute2)
# the simulation harness's NAT lab sets iptables rules inside its router namespaces
command -v iptables >/dev/null 2>&1 || need_apt+=(iptables)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing ${need_apt[*]}; install them (apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
  echo "setup: installing ${need_apt[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# node_modules is up to date when it was installed from this very package-lock.json.
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/node ] || [ "$(cat node_modules/.skarm-lock 2>/dev/null)" != "$want" ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > node_modules/.skarm-lock
fi

# The plain-JS build the processes run (tools/build.ts: incremental, quiet when nothing changed).
# A failure is not fatal: `skarm` then runs the TypeScript sources.
node_modules/.bin/node tools/build.ts || echo "setup: the build failed; skarm will run the TypeScript sources" >&2
