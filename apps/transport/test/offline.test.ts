// Offline delivery (apps/transport/src/offline.ts) with the bus and the node faked behind their
// interfaces: which devices get which DHT entries, and what an entry received leads to.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import pino from 'pino'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Bus } from '@skarm/bus'
import { createIdentity, rawPrivateKey } from '@skarm/identity'
import { DhtEvents, DhtMethods, StoreMethods, SyncMethods, skarm, type Method } from '@skarm/proto'
import { deviceIdOfPeer, libp2pKeyFromSeed, SYNC, type KnownPeer } from '@skarm/transport'
import {
  OfflineDelivery, addressesOfDevice, announcePayload, invitePayload, parseAnnouncePayload, parseInvitePayload, MAX_PAYLOAD_BYTES, type OfflineNode
} from '../src/offline.ts'

const logger = pino({ level: 'silent' })
const CONV = 'c'.repeat(40)
const COMMITS = ['1', '2', '3', '4', '5'].map((d) => d.repeat(40))
const OWN_URI = 'a'.repeat(40)
const URI_B = 'b'.repeat(40)
const URI_E = 'e'.repeat(40)

interface Dev { deviceId: string, peerId: string, addr: string }
async function device (): Promise<Dev> {
  const id = await createIdentity('t')
  const peerId = peerIdFromPrivateKey(await libp2pKeyFromSeed(rawPrivateKey(id.device.privateKey)))
  return { deviceId: deviceIdOfPeer(peerId)!, peerId: peerId.toString(), addr: `/ip4/127.0.0.1/tcp/4001/p2p/${peerId.toString()}` }
}

type Handler = (req: any) => unknown
/** A bus whose methods are plain functions, that records requests and delivers events. */
class FakeBus implements Pick<Bus, 'request' | 'subscribe'> {
  readonly handlers = new Map<string, Handler>()
  readonly calls: Array<{ subject: string, req: any }> = []
  readonly subs = new Map<string, Array<(msg: any) => void>>()

  on<Req, Res>(method: Method<Req, Res>, fn: (req: Req) => Res | Promise<Res>): void { this.handlers.set(method.subject, fn as Handler) }
  async request<Req, Res> (method: Method<Req, Res>, req: Req): Promise<Res> {
    this.calls.push({ subject: method.subject, req })
    const h = this.handlers.get(method.subject)
    if (h === undefined) throw new Error(`no handler for ${method.subject}`)
    return await h(req) as Res
  }

  subscribe<T>(subject: string, _type: unknown, handler: (msg: T, subject: string) => void): () => void {
    const list = this.subs.get(subject) ?? []
    list.push(handler as (msg: any) => void)
    this.subs.set(subject, list)
    return () => { this.subs.set(subject, (this.subs.get(subject) ?? []).filter((h) => h !== handler)) }
  }

  emit (subject: string, msg: unknown): void { for (const h of this.subs.get(subject) ?? []) h(msg) }
  called (method: Method<any, any>): any[] { return this.calls.filter((c) => c.subject === method.subject).map((c) => c.req) }
}

class FakeNode implements OfflineNode {
  deviceId: string
  connected: string[] = []
  readonly dials: string[][] = []
  reachable = new Set<string>()
  private readonly listeners = new Set<(p: KnownPeer) => void>()
  constructor (deviceId: string) { this.deviceId = deviceId }
  knownPeers = (): Array<{ deviceId: string }> => this.connected.map((deviceId) => ({ deviceId }))
  onPeer = (fn: (p: KnownPeer) => void): () => void => {
    this.listeners.add(fn)
    return () => { this.listeners.delete(fn) }
  }

  connect (deviceId: string): void {
    this.connected.push(deviceId)
    for (const fn of this.listeners) fn({ deviceId } as unknown as KnownPeer)
  }

  libp2p = {
    dial: async (addrs: Multiaddr[]): Promise<unknown> => {
      const list = addrs.map((a) => a.toString())
      this.dials.push(list)
      if (!list.some((a) => this.reachable.has(a))) throw new Error('unreachable')
      return {}
    }
  }
}

