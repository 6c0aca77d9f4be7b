// Bans that bite at the transport (docs/sync.md, "Bans and revocations"): AccessGuard's refusal
// rule with the node, the store and the engine faked behind their interfaces; then the node's
// refusal (connection gater) and the guard on real libp2p nodes.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { createIdentity, rawPrivateKey } from '@skarm/identity'
import { AccessGuard, ConnectionManager, libp2pKeyFromSeed, type AccessBackend, type AccessNode, type KnownPeer, type TransportNode } from '../src/index.ts'
import { PushPool } from '../src/sync/push.ts'
import { deviceKey, logger, loopbackNode, waitFor } from './helpers.ts'

const OWN = 'a'.repeat(40)
const BOB = 'b'.repeat(40)
const CARLA = 'c'.repeat(40)
const X = '1'.repeat(40)
const Y = '2'.repeat(40)

async function peer (uri: string | undefined): Promise<KnownPeer> {
  const key = await deviceKey()
  const peerId = peerIdFromPrivateKey(key.privateKey)
  return uri === undefined ? { peerId, deviceId: key.deviceId } : { peerId, deviceId: key.deviceId, accountUri: uri }
}

/** The node: connected peers, hellos, refusals. */
class FakeNode implements AccessNode {
  connected: KnownPeer[] = []
  readonly refused = new Set<string>()
  readonly refusals: string[] = []
  private readonly listeners = new Set<(p: KnownPeer) => void>()
  knownPeers = (): KnownPeer[] => this.connected
  onPeer = (fn: (p: KnownPeer) => void): () => void => {
    this.listeners.add(fn)
    return () => { this.listeners.delete(fn) }
  }

  refusePeer = async (peerId: PeerId): Promise<void> => {
    this.refused.add(peerId.toString())
    this.refusals.push(peerId.toString())
    this.connected = this.connected.filter((p) => !p.peerId.equals(peerId))
  }

  allowPeer = (peerId: PeerId): void => { this.refused.delete(peerId.toString()) }
  isRefused = (peerId: PeerId): boolean => this.refused.has(peerId.toString())
  hello (p: KnownPeer): void {
    this.connected.push(p)
    for (const fn of this.listeners) fn(p)
  }

  disconnect (p: KnownPeer): void { this.connected = this.connected.filter((q) => q !== p) }
}

/** The store: conversations with their members and banned devices; may stop answering. */
class FakeStore implements AccessBackend {
  ownUri = OWN
  ownDeviceId = '0'.repeat(40)
  conversations = new Map<string, { members: Set<string>, bannedDevices: Set<string> }>()
  accepted: Array<{ conversationId: string, from: string }> = []
  down = false
  asked: string[] = []
  conversation (id: string, members: string[]): void { this.conversations.set(id, { members: new Set(members), bannedDevices: new Set() }) }
  listHeads = async (uri: string): Promise<Array<{ conversationId: string }>> => {
    this.asked.push(uri)
    if (this.down) throw new Error('store not there')
    return [...this.conversations].filter(([, c]) => c.members.has(uri)).map(([conversationId]) => ({ conversationId }))
  }

  authorize = async (conversationId: string, uri: string, deviceId: string): Promise<{ allowed: boolean }> => {
    if (this.down) throw new Error('store not there')
    const c = this.conversations.get(conversationId)
    return { allowed: c !== undefined && c.members.has(uri) && !c.bannedDevices.has(deviceId) }
  }

  acceptedRequests = async (): Promise<Array<{ conversationId: string, from: string }>> => {
    if (this.down) throw new Error('store not there')
    return this.accepted
  }
}

/** The engine: what it was told. */
class FakeSync {
  forgotten = 0
  drops: Array<[string, string | undefined]> = []
  forgetAuthorizations = (): void => { this.forgotten++ }
  dropPeer = (peer: string, conversationId?: string): void => { this.drops.push([peer, conversationId]) }
}

const guards: AccessGuard[] = []
afterEach(async () => {
  for (const g of guards.splice(0)) await g.stop()
})

