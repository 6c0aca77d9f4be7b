// `npm run bench` (after run.ts): the sync figures of issue 3, measured on real stacks
// (`skarm up` on 127.0.0.1, and @skarm/sim namespaces for the partition figure). Targets are
// checked here by reading, never by timed assertions in tests.
import { readdir, readFile, rm } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { join } from 'node:path'
import { loadIdentity } from '@skarm/identity'
import { createNetwork, history, type SimDevice } from '@skarm/sim'
import { generateConversation } from './generate.ts'
import { cpuByService, ms, pct, report, results } from './report.ts'
import { http, restartDevice, startDevice, type Device } from '../../test/helpers/device.ts'

const N = Number(process.env.SKARM_BENCH_COMMITS ?? 10_000)
const LATENCY_MESSAGES = Number(process.env.SKARM_BENCH_LATENCY_MESSAGES ?? 200)
const BURST = Number(process.env.SKARM_BENCH_BURST ?? 600)
const BURST_CONCURRENCY = 8
const FANOUT_DEVICES = Number(process.env.SKARM_BENCH_FANOUT_DEVICES ?? 10)
const TIMEOUT_MS = 180_000
const FIRST_SYNC_TIMEOUT_MS = Number(process.env.SKARM_BENCH_FIRST_SYNC_TIMEOUT_MS ?? 300_000)

type Api = Pick<Device, 'api'>

/** A live SSE feed: records when each MessageReceived (by message id) and other events arrive. */
interface Feed {
  received: Map<string, number>
  events: Array<{ at: number, event: any }>
  /** Resolves once `check()` holds, re-checked on every event (and every 50 ms). */
  until: (check: () => boolean, what: string, timeoutMs?: number) => Promise<void>
  close: () => void
}

async function feed (device: Api): Promise<Feed> {
  const ctl = new AbortController()
  const res = await fetch(device.api + '/v1/events', { signal: ctl.signal, headers: { accept: 'text/event-stream' } })
  const received = new Map<string, number>()
  const list: Array<{ at: number, event: any }> = []
  const waiters = new Set<() => void>()
  void (async () => {
    const decoder = new TextDecoder()
    let buf = ''
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        const at = performance.now()
        buf += decoder.decode(chunk, { stream: true })
        let i: number
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i)
          buf = buf.slice(i + 2)
          for (const line of block.split('\n')) {
            if (!line.startsWith('data:')) continue
            const event = JSON.parse(line.slice(5))
            list.push({ at, event })
            if (event.event === 'MessageReceived' && !received.has(event.message.id)) received.set(event.message.id, at)
          }
        }
        for (const w of [...waiters]) w()
      }
    } catch {}
  })()
  const until = async (check: () => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<void> => {
    if (check()) return
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        if (!check()) return
        clearTimeout(timer)
        clearInterval(tick)
        waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(() => { clearInterval(tick); waiters.delete(done); reject(new Error(`timed out waiting for ${what}`)) }, timeoutMs)
      const tick = setInterval(done, 50)
      waiters.add(done)
    })
  }
  return { received, events: list, until, close: () => ctl.abort() }
}

/**
 * Diagnostics: what a device's services logged between `from` and `to` (Date.now() ms), as
 * lines `+seconds service message` (pino JSON lines of DATA/logs/*.log, `time` in ms or ISO;
 * lines `{"TRACE_STEP": …, "t": <ms>}` too, for temporary tracing). At most `max` lines.
 */
async function timeline (dataDir: string, from: number, to: number, max = 60): Promise<string[]> {
  const dir = join(dataDir, 'logs')
  const rows: Array<[number, string]> = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.log') || name === 'nats.log') continue
    for (const line of (await readFile(join(dir, name), 'utf8').catch(() => '')).split('\n')) {
      if (!line.startsWith('{')) continue
      let o: Record<string, unknown>
      try { o = JSON.parse(line) } catch { continue }
      const at = typeof o.time === 'number' ? o.time : typeof o.time === 'string' ? Date.parse(o.time) : typeof o.t === 'number' ? o.t : undefined
      const what = typeof o.TRACE_STEP === 'string' ? o.TRACE_STEP : typeof o.msg === 'string' ? o.msg : undefined
      if (at === undefined || Number.isNaN(at) || what === undefined || at < from || at > to) continue
      // the bench's own polling would drown the rest
      if (what === 'incoming request' || what === 'request completed') continue
      const extra = ['commits', 'err', 'checked'].filter((k) => o[k] !== undefined).map((k) => ` ${k}=${String(o[k]).slice(0, 80)}`).join('')
      rows.push([at, `+${((at - from) / 1000).toFixed(2)} s ${name.slice(0, -4)}: ${what}${extra}`])
    }
  }
  return rows.sort((x, y) => x[0] - y[0]).slice(0, max).map((r) => r[1])
}

