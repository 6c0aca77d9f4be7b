import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ConnectionManager, deviceIdOfPeer, formatPeerMemory, notePeer, parsePeerMemory, PeerMemory, prunePeers, rememberPeers, stripPeer, type RememberedPeer, type TransportNode } from '../src/index.ts'
import { connect, deviceKey, loopbackNode, logger, waitFor } from './helpers.ts'

const DAY = 24 * 3600_000
const limits = { maxPeers: 3, maxAgeMs: 30 * DAY, maxAddresses: 4 }

/** A real Ed25519 peer id and its device id. */
async function somePeer (): Promise<{ peerId: string, deviceId: string }> {
  const key = await deviceKey()
  const peerId = peerIdFromPrivateKey(key.privateKey)
  return { peerId: peerId.toString(), deviceId: deviceIdOfPeer(peerId)! }
}

let peers: Array<{ peerId: string, deviceId: string }> = []
beforeAll(async () => {
  peers = await Promise.all(Array.from({ length: 5 }, async () => await somePeer()))
})

const entry = (i: number, lastSeen: number, addresses = ['/ip4/127.0.0.1/tcp/4001']): RememberedPeer =>
  ({ deviceId: peers[i]!.deviceId, peerId: peers[i]!.peerId, addresses, lastSeen })

describe('peer memory: pure core', () => {
  it('keeps at most maxPeers, the most recently seen, and drops entries older than maxAgeMs', () => {
    const now = 100 * DAY
    const kept = prunePeers([entry(0, now - 1), entry(1, now - 31 * DAY), entry(2, now - 5), entry(3, now - 2), entry(4, now - 3)], now, limits)
    expect(kept.map((p) => p.peerId)).toEqual([peers[0]!.peerId, peers[3]!.peerId, peers[4]!.peerId])
    // exactly at the age limit: gone
    expect(prunePeers([entry(0, now - 30 * DAY)], now, limits)).toEqual([])
  })

  it('puts new addresses first, without duplicates or the trailing /p2p, bounded; keeps the account', () => {
    const p = peers[0]!
    const first = notePeer(undefined, { peerId: p.peerId, addresses: ['/ip4/10.0.0.1/tcp/1', `/ip4/10.0.0.2/tcp/2/p2p/${p.peerId}`], accountUri: 'skarm://a' }, 1000, limits)!
    expect(first).toEqual({ deviceId: p.deviceId, peerId: p.peerId, addresses: ['/ip4/10.0.0.1/tcp/1', '/ip4/10.0.0.2/tcp/2'], lastSeen: 1000, accountUri: 'skarm://a' })
    const relayed = `/ip4/10.0.0.9/tcp/9/p2p/${peers[1]!.peerId}/p2p-circuit`
    const next = notePeer(first, { peerId: p.peerId, addresses: ['/ip4/10.0.0.2/tcp/2', relayed, '/ip4/10.0.0.3/tcp/3', 'not an address'] }, 2000, limits)!
    // a relay address round-trips as it came (its relay's /p2p stays)
    expect(next.addresses).toEqual(['/ip4/10.0.0.2/tcp/2', relayed, '/ip4/10.0.0.3/tcp/3', '/ip4/10.0.0.1/tcp/1'])
    expect(next.accountUri).toBe('skarm://a')
    expect(next.lastSeen).toBe(2000)
    expect(notePeer(next, { peerId: p.peerId, addresses: ['/ip4/10.0.0.4/tcp/4'] }, 3000, limits)!.addresses).toHaveLength(4)
    // a peer id that is no device key is not remembered
    expect(notePeer(undefined, { peerId: 'nonsense' }, 1, limits)).toBeUndefined()
    expect(stripPeer(`${relayed}/p2p/${p.peerId}`, p.peerId)).toBe(relayed)
  })

  it('reads back what it wrote', () => {
    const list = [entry(0, 5), { ...entry(1, 7), accountUri: 'skarm://b' }]
    expect(parsePeerMemory(formatPeerMemory(list), limits)).toEqual({ peers: list, problems: [] })
  })

  it('never throws on bad content: a corrupt file is empty, bad entries are skipped and named', () => {
    expect(parsePeerMemory('{ not json').peers).toEqual([])
    expect(parsePeerMemory('{ not json').problems[0]).toMatch(/not JSON/)
    for (const text of ['null', '[]', '42', '{"peers": {}}', '{}']) {
      expect(parsePeerMemory(text)).toEqual({ peers: [], problems: ['not an object with a "peers" array'] })
    }
    const good = entry(0, 9)
    const r = parsePeerMemory(JSON.stringify({
      peers: [
        null,
        'x',
        { ...entry(1, 1), peerId: 'nope' },
        { ...entry(1, 1), deviceId: peers[2]!.deviceId },
        { ...entry(1, 1), lastSeen: 'yesterday' },
        { ...entry(1, 1), addresses: '/ip4/1.2.3.4/tcp/1' },
        { ...entry(1, 1), accountUri: 7 },
        { ...good, addresses: ['/ip4/127.0.0.1/tcp/1', 5, 'garbage', '/ip4/127.0.0.1/tcp/1'] }
      ]
    }))
    expect(r.peers).toEqual([{ ...good, addresses: ['/ip4/127.0.0.1/tcp/1'] }])
    expect(r.problems).toHaveLength(7)
  })
})

