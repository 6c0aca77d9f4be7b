// Reaching devices behind NATs, for real on 127.0.0.1: a relay A (circuit relay v2 server), two
// devices B and C that may not dial each other directly (a connection gater denies every
// non-relayed dial between them), both reserving on A. C reaches B through A: hello, heads,
// announces and git fetches run on the relayed (limited) connection. Also the relay's limits,
// AutoNAT's verdict on loopback, and QUIC.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { ConnectionGater, Stream } from '@libp2p/interface'
import { addDevice, createIdentity, type Identity } from '@skarm/identity'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ConnectionManager, createLibp2pNode, isCircuit, openStream, RELAY_LIMITS, SyncEngine,
  type ImportOutcome, type SyncBackend, type TransportNode, type TransportNodeInit
} from '../src/index.ts'
import { certifiedNode, deviceKey, git, grow, logger, loopbackNode, waitFor } from './helpers.ts'

const run = promisify(execFile)
const CONV = 'd'.repeat(40)

const running: Array<{ stop: () => Promise<void> }> = []
afterEach(async () => { for (const r of running.splice(0).reverse()) await r.stop() })

function keep<T extends { stop: () => Promise<void> }> (x: T): T {
  running.push(x)
  return x
}

/** Denies every direct (non-relayed) dial to the peers in `blocked`. */
function noDirectDials (blocked: Set<string>): ConnectionGater {
  return {
    denyDialMultiaddr: (ma: Multiaddr) => {
      const target = ma.getComponents().findLast((c) => c.name === 'p2p')?.value
      return !isCircuit(ma) && target !== undefined && blocked.has(target)
    }
  }
}

/** A relay and two devices reserving on it that may only reach each other through it. */
async function relayed (b: Identity, c: Identity, relayInit: Partial<TransportNodeInit> = {}): Promise<{ relay: TransportNode, nodeB: TransportNode, nodeC: TransportNode }> {
  const relay = keep(await loopbackNode({ relay: true, ...relayInit }))
  const blocked = new Set<string>()
  const bootstrap = [relay.addresses()[0]!]
  const nodeB = keep(await certifiedNode(b, { bootstrap, connectionGater: noDirectDials(blocked) }))
  const nodeC = keep(await certifiedNode(c, { bootstrap, connectionGater: noDirectDials(blocked) }))
  blocked.add(nodeB.peerId.toString())
  blocked.add(nodeC.peerId.toString())
  // both reserve a slot on the relay (they listen on /p2p-circuit) and advertise the address
  await waitFor(() => nodeB.network().relays.includes(relay.peerId.toString()) && nodeC.network().relays.length > 0)
  return { relay, nodeB, nodeC }
}