let own: Dev, c: Dev, d1: Dev, d2: Dev, d3: Dev, g: Dev
beforeAll(async () => {
  [own, c, d1, d2, d3, g] = await Promise.all([device(), device(), device(), device(), device(), device()])
})

interface World { bus: FakeBus, node: FakeNode, records: Map<string, { uri: string, addr: string }>, accounts: Map<string, string[]>, allowed: Set<string>, delivered: Array<{ deviceId: string, kind: string, payload: any }> }

function world (ownId = own.deviceId): World {
  const bus = new FakeBus()
  const node = new FakeNode(ownId)
  const records = new Map<string, { uri: string, addr: string }>()
  const accounts = new Map<string, string[]>()
  const allowed = new Set<string>() // `${uri}/${deviceId}` allowed in CONV
  const delivered: World['delivered'] = []
  bus.on(DhtMethods.findDevice, (req) => {
    const r = records.get(req.deviceId ?? '')
    return skarm.dht.v1.FindDeviceResponse.create(r === undefined ? { found: false } : { found: true, deviceId: req.deviceId, accountUri: r.uri, addresses: [r.addr] })
  })
  bus.on(DhtMethods.findAccountDevices, (req) => {
    const ids = accounts.get(req.uri ?? '')
    return skarm.dht.v1.FindAccountDevicesResponse.create(ids === undefined ? { found: false } : { found: true, deviceIds: ids })
  })
  bus.on(DhtMethods.deliverOffline, (req) => {
    delivered.push({ deviceId: req.deviceId!, kind: req.entry!.kind!, payload: JSON.parse(req.entry!.payloadJson!) })
    return skarm.dht.v1.DeliverOfflineResponse.create({ entryId: 'f'.repeat(40) })
  })
  bus.on(SyncMethods.authorize, (req) => {
    if (req.uri === OWN_URI && req.deviceId === node.deviceId && req.conversationId === CONV) return skarm.sync.v1.AuthorizeResponse.create({ allowed: true, repoPath: '/repo', head: COMMITS[0], role: 'admin' })
    return skarm.sync.v1.AuthorizeResponse.create({ allowed: allowed.has(`${req.uri}/${req.deviceId}`), role: 'member' })
  })
  bus.on(SyncMethods.addRequest, () => skarm.sync.v1.AddRequestResponse.create({ added: true }))
  return { bus, node, records, accounts, allowed, delivered }
}

function start (w: World, extra: Partial<ConstructorParameters<typeof OfflineDelivery>[0]> = {}): OfflineDelivery {
  const o = new OfflineDelivery({ bus: w.bus, node: w.node, ownUri: OWN_URI, logger, debounceMs: 2_000, inHistory: async () => false, ...extra })
  o.start()
  return o
}

afterEach(() => { vi.useRealTimers() })

