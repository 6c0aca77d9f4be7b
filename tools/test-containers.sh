#!/usr/bin/env bash
# `npm run test:containers`: the container suite (test/containers) with everything it needs.
# Starts a Docker engine when none runs and it can (root: tools/docker-engine.sh), builds the
# images (docker/make-base.sh, docker/Dockerfile: nothing is pulled), runs the suite, then stops
# the engine it started and restores the host's network settings. When no engine can be had it
# fails with one line, unless SKARM_SKIP_CONTAINERS=1 was set: then it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKARM_SKIP_CONTAINERS:-}" = 1 ]; then
  echo "test:containers: skipped, as SKARM_SKIP_CONTAINERS=1 asks" >&2
  exit 0
fi
bash tools/setup.sh
# Node 22 (the `node` dev dependency) first on PATH, as under `npm run`
export PATH="$PWD/node_modules/.bin:$PATH"
if ! bash tools/docker-engine.sh start; then
  echo "test:containers: no Docker engine can be had here (see above); set SKARM_SKIP_CONTAINERS=1 to skip this suite on purpose" >&2
  exit 1
fi
trap 'bash tools/docker-engine.sh stop' EXIT
start=$(date +%s)
bash docker/make-base.sh
docker build -q -f docker/Dockerfile -t skarm:local . >/dev/null
echo "test:containers: images built in $(( $(date +%s) - start )) s; skarm:local is $(docker image inspect -f '{{.Size}}' skarm:local | awk '{printf "%.0f MB", $1/1e6}')" >&2
TESTCONTAINERS_RYUK_DISABLED=true node_modules/.bin/vitest run --project containers