describe('circuit relay v2', () => {
  it('devices reserve on the relay, advertise /p2p-circuit addresses, and reach each other through it (hello)', async () => {
    const { relay, nodeB, nodeC } = await relayed(await createIdentity('bob'), await createIdentity('carol'))
    const circuit = nodeB.addresses().filter((a) => isCircuit(a))
    expect(circuit.length).toBeGreaterThan(0)
    // full dialable address: the relay's, then /p2p-circuit, then ours
    expect(circuit[0]).toMatch(new RegExp(`/p2p/${relay.peerId.toString()}/p2p-circuit/p2p/${nodeB.peerId.toString()}$`))
    expect(nodeB.network()).toMatchObject({ relays: [relay.peerId.toString()], relayServer: false, relayAddresses: expect.arrayContaining([expect.stringContaining('/p2p-circuit')]) })
    expect(relay.network()).toMatchObject({ relayServer: true, reservationsServed: 2, relays: [] })
    // routing keeps the relay like a bootstrap peer
    expect(nodeB.relayPeers()).toEqual([relay.peerId.toString()])

    // a direct dial is refused; the relayed one works and hello runs on it (both learn each other)
    await expect(nodeC.libp2p.dial(multiaddr(nodeB.addresses().find((a) => !isCircuit(a))!))).rejects.toThrow()
    await nodeC.libp2p.dial(multiaddr(circuit[0]!))
    await waitFor(() => nodeC.identityOf(nodeB.peerId) !== undefined && nodeB.identityOf(nodeC.peerId) !== undefined)
    expect(nodeC.identityOf(nodeB.peerId)?.deviceId).toBe(nodeB.deviceId)
    expect(nodeC.identityOf(nodeB.peerId)?.accountUri).toBeDefined()
    const toB = nodeC.peers().find((p) => p.peerId === nodeB.peerId.toString())!
    expect(toB).toMatchObject({ direct: 0, relayed: 1 })
    expect(nodeC.network().relayedConnections).toBe(1)
    expect(nodeC.network().directConnections).toBe(1) // the relay
    // an explicit hello too, on the same limited connection (no new dial)
    expect((await nodeC.hello(nodeB.peerId)).deviceId).toBe(nodeB.deviceId)
    expect(nodeC.libp2p.getConnections(nodeB.peerId)).toHaveLength(1)
  })

  it('heads, announces and git fetches run on the relayed connection', async () => {
    const alice = await createIdentity('alice')
    const alice2 = await addDevice(alice)
    const { nodeB, nodeC } = await relayed(alice, alice2)
    // B holds the conversation at c2; C has it at c1
    const dir = await mkdtemp(join(tmpdir(), 'nat-sync-'))
    keep({ stop: async () => { await rm(dir, { recursive: true, force: true }) } })
    const repoB = join(dir, 'b.git')
    await run('git', ['init', '-q', '--bare', '-b', 'main', repoB])
    const c1 = await grow(repoB, 1, 'one')
    const repoC = join(dir, 'c.git')
    await run('git', ['clone', '-q', '--bare', repoB, repoC])
    const c2 = await grow(repoB, 3, 'two')
    const heads: Record<string, string> = { b: c2, c: c1 }
    const imported: string[] = []
    const backend = (identity: Identity, who: 'b' | 'c', repo: string): SyncBackend => ({
      ownUri: identity.uri,
      ownDeviceId: identity.deviceId,
      listHeads: async () => [{ conversationId: CONV, head: heads[who]!, role: 'member', members: [], title: '', description: '', avatar: '' }],
      authorize: async (id) => id === CONV ? { allowed: true, repoPath: repo, head: heads[who]!, role: 'member' } : { allowed: false, repoPath: '', head: '', role: '' },
      validateRange: async () => ({ ok: true, invalidCommit: '', rule: '', message: '' }),
      importQuarantine: async (_id, _path, tip): Promise<ImportOutcome> => {
        imported.push(tip)
        return { head: tip, commits: [tip], merged: false }
      },
      install: async () => { throw new Error('not in this test') },
      addRequest: async () => false,
      acceptedRequests: async () => [],
      reportError: () => {}
    })
    const engineB = keep(new SyncEngine({ node: nodeB, backend: backend(alice, 'b', repoB), dataDir: join(dir, 'b-data'), logger }))
    const engineC = keep(new SyncEngine({ node: nodeC, backend: backend(alice2, 'c', repoC), dataDir: join(dir, 'c-data'), logger }))
    await engineB.start()
    await engineC.start()

    // C dials B through the relay: hello, then heads; C lacks c2 and fetches it over the tunnel
    await nodeC.libp2p.dial(multiaddr(nodeB.addresses().find((a) => isCircuit(a))!))
    await waitFor(() => imported.includes(c2))
    // an announce of a new commit (a push of its objects, or a fetch) reaches C the same way
    const c3 = await grow(repoB, 1, 'three')
    heads.b = c3
    engineB.announceLocal(CONV, c3)
    await waitFor(() => imported.includes(c3))
    // all of it on the one relayed connection: no direct connection between B and C exists
    const conns = nodeC.libp2p.getConnections(nodeB.peerId)
    expect(conns.length).toBeGreaterThan(0)
    expect(conns.every((c) => c.limits !== undefined && isCircuit(c.remoteAddr))).toBe(true)
    expect(await git(repoB, ['rev-list', '--count', c3])).toBe('5')
  })
})

