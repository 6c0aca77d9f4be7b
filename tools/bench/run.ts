// `npm run bench`: prints the figures that the issues set as targets. Targets are checked
// here by reading, never by timed assertions in tests.
import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadIdentity } from '@skarm/identity'
import { verifyRepository } from '@skarm/validator'
import { generateConversation } from './generate.ts'
import { ms, pct, report, results } from './report.ts'
import { skarm, http, startDevice } from '../../test/helpers/device.ts'

const N = Number(process.env.SKARM_BENCH_COMMITS ?? 10_000)

async function rssOfTree (rootPid: number): Promise<{ totalMb: number, processes: Array<{ pid: number, name: string, mb: number }> }> {
  const children = new Map<number, number[]>()
  for (const d of await readdir('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = await readFile(`/proc/${d}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(d))
      children.set(ppid, list)
    } catch {}
  }
  const processes: Array<{ pid: number, name: string, mb: number }> = []
  const walk = async (pid: number): Promise<void> => {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8')
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
      const cmd = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean)
      const app = cmd.find((a) => a.includes('apps/')) ?? cmd.find((a) => a.includes('skarm')) ?? cmd[0] ?? '?'
      processes.push({ pid, name: app.replace(/.*apps\/([^/]+)\/.*/, '$1').replace(/.*\//, ''), mb: rss })
    } catch {}
    for (const c of children.get(pid) ?? []) await walk(c)
  }
  await walk(rootPid)
  return { totalMb: processes.reduce((a, p) => a + p.mb, 0), processes }
}

// 1. skarm verify of a generated N-commit conversation
const genDir = await mkdtemp(join(tmpdir(), 'bench-gen-'))
const init = await skarm(['init', '--data', genDir, '--name', 'bench'])
if (init.code !== 0) throw new Error(init.stderr)
const identity = await loadIdentity(genDir)
let t = performance.now()
const gen = await generateConversation(join(genDir, 'conversations'), identity, N)
console.log(`generated ${N} commits in ${((performance.now() - t) / 1000).toFixed(1)} s`)
t = performance.now()
const v = await verifyRepository(join(genDir, 'conversations', gen.id))
const verifySeconds = (performance.now() - t) / 1000
if (!v.ok) throw new Error(`verify failed: ${JSON.stringify(v)}`)
report(`verify ${N} commits (in-process)`, `${Math.round(v.commits / verifySeconds)} commits/s`, '≥ 5,000 commits/s')
t = performance.now()
const cli = await skarm(['verify', '--repo', join(genDir, 'conversations', gen.id)])
const cliSeconds = (performance.now() - t) / 1000
if (cli.code !== 0) throw new Error(cli.stderr)
report(`skarm verify ${N} commits (whole command, Node start included)`, `${Math.round(N / cliSeconds)} commits/s (${cliSeconds.toFixed(2)} s)`, '≥ 5,000 commits/s')

// 2. a device stack: idle memory, newest-50 load on the big conversation, send latency
const dev = await startDevice('bench-device')
try {
  // the big conversation, moved into the device (same account, so it is its own)
  const devIdentity = await loadIdentity(dev.dataDir)
  const big = await generateConversation(join(dev.dataDir, 'conversations'), devIdentity, N)
  await new Promise((r) => setTimeout(r, 5000))
  const health = (await http(dev, 'GET', '/v1/health')).body
  const rss = await rssOfTree(dev.proc.pid!)
  report('idle memory of a whole stack', `${rss.totalMb.toFixed(0)} MB RSS over ${rss.processes.length} processes (${rss.processes.map((p) => `${p.name} ${p.mb.toFixed(0)}`).join(', ')})`, '≤ 550 MB')
  if (!health.ok) throw new Error('stack not healthy')

  t = performance.now()
  const first = await http(dev, 'GET', `/v1/conversations/${big.id}/messages?limit=50`)
  const cold = performance.now() - t
  if (first.body.messages.length !== 50) throw new Error('bad page')
  const loads: number[] = []
  for (let i = 0; i < 100; i++) {
    t = performance.now()
    await http(dev, 'GET', `/v1/conversations/${big.id}/messages?limit=50`)
    loads.push(performance.now() - t)
  }
  report(`load newest 50 of ${N} (HTTP, warm)`, `p50 ${ms(pct(loads, 50))}, p99 ${ms(pct(loads, 99))}; first (cold, builds the index) ${ms(cold)}`, '≤ 20 ms')

  const { body: { id } } = await http(dev, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
  const sends: number[] = []
  for (let i = 0; i < 30; i++) await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: `warm ${i}` })
  for (let i = 0; i < 500; i++) {
    t = performance.now()
    const r = await http(dev, 'POST', `/v1/conversations/${id}/messages`, { body: `bench ${i}` })
    sends.push(performance.now() - t)
    if (r.status !== 201) throw new Error(`send failed ${r.status}`)
  }
  report('send → committed through the gateway', `p50 ${ms(pct(sends, 50))}, p99 ${ms(pct(sends, 99))} (500 sequential)`, 'p50 ≤ 5 ms')
} finally {
  await dev.stop()
}
console.log('\nsummary')
for (const [n, val, target] of results) console.log(`  ${n}: ${val} [target ${target}]`)