describe('outgoing announces', () => {
  // fixed ids so that the routing table is known: ZERO is us, each other one alone in its bucket
  const ZERO = '0'.repeat(40)
  const id = (first: string): string => first + '0'.repeat(39)
  const own = { deviceId: ZERO }
  const c = { deviceId: id('8') }
  const d1 = { deviceId: id('4') }
  const d2 = { deviceId: id('2') }
  const d3 = { deviceId: id('1') }
  it('a burst of local commits makes one entry per device that is not connected and may see the conversation', async () => {
    vi.useFakeTimers()
    const w = world(ZERO)
    w.bus.on(SyncMethods.listHeads, () => skarm.sync.v1.ListHeadsResponse.create({
      conversations: [{ conversationId: CONV, head: COMMITS[4], role: 'admin', devices: [own.deviceId, c.deviceId, d1.deviceId, d2.deviceId, d3.deviceId] }]
    }))
    w.node.connected = [c.deviceId]
    w.records.set(c.deviceId, { uri: URI_B, addr: '' })
    w.records.set(d1.deviceId, { uri: URI_B, addr: '' })
    w.records.set(d2.deviceId, { uri: URI_E, addr: '' }) // its account may not see it (removed)
    // d3 has no record: its account is unknown, it gets nothing
    w.accounts.set(URI_B, [c.deviceId, d1.deviceId])
    w.allowed.add(`${URI_B}/${c.deviceId}`).add(`${URI_B}/${d1.deviceId}`)
    const o = start(w)
    for (const commit of COMMITS) o.committed(CONV, commit)
    expect(w.delivered).toEqual([])
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered).toEqual([{ deviceId: d1.deviceId, kind: 'announce', payload: { type: SYNC.ANNOUNCE_TYPE, conversationId: CONV, commit: COMMITS[4], deviceId: own.deviceId } }])
    expect(w.bus.called(DhtMethods.deliverOffline)).toHaveLength(1)
    expect(w.bus.called(SyncMethods.listHeads)).toEqual([{ uri: OWN_URI, conversationId: CONV }])

    // more commits: the entry left is enough until d1 connects (or the redelivery interval passes)
    o.committed(CONV, COMMITS[1])
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered).toHaveLength(1)

    // d1 connects (it read its inbox), then goes away again: the next commit is left again
    w.node.connect(d1.deviceId)
    w.node.connected = [c.deviceId]
    o.committed(CONV, COMMITS[2])
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered.map((e) => [e.deviceId, e.payload.commit])).toEqual([[d1.deviceId, COMMITS[4]], [d1.deviceId, COMMITS[2]]])

    // the redelivery interval passed: left again even without a connection
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    o.committed(CONV, COMMITS[3])
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered).toHaveLength(3)
    await o.stop()
  })

  it('nothing is left for a device that connected during the debounce window', async () => {
    vi.useFakeTimers()
    const w = world(ZERO)
    w.bus.on(SyncMethods.listHeads, () => skarm.sync.v1.ListHeadsResponse.create({ conversations: [{ conversationId: CONV, head: COMMITS[0], role: 'admin', devices: [d1.deviceId] }] }))
    w.records.set(d1.deviceId, { uri: URI_B, addr: '' })
    w.allowed.add(`${URI_B}/${d1.deviceId}`)
    const o = start(w)
    o.committed(CONV, COMMITS[0])
    w.node.connect(d1.deviceId)
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered).toEqual([])
    await o.stop()
  })

  it('only the devices of our routing table get entries (K = 2 per bucket, connected ones first)', async () => {
    vi.useFakeTimers()
    const w = world(ZERO)
    const bucket0 = [id('8'), id('9'), id('a'), id('f')] // one bucket: nearest are 8…, then 9…
    w.bus.on(SyncMethods.listHeads, () => skarm.sync.v1.ListHeadsResponse.create({ conversations: [{ conversationId: CONV, head: COMMITS[0], role: 'admin', devices: [ZERO, ...bucket0] }] }))
    for (const d of bucket0) {
      w.records.set(d, { uri: URI_B, addr: '' })
      w.allowed.add(`${URI_B}/${d}`)
    }
    const o = start(w)
    o.committed(CONV, COMMITS[0])
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered.map((e) => e.deviceId).sort()).toEqual([id('8'), id('9')])
    // f… connected: it takes a slot; 8… already has its entry, so nothing new, a… still none
    w.delivered.length = 0
    w.node.connected = [id('f')]
    o.committed(CONV, COMMITS[1])
    await vi.advanceTimersByTimeAsync(2_000)
    await o.idle()
    expect(w.delivered).toEqual([])
    expect(w.bus.called(SyncMethods.listHeads)).toHaveLength(2) // the second flush ran
    await o.stop()
  })

  it('a device claiming an account whose own record does not list it gets nothing', async () => {
    const w = world(ZERO)
    w.bus.on(SyncMethods.listHeads, () => skarm.sync.v1.ListHeadsResponse.create({ conversations: [{ conversationId: CONV, head: COMMITS[0], role: 'admin', devices: [d1.deviceId] }] }))
    w.records.set(d1.deviceId, { uri: URI_B, addr: '' })
    w.accounts.set(URI_B, [c.deviceId])
    w.allowed.add(`${URI_B}/${d1.deviceId}`)
    const o = start(w, { debounceMs: 0 })
    o.committed(CONV, COMMITS[0])
    await vi.waitFor(() => { expect(w.bus.called(DhtMethods.findAccountDevices)).toHaveLength(1) })
    await o.idle()
    expect(w.delivered).toEqual([])
    await o.stop()
  })
})

