// Idle memory of a whole device stack: runs `skarm init` + `skarm up` on a temp folder, waits
// IDLE_MS (default 15 s) after ready, then sums VmRSS (what `ps` shows; counts shared pages
// of the node binary once per process) and PSS (shared pages split between processes: the
// real footprint) over every process of the stack, from /proc. Prints figures, one line per
// process with how it runs (plain JS from dist/ or TypeScript, Node flags); asserts nothing.
//   node packages/supervisor/bench/idle-rss.ts
//
// Reference, VmRSS / PSS in MiB (2 vCPU VM, Node 22.23; ±5-10 MiB from run to run, more under load):
//
//   process       TypeScript sources, pino    final layout
//   supervisor       91 / 41                   56 / 11    dist, no bus client, small logger
//   nats-server      12 /  7                   12 /  4
//   store            99 / 48                   67 / 19    dist, x509 lazy, small logger
//   validator       102 / 52                   68 / 20    dist, x509 lazy, small logger
//   transport       121 / 68                   81 / 29    dist, semi-space 1 MB, small logger
//   dht             124 / 71                   85 / 33    dist, semi-space 1 MB, small logger
//   files            89 / 39                   66 / 19    dist, small logger
//   gateway         107 / 56                   78 / 30    dist, semi-space 1 MB (fastify keeps pino)
//   total           744 / 381                 513 / 167   target ≤ 550 MB VmRSS
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { processesOf, tempDir } from '@skarm/test-utils'
import { isBuildFresh } from '../build-state.js'

const ROOT = resolve(import.meta.dirname, '../../..')
const SKARM = join(ROOT, 'packages/cli/bin/skarm.js')
const idleMs = Number(process.env.IDLE_MS ?? 15_000)
const TARGET_MB = 550

function pssKiB (pid: number): number {
  try {
    return Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** How a process of the stack runs: its name, JS or TypeScript, and its Node flags. */
function describe (cmdline: string[], built: boolean): { name: string, how: string } {
  if (cmdline[0]?.includes('nats-server') === true || cmdline.some((a) => a.endsWith('nats.conf'))) return { name: 'nats-server', how: '' }
  const script = cmdline.find((a) => a.includes('/apps/') || a.endsWith('skarm.js'))
  const flags = cmdline.slice(1, cmdline.indexOf(script ?? '')).filter((a) => !a.startsWith('--conditions'))
  const name = script?.includes('/apps/') === true ? script.replace(/.*apps\/([a-z]+)\/.*/, '$1') : 'supervisor'
  const js = script?.endsWith('.ts') === true ? 'TypeScript' : script?.endsWith('skarm.js') === true && !built ? 'TypeScript' : 'JS'
  return { name, how: [js, ...flags].join(' ') }
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
const built = isBuildFresh(ROOT)
let rss = 0
let pss = 0
for (const p of processesOf(dataDir)) {
  const r = p.rssKiB()
  const s = pssKiB(p.pid)
  rss += r
  pss += s
  const { name, how } = describe(p.cmdline, built)
  console.log(`${name.padEnd(12)} pid ${String(p.pid).padStart(7)}  RSS ${(r / 1024).toFixed(1).padStart(6)} MiB  PSS ${(s / 1024).toFixed(1).padStart(6)} MiB  ${how}`)
}
console.log(`${'total'.padEnd(24)} RSS ${(rss / 1024).toFixed(1).padStart(6)} MiB  PSS ${(pss / 1024).toFixed(1).padStart(6)} MiB  (target: RSS ≤ ${TARGET_MB} MB)`)
up.kill('SIGTERM')
await new Promise((resolve) => up.once('exit', resolve))
rmSync(dataDir, { recursive: true, force: true })
