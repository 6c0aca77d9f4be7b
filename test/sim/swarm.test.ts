// Swarm scenarios (issue 3) over the simulation harness, black-box: only the HTTP API of
// API.md. Each scenario gets its own simulated LAN; devices find each other by mDNS and are
// also given the first device as bootstrap (API.md: that is enough to find everything else).
//
// Project `sim` (vitest.config.ts): `npm test` runs it after the other projects. Variables:
// SKARM_SIM_SYNC_TIMEOUT_MS (default 180 s), SKARM_SIM_KEEP=1 keeps the data folders,
// SKARM_SIM_TEN=1 runs the ten-device scenario too (see its comment).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { api, history, type SimDevice, type SimNetwork } from '@skarm/sim'
import { ROUTING_K, routingTable, tableCapacity } from '@skarm/transport'
import { events, waitFor } from '../helpers/device.ts'
import { SYNC_TIMEOUT_MS, bodies, converged, createConversation, destroyNetworksAfterEach, ids, inviteAndAccept, messageIds, send, swarm } from '../helpers/sim.ts'

const run = promisify(execFile)

destroyNetworksAfterEach()

/** One device's transport connections, as the kernel sees them. */
interface Links {
  /** Indexes (in `devices`) of the devices it has a transport connection with, either direction. */
  peers: Set<number>
  /** Of those, the ones it dialed (outbound: the local port is not its listen port). */
  outbound: Set<number>
}

/**
 * The transport connections of every device: the established TCP sockets of its transport
 * process (pid from `GET /v1/health`), read with `ss` inside its host's namespace; the remote
 * address names the other host.
 */