describe('outgoing invitations', () => {
  it('a local member/add leaves the invitation for every device of the invitee account that is not connected', async () => {
    const w = world()
    w.bus.on(SyncMethods.listHeads, (req) => skarm.sync.v1.ListHeadsResponse.create({
      conversations: req.uri === URI_B ? [{ conversationId: CONV, head: COMMITS[0], role: 'invited', devices: [own.deviceId], members: [OWN_URI], inviter: OWN_URI, title: 'Team' }] : []
    }))
    w.accounts.set(URI_B, [d1.deviceId, c.deviceId])
    w.allowed.add(`${URI_B}/${d1.deviceId}`).add(`${URI_B}/${c.deviceId}`)
    w.node.connected = [c.deviceId] // c gets it directly (engine)
    const o = start(w)
    o.invited(CONV, URI_B)
    await vi.waitFor(() => { expect(w.delivered).toHaveLength(1) })
    await o.idle()
    expect(w.delivered).toEqual([{ deviceId: d1.deviceId, kind: 'invite', payload: { [SYNC.INVITE_KEY]: { conversationId: CONV, from: OWN_URI, members: [OWN_URI], title: 'Team' } } }])
    await o.stop()
  })

  it('no invitation for an account that is not invited (any more)', async () => {
    const w = world()
    w.bus.on(SyncMethods.listHeads, () => skarm.sync.v1.ListHeadsResponse.create({ conversations: [] }))
    w.accounts.set(URI_B, [d1.deviceId])
    const o = start(w)
    o.invited(CONV, URI_B)
    await vi.waitFor(() => { expect(w.bus.called(SyncMethods.listHeads)).toHaveLength(1) })
    await o.idle()
    expect(w.delivered).toEqual([])
    await o.stop()
  })

  it('a ONE_TO_ONE created here invites the peer its initial commit names; other conversations invite nobody', async () => {
    const w = world()
    w.bus.on(SyncMethods.listHeads, (req) => skarm.sync.v1.ListHeadsResponse.create({
      conversations: req.uri === URI_B ? [{ conversationId: CONV, head: COMMITS[0], role: 'invited', devices: [own.deviceId], members: [OWN_URI], inviter: OWN_URI }] : []
    }))
    w.accounts.set(URI_B, [d1.deviceId])
    w.allowed.add(`${URI_B}/${d1.deviceId}`)
    let initial = { deviceId: own.deviceId, message: JSON.stringify({ type: 'initial', mode: 0, invited: URI_B }) }
    const o = start(w, { readInitial: async () => initial })
    o.created(CONV)
    await vi.waitFor(() => { expect(w.delivered).toHaveLength(1) })
    await o.idle()
    expect(w.delivered[0]).toEqual({ deviceId: d1.deviceId, kind: 'invite', payload: { [SYNC.INVITE_KEY]: { conversationId: CONV, from: OWN_URI, members: [OWN_URI] } } })
    // created by another device (a clone), or naming nobody: nothing
    const before = w.bus.calls.length
    initial = { deviceId: c.deviceId, message: JSON.stringify({ type: 'initial', mode: 0, invited: URI_B }) }
    o.created(CONV)
    await o.idle()
    initial = { deviceId: own.deviceId, message: JSON.stringify({ type: 'initial', mode: 2 }) }
    o.created(CONV)
    await o.idle()
    expect(w.bus.calls.slice(before).map((x) => x.subject)).toEqual([SyncMethods.authorize.subject, SyncMethods.authorize.subject])
    expect(w.delivered).toHaveLength(1)
    await o.stop()
  })

  it('an invitation payload fits an inbox entry (avatar, description, then members left out)', () => {
    const members = Array.from({ length: 200 }, (_, i) => i.toString(16).padStart(40, '0'))
    const text = invitePayload({ conversationId: CONV, from: OWN_URI, members, title: 'T', description: 'D', avatar: 'x'.repeat(10_000) })!
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES)
    const body = JSON.parse(text)[SYNC.INVITE_KEY]
    expect(body.avatar).toBeUndefined()
    expect(body.title).toBe('T')
    expect(body.members.length).toBeGreaterThan(0)
    expect(body.members.length).toBeLessThan(200)
    expect(parseInvitePayload(text)).toMatchObject({ conversationId: CONV, from: OWN_URI, title: 'T' })
    const small = invitePayload({ conversationId: CONV, from: OWN_URI, members: [OWN_URI], avatar: 'abc' })!
    expect(JSON.parse(small)[SYNC.INVITE_KEY]).toEqual({ conversationId: CONV, from: OWN_URI, members: [OWN_URI], avatar: 'abc' })
  })
})

