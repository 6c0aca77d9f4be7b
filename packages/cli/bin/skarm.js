#!/usr/bin/env node
// The `skarm` command. Plain JS on purpose: it must parse on any Node.
//
// Under Node >= 22.18 it runs the cli as plain JS: `dist/` built from the sources by
// `tools/build.ts` (in a child process, only when a source changed), with `@skarm/*` packages
// resolved to their dist/ too (the `skarm-dist` export condition). That keeps Node's
// TypeScript stripper (~22 MB) out of this process, which is the supervisor under `skarm up`.
// When the build fails it runs the TypeScript sources instead.
//
// An older `node` on PATH re-executes this file with the Node 22 that npm installed (the
// `node` dev dependency), forwarding signals and the exit status.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major > 22 || (major === 22 && minor >= 18)) {
  const { BUILD_TOOL, DIST_CONDITION, isBuildFresh } = await import('../../supervisor/build-state.js')
  const root = fileURLToPath(new URL('../../../', import.meta.url))
  let fresh = isBuildFresh(root)
  if (!fresh) {
    // the build's messages go to stderr: stdout is the command's answer
    spawnSync(process.execPath, [root + BUILD_TOOL], { cwd: root, stdio: ['ignore', 2, 2] })
    fresh = isBuildFresh(root)
    if (!fresh) process.stderr.write('skarm: the build failed (see above); running the TypeScript sources\n')
  }
  if (fresh) {
    const { registerHooks } = await import('node:module')
    // as `node --conditions=skarm-dist`, which a running process cannot be given any more
    registerHooks({
      resolve: (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, DIST_CONDITION] })
    })
    await import('../dist/main.js')
  } else {
    await import('../src/main.ts')
  }
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
