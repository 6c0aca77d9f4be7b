#!/usr/bin/env node
// The `skarm` command. Skarm runs TypeScript directly (Node >= 22.18 strips types), so an
// older `node` on PATH re-executes this file with the Node 22 that npm installed (the `node`
// dev dependency), forwarding signals and the exit status. Plain JS on purpose: it must
// parse on any Node.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major > 22 || (major === 22 && minor >= 18)) {
  await import('../src/main.ts')
} else {
  const node = fileURLToPath(new URL('../../../node_modules/node/bin/node', import.meta.url))
  if (!existsSync(node)) {
    process.stderr.write(`skarm: needs Node >= 22.18 (this is ${process.versions.node}); run \`npm ci\` at the repository root to get it\n`)
    process.exit(1)
  }
  // The IPC channel closes if this shim dies: the real process then stops its stack.
  const child = spawn(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] })
  const forward = (signal) => { child.kill(signal) }
  for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, forward)
  child.on('exit', (code, signal) => {
    for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.off(s, forward)
    if (signal !== null) process.kill(process.pid, signal)
    else process.exit(code ?? 1)
  })
}