function entry (kind: string, from: string, payloadJson: string): skarm.dht.v1.OfflineEntryReceived {
  return skarm.dht.v1.OfflineEntryReceived.create({ entryId: '9'.repeat(40), fromDeviceId: from, toDeviceId: own.deviceId, kind, payloadJson })
}

describe('incoming invitations', () => {
  function inviteWorld (): World {
    const w = world()
    w.records.set(d1.deviceId, { uri: URI_B, addr: d1.addr })
    w.accounts.set(URI_B, [d1.deviceId])
    w.node.reachable.add(d1.addr)
    return w
  }
  const invite = (from: string): string => JSON.stringify({ [SYNC.INVITE_KEY]: { conversationId: 'd'.repeat(40), from, members: [from], title: 'Hi', mode: 'ONE_TO_ONE' } })

  it('an invitation from a device of the account it names becomes a request, and the inviter is dialed', async () => {
    const w = inviteWorld()
    const o = start(w)
    w.bus.emit(DhtEvents.InviteReceived.subject, entry('invite', d1.deviceId, invite(URI_B)))
    await vi.waitFor(() => { expect(w.node.dials).toHaveLength(1) })
    await o.idle()
    expect(w.bus.called(SyncMethods.addRequest)).toEqual([{ conversationId: 'd'.repeat(40), from: URI_B, title: 'Hi', description: '', avatar: '', mode: 'ONE_TO_ONE' }])
    expect(w.node.dials).toEqual([[d1.addr]])
    await o.stop()
  })

  it('an invitation naming another account than its sender\'s is refused', async () => {
    const w = inviteWorld()
    const o = start(w)
    w.bus.emit(DhtEvents.InviteReceived.subject, entry('invite', d1.deviceId, invite(URI_E)))
    await vi.waitFor(() => { expect(w.bus.called(DhtMethods.findDevice)).toHaveLength(1) })
    await o.idle()
    expect(w.bus.called(SyncMethods.addRequest)).toEqual([])
    expect(w.node.dials).toEqual([])
    await o.stop()
  })

  it('a sender whose account record does not list it is refused', async () => {
    const w = inviteWorld()
    w.accounts.set(URI_B, [c.deviceId])
    const o = start(w)
    w.bus.emit(DhtEvents.InviteReceived.subject, entry('invite', d1.deviceId, invite(URI_B)))
    await vi.waitFor(() => { expect(w.bus.called(DhtMethods.findAccountDevices)).toHaveLength(1) })
    await o.idle()
    expect(w.bus.called(SyncMethods.addRequest)).toEqual([])
    await o.stop()
  })

  it('entries that arrive before start() wait for it', async () => {
    const w = inviteWorld()
    const o = new OfflineDelivery({ bus: w.bus, node: w.node, ownUri: OWN_URI, logger })
    w.bus.emit(DhtEvents.InviteReceived.subject, entry('invite', d1.deviceId, invite(URI_B)))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(w.bus.calls).toEqual([])
    o.start()
    await vi.waitFor(() => { expect(w.bus.called(SyncMethods.addRequest)).toHaveLength(1) })
    await o.stop()
  })
})