async function setup (opts: { file?: string, recheckMs?: number } = {}): Promise<{ node: FakeNode, store: FakeStore, sync: FakeSync, guard: AccessGuard }> {
  const node = new FakeNode()
  const store = new FakeStore()
  const sync = new FakeSync()
  const guard = new AccessGuard({ node, backend: store, sync, logger, file: opts.file, recheckMs: opts.recheckMs ?? 3_600_000, changeDelayMs: 0 })
  guards.push(guard)
  await guard.start()
  return { node, store, sync, guard }
}

const key = (p: KnownPeer): string => p.peerId.toString()

describe('AccessGuard', () => {
  it('a banned account allowed nowhere else: its devices are refused, the sync work with them dropped, authorizations forgotten', async () => {
    const { node, store, sync, guard } = await setup()
    const [bob1, bob2, carla] = [await peer(BOB), await peer(BOB), await peer(CARLA)]
    store.conversation(X, [OWN, CARLA]) // bob's ban is in the history: he is no member any more
    for (const p of [bob1, bob2, carla]) node.hello(p)
    await guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    expect(sync.forgotten).toBe(1)
    expect(node.refusals.sort()).toEqual([key(bob1), key(bob2)].sort())
    expect(node.connected).toEqual([carla])
    // first what concerns the conversation, then (refused) everything
    expect(sync.drops).toContainEqual([key(bob1), X])
    expect(sync.drops).toContainEqual([key(bob1), undefined])
    expect(sync.drops.some(([p]) => p === key(carla))).toBe(false)
    expect(guard.refusedPeers().map((p) => p.deviceId).sort()).toEqual([bob1.deviceId, bob2.deviceId].sort())
  })

  it('a device still allowed in another conversation keeps its connection; the work of the banned conversation is dropped', async () => {
    const { node, store, sync, guard } = await setup()
    const bob = await peer(BOB)
    store.conversation(X, [OWN])
    store.conversation(Y, [OWN, BOB])
    node.hello(bob)
    await guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    expect(node.refusals).toEqual([])
    expect(node.connected).toEqual([bob])
    expect(sync.drops).toEqual([[key(bob), X]])
    expect(guard.refusedPeers()).toEqual([])
  })

  it('a device ban concerns that device only', async () => {
    const { node, store, guard } = await setup()
    const [bob1, bob2] = [await peer(BOB), await peer(BOB)]
    store.conversation(X, [OWN, BOB])
    store.conversations.get(X)!.bannedDevices.add(bob1.deviceId)
    node.hello(bob1)
    node.hello(bob2)
    await guard.revoked({ conversationId: X, uri: '', deviceId: bob1.deviceId })
    expect(node.refusals).toEqual([key(bob1)])
    expect(node.connected).toEqual([bob2])
  })

  it('never refuses a device of our own account (its work in the conversation is still dropped)', async () => {
    const { node, store, sync, guard } = await setup()
    const mine = await peer(OWN)
    store.conversation(X, [OWN])
    store.conversations.get(X)!.bannedDevices.add(mine.deviceId)
    node.hello(mine)
    await guard.revoked({ conversationId: X, uri: '', deviceId: mine.deviceId })
    expect(node.refusals).toEqual([])
    expect(sync.drops).toEqual([[key(mine), X]])
  })

  it('a device of a revoked account is refused once its hello shows who it is, also when met before and away at the ban; strangers are not checked', async () => {
    const { node, store, guard } = await setup()
    store.conversation(X, [OWN])
    const away = await peer(BOB)
    node.hello(away)
    node.disconnect(away)
    await guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    // met before, not connected now: refused all the same (no redial)
    expect(node.refusals).toEqual([key(away)])
    const later = await peer(BOB)
    node.hello(later)
    await waitFor(() => node.refused.has(key(later)))
    const asked = store.asked.length
    const stranger = await peer('e'.repeat(40))
    node.hello(stranger)
    const anonymous = await peer(undefined)
    node.hello(anonymous)
    expect(store.asked.length).toBe(asked)
    expect(node.connected).toEqual([stranger, anonymous])
  })

  it('a refusal is lifted when the device is allowed again: at a change (unban) and at the periodic check', async () => {
    const { node, store, guard } = await setup()
    const bob = await peer(BOB)
    store.conversation(X, [OWN])
    node.hello(bob)
    await guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    expect(node.refused.has(key(bob))).toBe(true)
    // a member commit that does not concern bob: still refused
    await guard.review()
    expect(node.refused.has(key(bob))).toBe(true)
    store.conversations.get(X)!.members.add(BOB) // unbanned
    guard.changed()
    await waitFor(() => !node.refused.has(key(bob)))
    expect(guard.refusedPeers()).toEqual([])

    // the periodic check alone
    const other = await setup({ recheckMs: 20 })
    const carla = await peer(CARLA)
    other.store.conversation(X, [OWN])
    other.node.hello(carla)
    await other.guard.revoked({ conversationId: X, uri: CARLA, deviceId: '' })
    expect(other.node.refused.has(key(carla))).toBe(true)
    other.store.conversation(Y, [OWN, CARLA]) // a new conversation with her
    await waitFor(() => !other.node.refused.has(key(carla)))
  })

  it('an accepted invitation from the refused account allows it again (the clone comes from its devices)', async () => {
    const { node, store, guard } = await setup()
    const bob = await peer(BOB)
    store.conversation(X, [OWN])
    node.hello(bob)
    await guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    expect(node.refused.has(key(bob))).toBe(true)
    store.accepted = [{ conversationId: Y, from: BOB }]
    await guard.review()
    expect(node.refused.has(key(bob))).toBe(false)
  })

  it('refuses nobody while the store does not answer; checks again later', async () => {
    const { node, store, guard } = await setup()
    const bob = await peer(BOB)
    store.conversation(X, [OWN])
    node.hello(bob)
    store.down = true
    await guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    expect(node.refusals).toEqual([])
    store.down = false
    await guard.review()
    expect(node.refused.has(key(bob))).toBe(true)
  })

  it('refusals and revoked accounts outlive a restart (DATA/revocations.json)', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'access-')), 'revocations.json')
    const first = await setup({ file })
    const bob = await peer(BOB)
    first.store.conversation(X, [OWN])
    first.node.hello(bob)
    await first.guard.revoked({ conversationId: X, uri: BOB, deviceId: '' })
    await first.guard.stop()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ targets: [`a:${BOB}`], refused: [{ peerId: key(bob), uri: BOB }] })

    const second = await setup({ file })
    // refused at once, before any check (no redial while the store starts)
    expect(second.node.refused.has(key(bob))).toBe(true)
    // another device of the revoked account: checked at its hello
    second.store.conversation(X, [OWN])
    const bob2 = await peer(BOB)
    second.node.hello(bob2)
    await waitFor(() => second.node.refused.has(key(bob2)))
    // unbanned: both allowed again, and the file says so
    second.store.conversations.get(X)!.members.add(BOB)
    await second.guard.review()
    expect(second.node.refused.size).toBe(0)
    await second.guard.stop()
    expect(JSON.parse(await readFile(file, 'utf8')).refused).toEqual([])
  })
})