async function transportLinks (net: SimNetwork, devices: SimDevice[]): Promise<Links[]> {
  const hostOf = new Map<string, number>()
  const listenPort = devices.map((d, i) => {
    const m = d.p2p.map((a) => /^\/ip4\/(10\.[\d.]+)\/tcp\/(\d+)\//.exec(a)).find((x) => x !== null)
    if (m == null) throw new Error(`${d.name} has no data address in ${d.p2p.join(' ')}`)
    hostOf.set(m[1]!, i)
    return m[2]!
  })
  return await Promise.all(devices.map(async (d, i) => {
    const health = await api(d, 'GET', '/v1/health')
    const pid = health.body?.services?.transport?.pid as number | undefined
    if (pid === undefined) throw new Error(`${d.name}: no transport pid in /v1/health`)
    const r = await net.exec(`h${i + 1}`, ['ss', '-Htnp', 'state', 'established'])
    const links: Links = { peers: new Set(), outbound: new Set() }
    for (const line of r.stdout.split('\n')) {
      const m = /(\S+):(\d+)\s+(\S+):(\d+)\s+users:.*pid=(\d+),/.exec(line)
      if (m == null || Number(m[5]) !== pid) continue
      const j = hostOf.get(m[3]!)
      if (j === undefined || j === i) continue
      links.peers.add(j)
      if (m[2] !== listenPort[i]) links.outbound.add(j)
    }
    return links
  }))
}

/** A deterministic pseudo-random generator (mulberry32) so a failing schedule can be replayed. */
function random (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('swarm over a simulated LAN', () => {
  it('three devices invite, accept and chat; every device shows the same order and gets MessageReceived', async () => {
    const { devices: [a, b, c] } = await swarm(3, 'three')
    const cEvents = await events(c!)
    try {
      const conv = await createConversation(a!)
      await inviteAndAccept(a!, b!, conv)
      await inviteAndAccept(a!, c!, conv)
      const sent: string[] = []
      for (let round = 0; round < 3; round++) {
        sent.push(...await Promise.all([a!, b!, c!].map(async (d) => await send(d, conv, `${d.name} says ${round}`))))
      }
      const h = await converged([a!, b!, c!], conv, sent, 'the three histories to match')
      expect(bodies(h).sort()).toEqual(['d1', 'd2', 'd3'].flatMap((n) => [0, 1, 2].map((r) => `${n} says ${r}`)).sort())
      const members = await api(b!, 'GET', `/v1/conversations/${conv}/members`)
      expect(Object.fromEntries((members.body.members as Array<{ uri: string, role: string }>).map((m) => [m.uri, m.role])))
        .toEqual({ [a!.uri]: 'admin', [b!.uri]: 'member', [c!.uri]: 'member' })
      await waitFor(() => sent.every((id) => cEvents.list.some((e) => e.event === 'MessageReceived' && e.conversationId === conv && e.message?.id === id)), SYNC_TIMEOUT_MS, 'MessageReceived on d3 for every message')
    } finally {
      cEvents.close()
    }
  })

  it('an offline device catches up when it comes back', async () => {
    const { net, devices: [a, b, c] } = await swarm(3, 'offline')
    const conv = await createConversation(a!)
    await inviteAndAccept(a!, b!, conv)
    await inviteAndAccept(a!, c!, conv)
    const before = await send(c!, conv, 'before going away')
    await converged([a!, b!, c!], conv, [before], 'the first message everywhere')
    expect(await c!.stop()).toBe(0)
    const whileAway = [await send(a!, conv, 'while d3 is away 1'), await send(b!, conv, 'while d3 is away 2'), await send(a!, conv, 'while d3 is away 3')]
    await converged([a!, b!], conv, whileAway, 'd1 and d2 to agree')
    const back = await net.startDevice('h3', 'd3', { dataDir: c!.dataDir, bootstrap: a!.p2p })
    expect(back.uri).toBe(c!.uri)
    const h = await converged([a!, b!, back], conv, [before, ...whileAway], 'd3 to catch up')
    expect(bodies(h).sort()).toEqual(['before going away', 'while d3 is away 1', 'while d3 is away 2', 'while d3 is away 3'])
    // only causally related messages have a fixed order (d2 may have written 2 before it had 1)
    const order = bodies(h)
    expect(order[0]).toBe('before going away')
    expect(order.indexOf('while d3 is away 1')).toBeLessThan(order.indexOf('while d3 is away 3'))
  })

  it('a split {d1,d2} | {d3}: both sides chat, and after heal all converge in one order with a merge commit', async () => {
    const { net, devices: [a, b, c] } = await swarm(3, 'split')
    const conv = await createConversation(a!)
    await inviteAndAccept(a!, b!, conv)
    await inviteAndAccept(a!, c!, conv)
    const first = await send(a!, conv, 'all together')
    await converged([a!, b!, c!], conv, [first], 'the first message everywhere')

    await net.partition([['h1', 'h2'], ['h3']])
    // left 2 is written after d2 has left 1: a causal order any merge must keep
    const left = [await send(a!, conv, 'left 1')]
    await converged([a!, b!], conv, left, 'd2 to have left 1')
    left.push(await send(b!, conv, 'left 2'))
    const right = [await send(c!, conv, 'right 1'), await send(c!, conv, 'right 2')]
    await converged([a!, b!], conv, left, 'the left side to agree')
    // nothing crossed the cut
    expect(ids(await history(a!, conv)).filter((id) => right.includes(id))).toEqual([])
    expect(ids(await history(c!, conv)).filter((id) => left.includes(id))).toEqual([])

    await net.heal()
    const h = await converged([a!, b!, c!], conv, [first, ...left, ...right], 'all three after heal')
    expect(h.some((m) => m.parents.length === 2)).toBe(true)
    expect(bodies(h).sort()).toEqual(['all together', 'left 1', 'left 2', 'right 1', 'right 2'].sort())
    // causal order is kept (d3's two messages: one device, one after the other)
    const order = bodies(h)
    expect(order.indexOf('left 1')).toBeLessThan(order.indexOf('left 2'))
    expect(order.indexOf('right 1')).toBeLessThan(order.indexOf('right 2'))
  })

  // Many concurrent merges here: devices meet heads that differ only by merges and move to the
  // higher one. (This scenario once ended split on such heads: a merge that had left a device's
  // branch was still remembered as its own, and its announce dropped; see SyncEngine.imported.)
  it('ten devices in one swarm all receive every message, over bounded connections (not all-to-all)', async () => {
    // mDNS only: every device finds every other one, and the routing tables decide
    const { net, devices } = await swarm(10, 'ten', true)
    const [admin, ...others] = devices
    const conv = await createConversation(admin!)
    for (const d of others) await inviteAndAccept(admin!, d, conv)
    const sent = await Promise.all(devices.map(async (d) => await send(d, conv, `hello from ${d.name}`)))
    const h = await converged(devices, conv, sent, 'ten histories to match')
    expect(bodies(h).sort()).toEqual(devices.map((d) => `hello from ${d.name}`).sort())

    // The swarm settles (strangers' and invitations' connections closed after their grace
    // period) to what the routing tables desire: each device dials at most K devices per
    // bucket of its table, so its OUTBOUND connections are at most its table's capacity, and
    // the connections still join every device to every other one.
    const ids = devices.map((d) => d.deviceId)
    const capacity = ids.map((id) => tableCapacity(id, ids))
    // A pair is forced when one side's bucket holding the other has at most K devices: then
    // every table desires it. Only when the ids force all 45 pairs may the swarm be all-to-all.
    const bucketSize = (a: string, b: string): number => {
      const bucket = routingTable(a, ids).buckets.find((x) => [...x.desired, ...x.known].includes(b))!
      return bucket.desired.length + bucket.known.length
    }
    let forcedPairs = 0
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (bucketSize(ids[i]!, ids[j]!) <= ROUTING_K || bucketSize(ids[j]!, ids[i]!) <= ROUTING_K) forcedPairs++
    const pairsOf = (links: Links[]): number => links.reduce((n, l, i) => n + [...l.peers].filter((j) => j > i).length, 0)
    /** True when the connections join every device to every other one (through others). */
    const joined = (links: Links[]): boolean => {
      const seen = new Set([0])
      const queue = [0]
      while (queue.length > 0) for (const j of links[queue.pop()!]!.peers) if (!seen.has(j)) { seen.add(j); queue.push(j) }
      return seen.size === links.length
    }
    let links: Links[] = []
    try {
      links = (await waitFor(async () => {
        links = await transportLinks(net, devices)
        const settled = links.every((l, i) => l.outbound.size <= capacity[i]!) && joined(links)
        return settled && (forcedPairs === 45 || pairsOf(links) < 45) ? links : undefined
      }, SYNC_TIMEOUT_MS, 'the connections to settle to the routing tables'))!
    } catch (err) {
      throw new Error(`${(err as Error).message}\nlast seen (peers/outbound/capacity): ${links.map((l, i) => `${devices[i]!.name} ${l.peers.size}/${l.outbound.size}/${capacity[i]}`).join(', ')}`)
    }
    const pairs = pairsOf(links)
    console.log(`ten devices: ${pairs} connected pairs of 45 (forced by the ids: ${forcedPairs}); peers/outbound/capacity per device: ${links.map((l, i) => `${devices[i]!.name} ${l.peers.size}/${l.outbound.size}/${capacity[i]}`).join(', ')}`)
    if (forcedPairs < 45) expect(pairs).toBeLessThan(45)
    expect(joined(links)).toBe(true)
    for (const [i, l] of links.entries()) expect(l.outbound.size).toBeLessThanOrEqual(capacity[i]!)

    // and over these bounded connections, gossip still brings every message to every device
    const more = await Promise.all(devices.map(async (d) => await send(d, conv, `again from ${d.name}`)))
    const h2 = await converged(devices, conv, [...sent, ...more], 'ten histories to match over bounded connections')
    expect(bodies(h2).filter((b) => b.startsWith('again')).sort()).toEqual(devices.map((d) => `again from ${d.name}`).sort())
  })

  it('a peer offering a forged commit is refused while the honest devices keep syncing', async () => {
    const { devices: [a, b, c] } = await swarm(3, 'forged')
    const conv = await createConversation(a!)
    await inviteAndAccept(a!, b!, conv)
    await inviteAndAccept(a!, c!, conv)
    const first = await send(a!, conv, 'all honest')
    await converged([a!, b!, c!], conv, [first], 'the first message everywhere')
    const [aEvents, bEvents] = [await events(a!), await events(b!)]
    try {
      // d2 turns bad: behind its store's back, an unsigned commit in its name; then an honest
      // message on top, which its store signs and sends to its peers
      const repo = join(b!.dataDir, 'conversations', conv)
      const head = (await run('git', ['--git-dir', repo, 'rev-parse', 'refs/heads/main'])).stdout.trim()
      const env = { ...process.env, GIT_AUTHOR_NAME: b!.uri, GIT_AUTHOR_EMAIL: b!.deviceId, GIT_COMMITTER_NAME: b!.uri, GIT_COMMITTER_EMAIL: b!.deviceId }
      const forged = (await run('git', ['--git-dir', repo, 'commit-tree', `${head}^{tree}`, '-p', head, '-m', '{"type":"text/plain","body":"forged"}'], { env })).stdout.trim()
      await run('git', ['--git-dir', repo, 'update-ref', 'refs/heads/main', forged, head])
      const onTop = await send(b!, conv, 'on top of the forgery')
      // d1 refuses it (OnConversationError names the forged commit), and d2 is told
      await waitFor(() => aEvents.list.some((e) => e.event === 'OnConversationError' && e.conversationId === conv && e.code === 2 && String(e.what).includes(forged)), SYNC_TIMEOUT_MS, 'the refusal on d1')
      await waitFor(() => bEvents.list.some((e) => e.event === 'OnConversationError' && e.conversationId === conv && e.code === 5 && String(e.what).includes(forged)), SYNC_TIMEOUT_MS, 'd2 to be told')
      // d1 and d3 go on chatting; neither ever holds the forgery or what was built on it
      const honest = [await send(a!, conv, 'still here'), await send(c!, conv, 'me too')]
      const h = await converged([a!, c!], conv, [first, ...honest], 'd1 and d3 to agree')
      expect(ids(h)).not.toContain(forged)
      expect(ids(h)).not.toContain(onTop)
      expect(bodies(h)[0]).toBe('all honest')
      expect(bodies(h).sort()).toEqual(['all honest', 'me too', 'still here'].sort())
    } finally {
      aEvents.close()
      bEvents.close()
    }
  })

  it('a bounded random partition schedule always ends converged with no message lost', async () => {
    const seed = 20261125
    const rand = random(seed)
    const { net, devices } = await swarm(4, 'chaos')
    const hosts = devices.map((_, i) => `h${i + 1}`)
    const conv = await createConversation(devices[0]!)
    for (const d of devices.slice(1)) await inviteAndAccept(devices[0]!, d, conv)
    const sent: string[] = []
    /** Every message (non-merge commit) a device showed at some point: none may be lost. */
    const shown = new Set<string>()
    const ROUNDS = 6
    for (let round = 0; round < ROUNDS; round++) {
      // 1 to 3 groups, each host in a random one (a group of one host is a host cut off)
      const groupCount = 1 + Math.floor(rand() * 3)
      const groups: string[][] = Array.from({ length: groupCount }, () => [])
      for (const h of hosts) groups[Math.floor(rand() * groupCount)]!.push(h)
      const nonEmpty = groups.filter((g) => g.length > 0)
      await net.partition(nonEmpty)
      for (const d of devices) {
        if (rand() < 0.7) sent.push(await send(d, conv, `seed ${seed} round ${round} from ${d.name}`))
      }
      // every group agrees before the next cut (a group only syncs within itself) and loses no
      // message any of its devices showed. Merge commits carry no message and may leave the
      // branch (docs/sync.md, concurrent merges: every device moves to the higher head), so
      // only non-merge commits are required to stay.
      for (const g of nonEmpty) {
        const members = g.map((h) => devices[hosts.indexOf(h)]!)
        const mine = new Set<string>()
        for (const m of members) for (const id of messageIds(await history(m, conv))) mine.add(id)
        for (const id of mine) shown.add(id)
        await converged(members, conv, [...mine], `round ${round}: group ${g.join(',')} to agree`)
      }
    }
    await net.heal()
    const h = await converged(devices, conv, [...new Set([...sent, ...shown])], `seed ${seed}: all devices after the last heal`)
    expect(h.filter((m) => m.type === 'text/plain')).toHaveLength(sent.length)
  })
})
