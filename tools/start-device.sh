#!/usr/bin/env bash
# `npm start`: one device on this machine, in the foreground. Creates its account on the
# first run (data in ./.data/device unless SKARM_DATA is set), then `skarm up`.
# Extra arguments go to `skarm up` (e.g. -- --api 127.0.0.1:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
data="${SKARM_DATA:-.data/device}"
if [ ! -f "$data/identity/identity.json" ]; then
  node packages/cli/bin/skarm.js init --data "$data" --name "${SKARM_NAME:-$(id -un)}"
fi
exec node packages/cli/bin/skarm.js up --data "$data" --api "${SKARM_API:-127.0.0.1:7700}" "$@"