/** Polls `fn` every `everyMs` until truthy. */
async function poll<T> (fn: () => Promise<T> | T, what: string, everyMs = 20, timeoutMs = TIMEOUT_MS): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < end) {
    try {
      const v = await fn()
      if (v) return v as NonNullable<T>
    } catch (err) { last = err }
    await new Promise((r) => setTimeout(r, everyMs))
  }
  throw new Error(`timed out waiting for ${what}${last === undefined ? '' : `: ${String(last)}`}`)
}

// The senders share these cores with the stacks measured: node:http with keep-alive costs them
// a fraction of what fetch() does (~1 ms of CPU per request here).
const agent = new Agent({ keepAlive: true, maxSockets: 16 })

async function send (d: Api, conv: string, body: string): Promise<string> {
  const payload = JSON.stringify({ body })
  const r = await new Promise<{ status: number, text: string }>((resolve, reject) => {
    const req = request(`${d.api}/v1/conversations/${conv}/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { text += chunk })
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, text }) })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(payload)
  })
  if (r.status !== 201) throw new Error(`send failed: ${r.status} ${r.text}`)
  return (JSON.parse(r.text) as { id: string }).id
}

async function isMember (d: Api, conv: string, uri: string): Promise<boolean> {
  const r = await http(d, 'GET', `/v1/conversations/${conv}/members`)
  return r.status === 200 && r.body.members.some((m: { uri: string, role: string }) => m.uri === uri && m.role === 'member')
}

/** `admin` invites `invitee`, who accepts; resolves when the invitee's join is on the admin's side. */
async function inviteAndAccept (admin: Api & { uri: string }, invitee: Api & { uri: string }, conv: string): Promise<void> {
  const inv = await http(admin, 'POST', `/v1/conversations/${conv}/members`, { uri: invitee.uri })
  if (inv.status !== 200) throw new Error(`invite failed: ${inv.status}`)
  await poll(async () => (await http(invitee, 'GET', '/v1/requests')).body.requests.some((q: { id: string }) => q.id === conv), 'the invitation', 100)
  const acc = await http(invitee, 'POST', `/v1/requests/${conv}/accept`)
  if (acc.status !== 202) throw new Error(`accept failed: ${acc.status}`)
  await poll(async () => {
    const r = await http(invitee, 'GET', `/v1/conversations/${conv}`)
    return r.status === 200 && r.body.syncing === false
  }, 'the clone', 100)
  await poll(async () => await isMember(admin, conv, invitee.uri), 'the join to reach the admin', 100)
}

const started: Device[] = []
async function device (name: string, extra: string[] = []): Promise<Device> {
  const d = await startDevice(name, extra)
  started.push(d)
  return d
}
async function stopAll (): Promise<void> {
  const list = started.splice(0)
  await Promise.all(list.map(async (d) => await d.stop()))
  await Promise.all(list.map(async (d) => await rm(d.dataDir, { recursive: true, force: true })))
}

/** SKARM_BENCH_SYNC_ONLY=<part of a section name> runs only the matching sections. */
const ONLY = process.env.SKARM_BENCH_SYNC_ONLY
async function section (name: string, fn: () => Promise<void>): Promise<void> {
  if (ONLY !== undefined && !name.includes(ONLY)) return
  try {
    await fn()
  } catch (err) {
    console.log(`${name}: FAILED: ${(err as Error).message}`)
    results.push([name, `failed: ${(err as Error).message.split('\n')[0]}`, '-'])
    process.exitCode = 1 // a figure that could not be measured fails the bench (a missed target does not)
  } finally {
    await stopAll()
  }
}

// 1–2: two stacks on loopback, B bootstrapped with A's address
await section('latency and burst A → B', async () => {
  const a = await device('bench-a')
  const b = await device('bench-b', ['--bootstrap', a.p2p[0]!])
  const conv = (await http(a, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
  await inviteAndAccept(a, b, conv)
  const fb = await feed(b)
  try {
    // 1. sequential latency
    for (let i = 0; i < 10; i++) {
      const id = await send(a, conv, `warm ${i}`)
      await fb.until(() => fb.received.has(id), 'a warm-up message on B')
    }
    const lat: number[] = []
    for (let i = 0; i < LATENCY_MESSAGES; i++) {
      const t = performance.now()
      const id = await send(a, conv, `latency ${i}`)
      await fb.until(() => fb.received.has(id), 'MessageReceived on B')
      lat.push(fb.received.get(id)! - t)
    }
    report('message latency A POST → B MessageReceived (loopback)', `p50 ${ms(pct(lat, 50))}, p99 ${ms(pct(lat, 99))} (${LATENCY_MESSAGES} sequential)`, 'p50 ≤ 15 ms, p99 ≤ 60 ms')

    // 2. burst
    const roots = { A: a.proc.pid, B: b.proc.pid }
    const cpu0 = cpuByService(roots)
    const sys0 = cpuByService(roots, 'kernel')
    const events0 = fb.events.length
    const client0 = process.cpuUsage()
    const ids: string[] = []
    let next = 0
    const t0 = performance.now()
    await Promise.all(Array.from({ length: BURST_CONCURRENCY }, async () => {
      while (next < BURST) {
        const i = next++
        ids.push(await send(a, conv, `burst ${i}`))
      }
    }))
    const sentMs = performance.now() - t0
    await fb.until(() => ids.every((id) => fb.received.has(id)), `all ${BURST} burst messages on B`)
    const lastAt = Math.max(...ids.map((id) => fb.received.get(id)!))
    const cpu = [...cpuByService(roots)].map(([k, v]) => [k, (v - (cpu0.get(k) ?? 0)) / BURST] as const).filter(([, v]) => v >= 0.05)
    console.log(`  CPU per message of the burst, ms: ${cpu.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')} (total ${cpu.reduce((t, [, v]) => t + v, 0).toFixed(2)})`)
    const sys = [...cpuByService(roots, 'kernel')].map(([k, v]) => [k, (v - (sys0.get(k) ?? 0)) / BURST] as const).filter(([, v]) => v >= 0.05)
    console.log(`  of which in the kernel, ms: ${sys.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')} (total ${sys.reduce((t, [, v]) => t + v, 0).toFixed(2)})`)
    const client = process.cpuUsage(client0)
    console.log(`  the bench client itself (8 HTTP senders on A, the event feed of B): ${((client.user + client.system) / 1000 / BURST).toFixed(2)} ms of CPU per message`)
    const imports = fb.events.slice(events0).filter((e) => e.event.event === 'ConversationSyncFinished').length
    console.log(`  imports on B during the burst: ${imports} (${(BURST / Math.max(imports, 1)).toFixed(1)} messages each)`)
    const seconds = (lastAt - t0) / 1000
    report(`burst of ${BURST} messages A → B (concurrency ${BURST_CONCURRENCY})`, `${Math.round(BURST / seconds)} messages/s delivered (all on B after ${seconds.toFixed(2)} s; sent in ${(sentMs / 1000).toFixed(2)} s)`, '≥ 300 messages/s')
  } finally {
    fb.close()
  }

})

// 2b. a burst written while B was away, delivered when it comes back (the backlog path:
// heads exchange, one fetch, one validation, one import)
await section('burst delivered on reconnect', async () => {
  const a = await device('bench-a')
  const b1 = await device('bench-b', ['--bootstrap', a.p2p[0]!])
  const conv = (await http(a, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
  await inviteAndAccept(a, b1, conv)
  await b1.stop()
  let next = 0
  await Promise.all(Array.from({ length: BURST_CONCURRENCY }, async () => {
    while (next < BURST) await send(a, conv, `away ${next++}`)
  }))
  const newest = async (d: Api): Promise<string | undefined> => (await http(d, 'GET', `/v1/conversations/${conv}/messages?limit=1`)).body?.messages?.[0]?.id
  const head = await newest(a)
  const t0 = performance.now()
  const b = await restartDevice(b1, ['--bootstrap', a.p2p[0]!])
  started.push(b)
  const ready = performance.now()
  await poll(async () => await newest(b) === head, `B to hold all ${BURST} messages`, 10)
  const seconds = (performance.now() - ready) / 1000
  report(`burst of ${BURST} messages written on A while B was away, delivered on B's return`, `${Math.round(BURST / seconds)} messages/s (all on B ${seconds.toFixed(2)} s after its stack was ready; the restart took ${((ready - t0) / 1000).toFixed(2)} s)`, '≥ 300 messages/s')
})

// 2c. rejoin: A restarted with `skarm up --data DIR` alone (no bootstrap, no mDNS) finds B again
// from what it remembers (DATA/peers.json, its own port; docs/sync.md, "Rejoining after a restart")
await section('rejoin after a restart', async () => {
  // A first on an ephemeral port: B's bootstrap address is gone once A is back on its own port
  const a1 = await device('bench-a')
  const b = await startDevice('bench-b', ['--bootstrap', a1.p2p[0]!], { ownPorts: true })
  started.push(b)
  const conv = (await http(a1, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
  await inviteAndAccept(a1, b, conv)
  await poll(async () => (await readFile(join(a1.dataDir, 'peers.json'), 'utf8').catch(() => '')).includes(b.deviceId), 'A to remember B', 100)
  await a1.stop()
  const t0 = performance.now()
  const a = await restartDevice(a1, [], { ownPorts: true })
  started.push(a)
  const ready = performance.now()
  const id = await send(b, conv, 'are you back?')
  await poll(async () => (await http(a, 'GET', `/v1/conversations/${conv}/messages?limit=5`)).body?.messages?.some((m: { id: string }) => m.id === id), 'B\'s message on A', 20)
  const done = performance.now()
  report('rejoin: `skarm up --data DIR` alone → first message of a peer delivered', `${((done - t0) / 1000).toFixed(2)} s (the stack start ${((ready - t0) / 1000).toFixed(2)} s, then ${((done - ready) / 1000).toFixed(2)} s to the message)`, 'printed')
})

// 3. first sync of a big conversation, generated on A's disk (same account as A)
await section(`first sync of ${N} commits`, async () => {
  const a = await device('bench-a')
  const b = await device('bench-b', ['--bootstrap', a.p2p[0]!])
  const identity = await loadIdentity(a.dataDir)
  let t = performance.now()
  // N - 1 generated + the invitation = N commits in the clone (SPEC.md §5 caps one fetch at
  // 10,000 commits, FETCH_MAX_COMMITS: a clone of more is refused with OnConversationError)
  const big = await generateConversation(join(a.dataDir, 'conversations'), identity, N - 1)
  console.log(`generated ${N - 1} commits on A in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  await poll(async () => (await http(a, 'GET', `/v1/conversations/${big.id}`)).status === 200, 'A to see the generated conversation', 100)
  const inv = await http(a, 'POST', `/v1/conversations/${big.id}/members`, { uri: b.uri })
  if (inv.status !== 200) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`)
  await poll(async () => (await http(b, 'GET', '/v1/requests')).body.requests.some((q: { id: string }) => q.id === big.id), 'the invitation to the big conversation', 50)
  const fb2 = await feed(b)
  try {
    t = performance.now()
    const acceptedAt = Date.now()
    const acc = await http(b, 'POST', `/v1/requests/${big.id}/accept`)
    if (acc.status !== 202) throw new Error(`accept failed: ${acc.status}`)
    const listed = await poll(async () => {
      const error = fb2.events.find((e) => e.event.event === 'OnConversationError' && e.event.conversationId === big.id)
      if (error !== undefined) return { error: JSON.stringify(error.event) }
      const r = await http(b, 'GET', '/v1/conversations')
      return r.body.conversations.some((c: { id: string, syncing: boolean }) => c.id === big.id && !c.syncing) ? { error: undefined } : undefined
    }, `B to list the big conversation with syncing false (${FIRST_SYNC_TIMEOUT_MS / 1000} s, i.e. under ${Math.round(N / (FIRST_SYNC_TIMEOUT_MS / 1000))} commits/s)`, 20, FIRST_SYNC_TIMEOUT_MS)
    if (listed.error !== undefined) throw new Error(`the clone failed on B: ${listed.error}`)
    await poll(async () => {
      const r = await http(b, 'GET', `/v1/conversations/${big.id}/messages?limit=50`)
      return r.status === 200 && r.body.messages.length === 50
    }, 'B to load the newest messages')
    const total = (performance.now() - t) / 1000
    await fb2.until(() => fb2.events.some((e) => e.event.event === 'ConversationReady' && e.event.conversationId === big.id), 'ConversationReady', 10_000).catch(() => {})
    const ready = fb2.events.find((e) => e.event.event === 'ConversationReady' && e.event.conversationId === big.id)
    const readyNote = ready === undefined ? 'no ConversationReady seen' : `ConversationReady after ${((ready.at - t) / 1000).toFixed(2)} s`
    report(`first sync of ${N} commits (accept → cloned, validated, listed, newest 50 loaded)`, `${Math.round(N / total)} commits/s (${total.toFixed(2)} s; ${readyNote})`, '≥ 2,000 commits/s')
    // (the transport logs `conversation cloned` once the store's install answered: up to 2 s more)
    console.log(`  B's logs from the accept to 2 s after the newest 50 loaded (+${total.toFixed(2)} s):`)
    for (const line of await timeline(b.dataDir, acceptedAt, acceptedAt + total * 1000 + 2000)) console.log(`    ${line}`)
  } finally {
    fb2.close()
  }
})

// 4. convergence after a heal, in network namespaces
await section('convergence after a heal', async () => {
  if (process.getuid?.() !== 0) {
    report('convergence after a heal', 'skipped: @skarm/sim needs root (network namespaces)', '≤ 3 s')
    return
  }
  const net = await createNetwork({ name: 'bench' })
  try {
    const devs: SimDevice[] = []
    for (const h of ['a', 'b', 'c']) {
      await net.addHost(h)
      devs.push(await net.startDevice(h, `bench-${h}`, { bootstrap: devs[0]?.p2p }))
    }
    const [a, b, c] = devs as [SimDevice, SimDevice, SimDevice]
    const conv = (await http(a, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
    await inviteAndAccept(a, b, conv)
    await inviteAndAccept(a, c, conv)
    const same = async (): Promise<string[] | undefined> => {
      const hs = await Promise.all(devs.map(async (d) => (await history(d, conv)).map((m) => m.id)))
      return hs.every((h) => JSON.stringify(h) === JSON.stringify(hs[0])) ? hs[0] : undefined
    }
    await poll(same, 'the three devices to agree before the split', 100)
    await net.partition([['a', 'b'], ['c']])
    const sent = [await send(a, conv, 'split a'), await send(b, conv, 'split b'), await send(c, conv, 'split c')]
    // the {A,B} side converges on its own before the heal
    await poll(async () => {
      const [ha, hb] = await Promise.all([history(a, conv), history(b, conv)])
      return sent.slice(0, 2).every((id) => ha.some((m) => m.id === id) && hb.some((m) => m.id === id))
    }, 'the {A,B} side to converge', 100)
    const t = performance.now()
    await net.heal()
    await poll(async () => {
      const h = await same()
      return h !== undefined && sent.every((id) => h.includes(id))
    }, 'identical histories after the heal', 20)
    const seconds = (performance.now() - t) / 1000
    report('convergence after a heal (3 devices in namespaces, {A,B}|{C}, each side sent)', `${seconds.toFixed(2)} s`, '≤ 3 s')
  } finally {
    await net.destroy()
  }
})

// 5. one message to ten devices (loopback stacks, each bootstrapped with the first one)
await section(`fan-out to ${FANOUT_DEVICES} devices`, async () => {
  const devs: Device[] = [await device('bench-f1')]
  for (let i = 2; i <= FANOUT_DEVICES; i++) devs.push(await device(`bench-f${i}`, ['--bootstrap', devs[0]!.p2p[0]!]))
  const [first, ...rest] = devs as [Device, ...Device[]]
  const conv = (await http(first, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
  for (const d of rest) await inviteAndAccept(first, d, conv)
  const feeds = await Promise.all(rest.map(async (d) => await feed(d)))
  try {
    // every device has every join: wait until a warm-up message reaches all
    const warm = await send(first, conv, 'warm-up')
    await Promise.all(feeds.map(async (f) => { await f.until(() => f.received.has(warm), 'the warm-up message everywhere') }))
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      const id = await send(first, conv, `fan-out ${i}`)
      await Promise.all(feeds.map(async (f) => { await f.until(() => f.received.has(id), 'the message everywhere') }))
      times.push(Math.max(...feeds.map((f) => f.received.get(id)!)) - t)
    }
    report(`one message to all of ${FANOUT_DEVICES} devices (loopback, MessageReceived on the last)`, `median ${ms(pct(times, 50))}, max ${ms(Math.max(...times))} (5 messages)`, 'printed')
  } finally {
    for (const f of feeds) f.close()
  }
})

console.log('\nsummary (sync)')
for (const [n, val, target] of results) console.log(`  ${n}: ${val} [target ${target}]`)
agent.destroy()