describe('routing and relays', () => {
  it('never closes the connection to a relay we hold a reservation on, and counts a relayed peer as connected', async () => {
    const relay = keep(await loopbackNode({ relay: true }))
    const stranger = keep(await loopbackNode())
    const b = keep(await loopbackNode())
    const c = keep(await loopbackNode())
    // no bootstrap: b meets the relay and a stranger by plain dials (both outbound, both undesired)
    await b.libp2p.dial(multiaddr(relay.addresses()[0]!))
    await b.libp2p.dial(multiaddr(stranger.addresses()[0]!))
    await waitFor(() => b.relayPeers().includes(relay.peerId.toString()))
    expect(b.bootstrapPeers()).toEqual([])
    // c reaches b through the relay: b's routing counts c as connected (no dial planned)
    await c.libp2p.dial(multiaddr(relay.addresses()[0]!))
    await c.libp2p.dial(multiaddr(b.addresses().find((a) => isCircuit(a))!))
    await waitFor(() => b.identityOf(c.peerId) !== undefined)
    const manager = keep(new ConnectionManager({ node: b, logger, conversations: async () => [[b.deviceId, c.deviceId]], graceMs: 0, settleMs: 0, intervalMs: 3_600_000 }))
    const plan = await manager.round()
    expect(plan.desired).toEqual(new Set([c.deviceId]))
    expect(plan.dial).toEqual([])
    expect(plan.close).toEqual([stranger.peerId.toString()])
    await waitFor(() => b.libp2p.getConnections(stranger.peerId).length === 0)
    expect(b.libp2p.getConnections(relay.peerId).length).toBeGreaterThan(0)
  })
})

describe('relay limits', () => {
  it('refuses reservations beyond the maximum', async () => {
    const relay = keep(await loopbackNode({ relay: { ...RELAY_LIMITS, maxReservations: 1 } }))
    const bootstrap = [relay.addresses()[0]!]
    const first = keep(await loopbackNode({ bootstrap }))
    await waitFor(() => first.network().relays.length > 0)
    // a node that insists on this relay (listening on it) is refused: its start fails
    const key = await deviceKey()
    await expect(createLibp2pNode({ privateKey: key.privateKey, listen: ['/ip4/127.0.0.1/tcp/0', `${bootstrap[0]!}/p2p-circuit`], nat: true }))
      .rejects.toThrow(/RESERVATION_REFUSED|reservation failed/)
    expect(relay.network().reservationsServed).toBe(1)
  })

  it('resets a relayed connection past its data limit', async () => {
    const { relay, nodeB, nodeC } = await relayed(await createIdentity('bob'), await createIdentity('carol'), { relay: { ...RELAY_LIMITS, dataLimitBytes: 256 * 1024 } })
    expect(relay.network().reservationsServed).toBe(2)
    const size = 2 * 1024 * 1024
    await nodeB.libp2p.handle('/test/bytes/1.0.0', async (stream: Stream) => {
      const chunk = new Uint8Array(16 * 1024)
      try {
        for (let sent = 0; sent < size; sent += chunk.byteLength) if (!stream.send(chunk)) await stream.onDrain()
        await stream.close()
      } catch {}
    }, { runOnLimitedConnection: true })
    await nodeC.libp2p.dial(multiaddr(nodeB.addresses().find((a) => isCircuit(a))!))
    await waitFor(() => nodeC.identityOf(nodeB.peerId) !== undefined)
    const stream = await openStream(nodeC.libp2p, nodeB.peerId, '/test/bytes/1.0.0')
    let received = 0
    // the relay resets the relayed connection: the stream ends early (or errors)
    await (async () => { for await (const chunk of stream) received += chunk.byteLength })().catch(() => {})
    expect(received).toBeLessThan(size)
    await waitFor(() => nodeC.libp2p.getConnections(nodeB.peerId).length === 0)
    expect(received).toBeLessThanOrEqual(256 * 1024)
  })
})

describe('AutoNAT', () => {
  it('on loopback every address is private: a device is "nat" (never "public" without a verified public address)', async () => {
    const a = keep(await loopbackNode())
    const b = keep(await loopbackNode({ bootstrap: [a.addresses()[0]!] }))
    await waitFor(() => b.identityOf(a.peerId) !== undefined)
    expect(a.network().reachability).toBe('nat')
    expect(b.network().reachability).toBe('nat')
    expect(b.network()).toMatchObject({ quic: false, relayedConnections: 0, directConnections: 1 })
  })
})

describe('QUIC', () => {
  it('two nodes connect over QUIC and exchange hello', async () => {
    const a = keep(await loopbackNode({ quic: true }))
    const b = keep(await loopbackNode({ quic: true }))
    const quicAddr = a.addresses().find((x) => x.includes('/quic-v1'))
    expect(quicAddr).toBeDefined()
    expect(a.network().quic).toBe(true)
    await b.libp2p.dial(multiaddr(quicAddr!))
    await waitFor(() => b.identityOf(a.peerId) !== undefined && a.identityOf(b.peerId) !== undefined)
    expect(b.identityOf(a.peerId)?.deviceId).toBe(a.deviceId)
    expect(b.libp2p.getConnections(a.peerId)[0]!.remoteAddr.toString()).toContain('/quic-v1')
  })
})