describe('incoming announces', () => {
  function announceWorld (): World {
    const w = world()
    w.bus.on(SyncMethods.listHeads, () => skarm.sync.v1.ListHeadsResponse.create({ conversations: [{ conversationId: CONV, head: COMMITS[0], role: 'admin', devices: [own.deviceId, d1.deviceId, g.deviceId] }] }))
    w.records.set(d1.deviceId, { uri: URI_B, addr: d1.addr })
    w.records.set(g.deviceId, { uri: URI_E, addr: g.addr })
    return w
  }
  const ann = (commit: string): string => announcePayload(CONV, commit, d1.deviceId)

  it('a commit we lack: the sender is dialed (the heads exchange of the connection fetches it)', async () => {
    const w = announceWorld()
    w.node.reachable.add(d1.addr)
    const o = start(w)
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, ann(COMMITS[3])))
    await vi.waitFor(() => { expect(w.node.dials).toHaveLength(1) })
    await o.idle()
    expect(w.node.dials).toEqual([[d1.addr]])
    await o.stop()
  })

  it('the sender unreachable: another device of the conversation is dialed', async () => {
    const w = announceWorld()
    w.node.reachable.add(g.addr)
    const o = start(w)
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, ann(COMMITS[3])))
    await vi.waitFor(() => { expect(w.node.dials).toHaveLength(2) })
    await o.idle()
    expect(w.node.dials).toEqual([[d1.addr], [g.addr]])
    await o.stop()
  })

  it('the sender unreachable but another device of the conversation connected: nothing more is dialed (it gossips)', async () => {
    const w = announceWorld()
    w.node.connected = [g.deviceId]
    const o = start(w, { reachRetryMs: [] })
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, ann(COMMITS[3])))
    await vi.waitFor(() => { expect(w.node.dials).toHaveLength(1) })
    await o.idle()
    expect(w.node.dials).toEqual([[d1.addr]])
    await o.stop()
  })

  it('nobody reachable: tried again later', async () => {
    vi.useFakeTimers()
    const w = announceWorld()
    const o = start(w, { reachRetryMs: [30_000] })
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, ann(COMMITS[3])))
    await o.idle()
    expect(w.node.dials).toEqual([[d1.addr], [g.addr]])
    w.node.reachable.add(d1.addr)
    await vi.advanceTimersByTimeAsync(30_000)
    await o.idle()
    expect(w.node.dials).toEqual([[d1.addr], [g.addr], [d1.addr]])
    // no more retries once the list is spent
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(w.node.dials).toHaveLength(3)
    await o.stop()
  })

  it('nothing is dialed for a commit we hold, a conversation we do not hold, a connected sender or a malformed entry', async () => {
    const w = announceWorld()
    w.node.reachable.add(d1.addr)
    const o = start(w, { inHistory: async (_repo, _head, commit) => commit === COMMITS[1] })
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, ann(COMMITS[1])))
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, announcePayload('e'.repeat(40), COMMITS[3], d1.deviceId)))
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, '{"conversationId":"x"}'))
    await o.idle()
    w.node.connected = [d1.deviceId]
    w.bus.emit(DhtEvents.AnnounceReceived.subject, entry('announce', d1.deviceId, ann(COMMITS[3])))
    await o.idle()
    expect(w.node.dials).toEqual([])
    await o.stop()
  })
})