describe('PushPool.dropFrom', () => {
  it('drops the objects only the given sources pushed', () => {
    const pool = new PushPool()
    const obj = (c: string): { oid: string, data: Buffer } => ({ oid: c.repeat(40), data: Buffer.from(c) })
    pool.add([obj('1'), obj('2')], Date.now(), `bob/${X}`)
    pool.add([obj('2')], Date.now(), `carla/${X}`)
    pool.add([obj('3')], Date.now(), `bob/${Y}`)
    expect(pool.dropFrom((s) => s === `bob/${X}`)).toBe(1)
    expect([pool.has('1'.repeat(40)), pool.has('2'.repeat(40)), pool.has('3'.repeat(40))]).toEqual([false, true, true])
    expect(pool.dropFrom((s) => s.startsWith('bob/'))).toBe(1)
    expect(pool.size).toBe(1)
  })
})

describe('refusal on libp2p', () => {
  const running: Array<{ stop: () => Promise<void> }> = []
  afterEach(async () => {
    for (const r of running.splice(0).reverse()) await r.stop()
  })
  async function node (...args: Parameters<typeof loopbackNode>): Promise<TransportNode> {
    const n = await loopbackNode(...args)
    running.push(n)
    return n
  }
  const connectedTo = (a: TransportNode, b: TransportNode): boolean => a.libp2p.getConnections(b.peerId).length > 0

  it('a refused peer: connections closed, dials denied both ways; allowed again, it connects', async () => {
    const a = await node()
    const b = await node()
    await a.libp2p.dial(multiaddr(b.addresses()[0]!))
    await a.refusePeer(b.peerId)
    expect(a.isRefused(b.peerId)).toBe(true)
    expect(a.isDeviceRefused(b.deviceId)).toBe(true)
    expect(a.refusedPeers()).toEqual([b.peerId.toString()])
    await waitFor(() => !connectedTo(a, b) && !connectedTo(b, a))
    await expect(a.libp2p.dial(b.peerId)).rejects.toThrow()
    await expect(a.libp2p.dial(multiaddr(b.addresses()[0]!))).rejects.toThrow()
    // b dials in: denied once Noise proved its key, before any stream (no connection opens on a)
    const opened: string[] = []
    a.libp2p.addEventListener('connection:open', (evt) => { opened.push(evt.detail.remotePeer.toString()) })
    await b.libp2p.dial(multiaddr(a.addresses()[0]!)).catch(() => {})
    await waitFor(() => !connectedTo(a, b) && !connectedTo(b, a))
    expect(opened).toEqual([])
    a.allowPeer(b.peerId)
    expect(a.isDeviceRefused(b.deviceId)).toBe(false)
    await a.libp2p.dial(multiaddr(b.addresses()[0]!))
    expect(connectedTo(a, b)).toBe(true)
  })

  it('the guard closes a device of a banned account that dials in, once its hello shows its account', async () => {
    const [aliceId, bobId] = [await createIdentity('alice'), await createIdentity('bob')]
    const certified = async (id: typeof aliceId): Promise<TransportNode> => await node({ privateKey: await libp2pKeyFromSeed(rawPrivateKey(id.device.privateKey)), certificates: { device: id.deviceCert, account: id.accountCert } })
    const a = await certified(aliceId)
    const b = await certified(bobId)
    const store = new FakeStore()
    store.ownUri = aliceId.uri
    store.ownDeviceId = aliceId.deviceId
    store.conversation(X, [aliceId.uri])
    const guard = new AccessGuard({ node: a, backend: store, logger })
    running.push(guard)
    await guard.start()
    await guard.revoked({ conversationId: X, uri: bobId.uri, deviceId: '' })
    await b.libp2p.dial(multiaddr(a.addresses()[0]!))
    await waitFor(() => a.isRefused(b.peerId))
    await waitFor(() => !connectedTo(a, b))
    expect(a.identityOf(b.peerId)).toBeUndefined()
    // it dials again: denied
    await b.libp2p.dial(multiaddr(a.addresses()[0]!)).catch(() => {})
    await waitFor(() => !connectedTo(b, a))
    expect(connectedTo(a, b)).toBe(false)
  })

  it('routing leaves refused devices out of its tables and never dials them', async () => {
    const a = await node()
    const member = await node()
    const other = await node()
    for (const n of [member, other]) await a.libp2p.peerStore.merge(n.peerId, { multiaddrs: [multiaddr(n.addresses()[0]!)] })
    const manager = new ConnectionManager({ node: a, logger, conversations: async () => [[a.deviceId, member.deviceId, other.deviceId]], wanted: async () => [member.deviceId], refused: (d) => a.isDeviceRefused(d), intervalMs: 3_600_000 })
    running.push(manager)
    await a.refusePeer(member.peerId)
    const plan = await manager.round()
    expect(plan.desired).toEqual(new Set([other.deviceId]))
    expect(plan.dial).toEqual([other.deviceId])
    expect(manager.shouldDial(member.peerId)).toBe(false)
    await waitFor(() => connectedTo(a, other))
    expect(connectedTo(a, member)).toBe(false)
  })
})
