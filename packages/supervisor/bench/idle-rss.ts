// Idle memory of a whole device stack: runs `skarm init` + `skarm up` on a temp folder, waits
// IDLE_MS (default 15 s) after ready, then sums VmRSS (what `ps` shows; counts shared pages
// of the node binary once per process) and PSS (shared pages split between processes: the
// real footprint) over every process of the stack, from /proc. Prints figures; asserts nothing.
//   node packages/supervisor/bench/idle-rss.ts
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { processesOf, tempDir } from '@skarm/test-utils'

const ROOT = resolve(import.meta.dirname, '../../..')
const SKARM = join(ROOT, 'packages/cli/bin/skarm.js')
const idleMs = Number(process.env.IDLE_MS ?? 15_000)

function pssKiB (pid: number): number {
  try {
    return Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

const dataDir = await tempDir('skarm-rss-')
execFileSync(process.execPath, [SKARM, 'init', '--data', dataDir, '--name', 'Bench'])
const up = spawn(process.execPath, [SKARM, 'up', '--data', dataDir, '--no-mdns', '--listen', '/ip4/127.0.0.1/tcp/0', '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
await new Promise<void>((resolve, reject) => {
  up.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('ready ')) resolve() })
  up.once('exit', (code) => reject(new Error(`skarm up exited ${code}`)))
})
await new Promise((resolve) => setTimeout(resolve, idleMs))
let rss = 0
let pss = 0
for (const p of processesOf(dataDir)) {
  const r = p.rssKiB()
  const s = pssKiB(p.pid)
  rss += r
  pss += s
  const what = p.cmdline.find((a) => a.includes('/apps/'))?.replace(/.*apps\/([a-z]+)\/.*/, '$1') ?? (p.cmdline[0]?.includes('nats-server') === true ? 'nats-server' : 'supervisor')
  console.log(`${what.padEnd(12)} pid ${String(p.pid).padStart(7)}  RSS ${(r / 1024).toFixed(1).padStart(6)} MiB  PSS ${(s / 1024).toFixed(1).padStart(6)} MiB`)
}
console.log(`${'total'.padEnd(24)} RSS ${(rss / 1024).toFixed(1).padStart(6)} MiB  PSS ${(pss / 1024).toFixed(1).padStart(6)} MiB`)
up.kill('SIGTERM')
await new Promise((resolve) => up.once('exit', resolve))
rmSync(dataDir, { recursive: true, force: true })