describe('contacts: invitations delivered again until the contact is in its ONE_TO_ONE', () => {
  /** A contact B, not confirmed, invited in our ONE_TO_ONE CONV; its account not in the DHT yet. */
  function contactWorld (): World & { contact: { confirmed: boolean, listed: boolean }, invitedIn: string[] } {
    const w = world()
    const contact = { confirmed: false, listed: true }
    const invitedIn = [CONV]
    w.bus.on(StoreMethods.listContacts, () => skarm.store.v1.ListContactsResponse.create({ contacts: contact.listed ? [{ uri: URI_B, conversationId: CONV, confirmed: contact.confirmed }] : [] }))
    w.bus.on(SyncMethods.listHeads, (req) => skarm.sync.v1.ListHeadsResponse.create({
      conversations: req.uri !== URI_B
        ? []
        : [
            ...invitedIn.map((id) => ({ conversationId: id, head: COMMITS[0], role: 'invited', mode: 'ONE_TO_ONE', devices: [own.deviceId], members: [OWN_URI], inviter: OWN_URI })),
            // a group that invites B too: not a contact's conversation
            { conversationId: 'e'.repeat(40), head: COMMITS[0], role: 'invited', mode: 'INVITES_ONLY', devices: [own.deviceId], members: [OWN_URI], inviter: OWN_URI }
          ].filter((h) => (req.conversationId ?? '') === '' || h.conversationId === req.conversationId)
    }))
    w.allowed.add(`${URI_B}/${d1.deviceId}`).add(`${URI_B}/${d2.deviceId}`)
    return { ...w, contact, invitedIn }
  }
  const attempts = (w: World): number => w.bus.called(StoreMethods.listContacts).length

  it('at start, then after a doubling delay: an account found later and a device added later get the invitation; once confirmed it stops', async () => {
    vi.useFakeTimers()
    const w = contactWorld()
    const o = start(w)
    await vi.advanceTimersByTimeAsync(0)
    await o.idle()
    // the scan at start, then the first attempt: B's account is not in the DHT yet
    expect(attempts(w)).toBe(2)
    expect(w.bus.called(DhtMethods.findAccountDevices)).toEqual([{ uri: URI_B }])
    expect(w.delivered).toEqual([])

    w.accounts.set(URI_B, [d1.deviceId])
    await vi.advanceTimersByTimeAsync(30_000)
    await o.idle()
    expect(w.delivered).toEqual([{ deviceId: d1.deviceId, kind: 'invite', payload: { [SYNC.INVITE_KEY]: { conversationId: CONV, from: OWN_URI, members: [OWN_URI], mode: 'ONE_TO_ONE' } } }])

    // 60 s later: tried again; d1's invitation waits in its inbox, nothing new is left for it
    await vi.advanceTimersByTimeAsync(59_000)
    expect(attempts(w)).toBe(3)
    await vi.advanceTimersByTimeAsync(1_000)
    await o.idle()
    expect(attempts(w)).toBe(4)
    expect(w.delivered).toHaveLength(1)

    // a second device of B appears: it gets one at the next attempt (120 s later)
    w.accounts.set(URI_B, [d1.deviceId, d2.deviceId])
    await vi.advanceTimersByTimeAsync(120_000)
    await o.idle()
    expect(attempts(w)).toBe(5)
    expect(w.delivered.map((e) => e.deviceId)).toEqual([d1.deviceId, d2.deviceId])

    // B joined: the next attempt (240 s later) sees it confirmed and stops
    w.contact.confirmed = true
    await vi.advanceTimersByTimeAsync(240_000)
    await o.idle()
    expect(attempts(w)).toBe(6)
    await vi.advanceTimersByTimeAsync(24 * 3600_000)
    expect(attempts(w)).toBe(6)
    expect(w.delivered).toHaveLength(2)
    await o.stop()
  })

  it('the delay doubles up to its cap', async () => {
    vi.useFakeTimers()
    const w = contactWorld()
    const o = start(w, { contactRetryMs: { first: 1_000, max: 4_000 } })
    await vi.advanceTimersByTimeAsync(0)
    await o.idle()
    expect(attempts(w)).toBe(2)
    const times: number[] = []
    for (let t = 1; t <= 20_000; t += 1_000) {
      const before = attempts(w)
      await vi.advanceTimersByTimeAsync(1_000)
      await o.idle()
      if (attempts(w) > before) times.push(t + 999)
    }
    // attempts at 1 s, 3 s (+2), 7 s (+4), then every 4 s
    expect(times).toEqual([1_000, 3_000, 7_000, 11_000, 15_000, 19_000])
    await o.stop()
  })

  it('a ONE_TO_ONE created here starts the retries; no retries for one that is not a contact\'s, nor when nothing invites the contact', async () => {
    vi.useFakeTimers()
    const w = contactWorld()
    w.contact.listed = false
    w.accounts.set(URI_B, [d1.deviceId])
    const o = start(w, { readInitial: async () => ({ deviceId: own.deviceId, message: JSON.stringify({ type: 'initial', mode: 0, invited: URI_B }) }) })
    await vi.advanceTimersByTimeAsync(0)
    await o.idle()
    expect(attempts(w)).toBe(1) // the scan at start: no contacts
    o.created(CONV)
    await vi.advanceTimersByTimeAsync(0)
    await o.idle()
    expect(w.delivered).toHaveLength(1)
    // not a contact: the attempt 30 s later ends the retries
    await vi.advanceTimersByTimeAsync(30_000)
    await o.idle()
    expect(attempts(w)).toBe(2)
    await vi.advanceTimersByTimeAsync(3600_000)
    expect(attempts(w)).toBe(2)

    // a contact whose ONE_TO_ONEs invite it no more (it left, or we are the invited side): ends too
    w.contact.listed = true
    w.invitedIn.length = 0
    o.created(CONV)
    await vi.advanceTimersByTimeAsync(30_000)
    await o.idle()
    expect(attempts(w)).toBe(3)
    await vi.advanceTimersByTimeAsync(3600_000)
    expect(attempts(w)).toBe(3)
    expect(w.delivered).toHaveLength(1)
    await o.stop()
  })

  it('an invitation left is remembered across restarts: left again only when it nears its expiry', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'offline-invites-'))
    try {
      let now = 1_000_000
      const w = contactWorld()
      w.accounts.set(URI_B, [d1.deviceId])
      const week = 7 * 24 * 3600_000
      w.bus.on(DhtMethods.deliverOffline, (req) => {
        w.delivered.push({ deviceId: req.deviceId!, kind: req.entry!.kind!, payload: JSON.parse(req.entry!.payloadJson!) })
        return skarm.dht.v1.DeliverOfflineResponse.create({ entryId: 'f'.repeat(40), expiresAtMs: now + week })
      })
      const o1 = start(w, { dataDir, now: () => now })
      await vi.waitFor(() => { expect(w.delivered).toHaveLength(1) })
      await o1.stop()
      expect(JSON.parse(await readFile(join(dataDir, 'transport', 'invites-left.json'), 'utf8'))).toEqual({ [`${d1.deviceId}/${CONV}`]: 1_000_000 + week })

      // restarted a day later: the scan tries again, the entry still lives: nothing left
      now += 24 * 3600_000
      const o2 = start(w, { dataDir, now: () => now })
      await vi.waitFor(() => { expect(w.bus.called(DhtMethods.findAccountDevices)).toHaveLength(2) })
      await o2.idle()
      await o2.stop()
      expect(w.delivered).toHaveLength(1)

      // within the last hour of its life: left again
      now = 1_000_000 + week - 30 * 60_000
      const o3 = start(w, { dataDir, now: () => now })
      await vi.waitFor(() => { expect(w.delivered).toHaveLength(2) })
      await o3.stop()
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe('payloads', () => {
  it('parses announces and keeps only the addresses that lead to the device', () => {
    expect(parseAnnouncePayload(announcePayload(CONV, COMMITS[0], own.deviceId))).toEqual({ conversationId: CONV, commit: COMMITS[0] })
    expect(parseAnnouncePayload('not json')).toBeUndefined()
    expect(parseInvitePayload(JSON.stringify({ [SYNC.INVITE_KEY]: { conversationId: CONV, members: [] } }))).toBeUndefined() // no from
    expect(addressesOfDevice(d1.deviceId, [d1.addr, c.addr, '/ip4/127.0.0.1/tcp/1', 'garbage']).map(String)).toEqual([d1.addr])
  })
})