describe('PeerMemory (file)', () => {
  const dirs: string[] = []
  afterEach(async () => { for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true }) })
  const tmp = async (): Promise<string> => {
    const d = await mkdtemp(join(tmpdir(), 'skarm-peers-'))
    dirs.push(d)
    return d
  }

  it('a missing or corrupt file is an empty memory (no crash); it is replaced whole on the next write', async () => {
    const dir = await tmp()
    const file = join(dir, 'peers.json')
    const now = 50 * DAY
    expect(await new PeerMemory({ file, logger }).load()).toEqual([])
    await writeFile(file, '{"peers": [1, 2')
    const memory = new PeerMemory({ file, logger, limits, now: () => now })
    expect(await memory.load()).toEqual([])
    memory.saw({ peerId: peers[0]!.peerId, addresses: ['/ip4/127.0.0.1/tcp/5'] })
    await memory.flush()
    expect(parsePeerMemory(await readFile(file, 'utf8')).peers).toEqual([entry(0, now, ['/ip4/127.0.0.1/tcp/5'])])
    // written through a temporary file renamed into place: none is left, the file is private
    expect(await readdir(dir)).toEqual(['peers.json'])
    expect((await stat(file)).mode & 0o777).toBe(0o600)
  })

  it('bounds and expires what it loads and what it learns; addressesOf gives dialable addresses', async () => {
    const dir = await tmp()
    const file = join(dir, 'peers.json')
    let now = 100 * DAY
    await writeFile(file, formatPeerMemory([entry(0, now - 40 * DAY), entry(1, now - DAY), entry(2, now - 2 * DAY)]))
    const memory = new PeerMemory({ file, logger, limits, now: () => now })
    expect((await memory.load()).map((p) => p.peerId)).toEqual([peers[1]!.peerId, peers[2]!.peerId])
    now += 1
    memory.saw({ peerId: peers[3]!.peerId })
    memory.saw({ peerId: peers[4]!.peerId })
    // four devices, three kept: the least recently seen (2) is dropped
    expect(memory.list().map((p) => p.peerId).sort()).toEqual([peers[1]!.peerId, peers[3]!.peerId, peers[4]!.peerId].sort())
    expect(memory.addressesOf(peers[1]!.deviceId)).toEqual([`/ip4/127.0.0.1/tcp/4001/p2p/${peers[1]!.peerId}`])
    expect(memory.addressesOf(peers[2]!.deviceId)).toEqual([])
    await memory.close()
    expect(parsePeerMemory(await readFile(file, 'utf8')).peers).toHaveLength(3)
  })

  it('writes a little after changes, once for many', async () => {
    const dir = await tmp()
    const file = join(dir, 'peers.json')
    const memory = new PeerMemory({ file, logger, saveDelayMs: 50 })
    for (const p of peers) memory.saw({ peerId: p.peerId })
    await waitFor(async () => await readFile(file, 'utf8').then(() => true, () => false))
    expect(parsePeerMemory(await readFile(file, 'utf8')).peers).toHaveLength(5)
    await memory.close()
  })
})

describe('rememberPeers (real libp2p nodes)', () => {
  const nodes: TransportNode[] = []
  const dirs: string[] = []
  afterEach(async () => {
    for (const n of nodes.splice(0)) await n.stop()
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
  })

  it('remembers a device met, and after a restart finds it again from the file alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skarm-peers-'))
    dirs.push(dir)
    const file = join(dir, 'peers.json')
    const key = await deviceKey()
    const bob = await loopbackNode()
    nodes.push(bob)
    const alice1 = await loopbackNode({ privateKey: key.privateKey })
    const stop1 = await rememberPeers({ node: alice1, memory: new PeerMemory({ file, logger }), logger })
    await connect(alice1, bob)
    await stop1()
    await alice1.stop()
    const saved = parsePeerMemory(await readFile(file, 'utf8')).peers
    expect(saved.map((p) => p.deviceId)).toEqual([bob.deviceId])
    expect(saved[0]!.addresses).toContain(bob.addresses()[0]!.replace(`/p2p/${bob.peerId.toString()}`, ''))

    // alice again, knowing nothing but the file: the routing manager dials bob from memory
    const alice2 = await loopbackNode({ privateKey: key.privateKey })
    nodes.push(alice2)
    const memory = new PeerMemory({ file, logger })
    const stop2 = await rememberPeers({ node: alice2, memory, logger })
    const manager = new ConnectionManager({ node: alice2, logger, conversations: async () => [[alice2.deviceId, bob.deviceId]], rememberedAddresses: (d) => memory.addressesOf(d) })
    manager.start()
    try {
      await waitFor(() => alice2.identityOf(bob.peerId) !== undefined)
    } finally {
      await manager.stop()
      await stop2()
    }
  })

  it('putting remembered peers into the peer store is no discovery: the node is told, and dials nobody', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skarm-peers-'))
    dirs.push(dir)
    const file = join(dir, 'peers.json')
    const bob = await loopbackNode()
    nodes.push(bob)
    await writeFile(file, formatPeerMemory([{ deviceId: bob.deviceId, peerId: bob.peerId.toString(), addresses: [bob.addresses()[0]!], lastSeen: Date.now() }]))
    const memory = new PeerMemory({ file, logger })
    const asked: Array<[string, boolean]> = []
    const alice = await loopbackNode({
      dialDiscovered: (p) => {
        asked.push([p.toString(), memory.isSeeding(p)])
        return !memory.isSeeding(p)
      }
    })
    nodes.push(alice)
    const stop = await rememberPeers({ node: alice, memory, logger })
    try {
      // libp2p reported bob as discovered while he was being seeded: refused then
      expect(asked).toEqual([[bob.peerId.toString(), true]])
      expect(memory.isSeeding(bob.peerId)).toBe(false)
      expect((await alice.libp2p.peerStore.get(bob.peerId)).addresses.map((a) => a.multiaddr.toString())).toEqual([bob.addresses()[0]!.replace(`/p2p/${bob.peerId.toString()}`, '')])
    } finally {
      await stop()
    }
  })

  it('dials remembered addresses when the peer store has none', async () => {
    const bob = await loopbackNode()
    const alice = await loopbackNode()
    nodes.push(bob, alice)
    const manager = new ConnectionManager({ node: alice, logger, conversations: async () => [[alice.deviceId, bob.deviceId]], rememberedAddresses: (d) => d === bob.deviceId ? bob.addresses() : [] })
    manager.start()
    try {
      await waitFor(() => alice.identityOf(bob.peerId) !== undefined)
    } finally {
      await manager.stop()
    }
  })

  it('asks findAddresses (the DHT) when the remembered addresses fail', async () => {
    const bob = await loopbackNode()
    const alice = await loopbackNode()
    nodes.push(bob, alice)
    const asked: string[] = []
    // a stale remembered address: nothing listens there
    const stale = `/ip4/127.0.0.1/tcp/1/p2p/${bob.peerId.toString()}`
    const manager = new ConnectionManager({
      node: alice,
      logger,
      conversations: async () => [[alice.deviceId, bob.deviceId]],
      rememberedAddresses: (d) => d === bob.deviceId ? [stale] : [],
      findAddresses: async (d) => { asked.push(d); return bob.addresses() }
    })
    manager.start()
    try {
      await waitFor(() => alice.identityOf(bob.peerId) !== undefined)
      expect(asked).toEqual([bob.deviceId])
    } finally {
      await manager.stop()
    }
  })
})
