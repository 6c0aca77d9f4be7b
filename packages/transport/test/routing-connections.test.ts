import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { ConnectionManager, planConnections, shouldDialDiscovered, type ConnectionInfo, type TransportNode } from '../src/index.ts'
import { loopbackNode, logger, waitFor } from './helpers.ts'

/** A device id whose first hex digit is `d`. */
const id = (d: string): string => (d + '0'.repeat(40)).slice(0, 40)
const SELF = id('0')
const conn = (deviceId: string, over: Partial<ConnectionInfo> = {}): ConnectionInfo =>
  ({ peerId: `peer-${deviceId.slice(0, 1)}`, deviceId, direction: 'outbound', openedAt: 0, busy: false, ...over })

describe('planConnections', () => {
  const now = 100_000

  it('dials the desired devices that are not connected', () => {
    const plan = planConnections({ self: SELF, conversations: [[SELF, id('8'), id('9'), id('a'), id('4')]], connections: [], now })
    expect([...plan.desired].sort()).toEqual([id('8'), id('9'), id('4')].sort())
    expect(plan.dial).toEqual([id('4'), id('8'), id('9')])
    expect(plan.close).toEqual([])
  })

  it('keeps connected devices in their bucket and closes outbound connections nobody desires after the grace period', () => {
    const plan = planConnections({
      self: SELF,
      conversations: [[id('8'), id('9'), id('a'), id('b')]],
      connections: [conn(id('a')), conn(id('b')), conn(id('9'))],
      now,
      graceMs: 20_000
    })
    // a and b connected: desired before the nearer 8 and 9
    expect([...plan.desired].sort()).toEqual([id('a'), id('9')].sort())
    expect(plan.dial).toEqual([])
    expect(plan.close).toEqual(['peer-b'])
  })

  it('never closes an inbound connection, a bootstrap peer, a busy connection or one inside its grace period', () => {
    const plan = planConnections({
      self: SELF,
      conversations: [[id('8')]],
      connections: [
        conn(id('8')),
        conn(id('c'), { direction: 'inbound' }),
        conn(id('d')),
        conn(id('e'), { busy: true }),
        conn(id('f'), { openedAt: now - 5_000 })
      ],
      bootstrap: new Set(['peer-d']),
      now,
      graceMs: 20_000
    })
    expect(plan.close).toEqual([])
  })

  it('closes a stranger (no device of our conversations) once its grace period is over', () => {
    const base = { self: SELF, conversations: [] as string[][], graceMs: 20_000 }
    expect(planConnections({ ...base, connections: [conn(id('c'), { openedAt: 90_000 })], now }).close).toEqual([])
    expect(planConnections({ ...base, connections: [conn(id('c'), { openedAt: 90_000 })], now: 110_000 }).close).toEqual(['peer-c'])
    // a peer that is not a Skarm device at all
    expect(planConnections({ ...base, connections: [conn('x', { deviceId: undefined, peerId: 'other' })], now }).close).toEqual(['other'])
    // the newest connection to a peer counts: an old one and a new one are both kept
    expect(planConnections({ ...base, connections: [conn(id('c')), conn(id('c'), { openedAt: 95_000, direction: 'inbound' })], now }).close).toEqual([])
  })

  it('prefers in a bucket the devices that dialed us: our own dial there is closed', () => {
    const plan = planConnections({
      self: SELF,
      conversations: [[id('8'), id('9'), id('a'), id('b')]],
      connections: [conn(id('8')), conn(id('a'), { direction: 'inbound' }), conn(id('b'), { direction: 'inbound' })],
      now,
      graceMs: 20_000
    })
    expect([...plan.desired].sort()).toEqual([id('a'), id('b')])
    expect(plan.close).toEqual(['peer-8'])
    expect(plan.dial).toEqual([])
  })

  it('keeps wanted devices (invitees, inviters) beyond the tables, never itself', () => {
    const plan = planConnections({ self: SELF, conversations: [[id('8'), id('9'), id('a')]], wanted: new Set([id('c'), SELF]), connections: [conn(id('a')), conn(id('c'))], now })
    expect([...plan.desired].sort()).toEqual([id('a'), id('8'), id('c')].sort())
    expect(plan.close).toEqual([])
    expect(plan.dial).toEqual([id('8')])
  })

  it('replaces an unreachable desired device from its bucket', () => {
    const plan = planConnections({ self: SELF, conversations: [[id('8'), id('9'), id('a')]], unreachable: new Set([id('8')]), connections: [], now })
    expect(plan.dial).toEqual([id('9'), id('a')])
  })
})

describe('shouldDialDiscovered', () => {
  const base = { desired: new Set([id('8')]), members: new Set([id('8'), id('9')]), now: 1_000_000, cooldownMs: 600_000 }
  it('dials desired devices and strangers, not undesired conversation devices nor recently closed strangers', () => {
    expect(shouldDialDiscovered({ ...base, deviceId: id('8'), closedAt: base.now - 1 })).toBe(true)
    expect(shouldDialDiscovered({ ...base, deviceId: id('9') })).toBe(false)
    expect(shouldDialDiscovered({ ...base, deviceId: id('c') })).toBe(true)
    expect(shouldDialDiscovered({ ...base, deviceId: id('c'), closedAt: base.now - 1_000 })).toBe(false)
    expect(shouldDialDiscovered({ ...base, deviceId: id('c'), closedAt: base.now - 600_000 })).toBe(true)
    expect(shouldDialDiscovered({ ...base, deviceId: undefined })).toBe(false)
  })
})

describe('ConnectionManager over real nodes', () => {
  const running: Array<{ stop: () => Promise<void> }> = []
  afterEach(async () => { for (const r of running.splice(0).reverse()) await r.stop() })
  async function node (...args: Parameters<typeof loopbackNode>): Promise<TransportNode> {
    const n = await loopbackNode(...args)
    running.push(n)
    return n
  }
  const connectedTo = (a: TransportNode, b: TransportNode): boolean => a.libp2p.getConnections(b.peerId).length > 0

  it('dials a desired device it knows an address of, closes an undesired outbound connection, keeps bootstrap peers', async () => {
    const boot = await node()
    // mDNS-like discovery (a peer new to the peer store) is filtered by the manager
    let manager: ConnectionManager | undefined
    const a = await node({ bootstrap: [boot.addresses()[0]!], dialDiscovered: (p) => manager?.shouldDial(p) ?? false })
    const member = await node()
    const stranger = await node()
    await waitFor(() => connectedTo(a, boot))
    expect(a.bootstrapPeers()).toEqual([boot.peerId.toString()])
    // a learns where `member` listens (as from mDNS or identify), and is connected to a stranger
    await a.libp2p.peerStore.merge(member.peerId, { multiaddrs: [multiaddr(member.addresses()[0])] })
    await a.libp2p.dial(multiaddr(stranger.addresses()[0]))
    // inbound: stranger2 dialed a, that is stranger2's decision
    const stranger2 = await node()
    await stranger2.libp2p.dial(multiaddr(a.addresses()[0]))

    let conversations = [[a.deviceId, member.deviceId]]
    manager = new ConnectionManager({ node: a, logger, conversations: async () => conversations, graceMs: 0, settleMs: 0, intervalMs: 3_600_000 })
    running.push(manager)
    const plan = await manager.round()
    expect(plan.desired).toEqual(new Set([member.deviceId]))
    expect(plan.dial).toEqual([member.deviceId])
    expect(plan.close).toEqual([stranger.peerId.toString()])
    await waitFor(() => connectedTo(a, member) && !connectedTo(a, stranger))
    expect(connectedTo(a, boot)).toBe(true)
    expect(connectedTo(a, stranger2)).toBe(true)
    // the closed stranger is not redialed on discovery; the desired member is
    expect(manager.shouldDial(stranger.peerId)).toBe(false)
    expect(manager.shouldDial(member.peerId)).toBe(true)

    // once the conversation no longer has that device, our connection to it goes too
    conversations = [[a.deviceId]]
    expect((await manager.round()).close).toEqual([member.peerId.toString()])
    await waitFor(() => !connectedTo(a, member))
    expect(connectedTo(a, boot)).toBe(true)
  })

  it('redials a desired device that dropped, from the peer store, on its own', async () => {
    const a = await node()
    const b = await node()
    await a.libp2p.dial(multiaddr(b.addresses()[0]))
    const manager = new ConnectionManager({ node: a, logger, conversations: async () => [[a.deviceId, b.deviceId]], graceMs: 0, intervalMs: 3_600_000, dialBackoff: { baseMs: 10, maxMs: 50 } })
    running.push(manager)
    manager.start()
    await waitFor(() => manager.desired().has(b.deviceId))
    // b closes the connection: a sees it drop and dials again (a round runs on peer:disconnect)
    for (const c of b.libp2p.getConnections(a.peerId)) await c.close()
    await waitFor(() => connectedTo(a, b) && a.libp2p.getConnections(b.peerId).every((c) => c.direction === 'outbound'))
  })

  it('closes a connection only once it stayed undesired for the settle period', async () => {
    let now = Date.now() + 1_000
    const a = await node()
    const b = await node()
    await a.libp2p.dial(multiaddr(b.addresses()[0]))
    let conversations: string[][] = []
    const manager = new ConnectionManager({ node: a, logger, conversations: async () => conversations, graceMs: 0, settleMs: 10_000, intervalMs: 3_600_000, now: () => now })
    running.push(manager)
    expect((await manager.round()).close).toEqual([b.peerId.toString()])
    now += 5_000
    await manager.round()
    expect(connectedTo(a, b)).toBe(true)
    // desired again: the clock starts over once it is undesired again
    conversations = [[a.deviceId, b.deviceId]]
    now += 5_000
    expect((await manager.round()).close).toEqual([])
    conversations = []
    now += 5_000
    await manager.round()
    expect(connectedTo(a, b)).toBe(true)
    now += 10_000
    await manager.round()
    await waitFor(() => !connectedTo(a, b))
  })

  it('a stranger that left (closed by its side) is not redialed on discovery until the cooldown passed', async () => {
    let now = 1_000_000
    const a = await node()
    const b = await node()
    const manager = new ConnectionManager({ node: a, logger, conversations: async () => [], intervalMs: 3_600_000, cooldownMs: 60_000, now: () => now })
    running.push(manager)
    manager.start()
    expect(manager.shouldDial(b.peerId)).toBe(true)
    await b.libp2p.dial(multiaddr(a.addresses()[0]))
    for (const c of b.libp2p.getConnections(a.peerId)) await c.close()
    await waitFor(() => !connectedTo(a, b) && !manager.shouldDial(b.peerId))
    now += 60_000
    expect(manager.shouldDial(b.peerId)).toBe(true)
  })

  it('skips a round while the conversations were never listed (nothing is closed), then uses the last answer', async () => {
    const a = await node()
    const b = await node()
    await a.libp2p.dial(multiaddr(b.addresses()[0]))
    let answer: string[][] | undefined
    const manager = new ConnectionManager({ node: a, logger, conversations: async () => { if (answer === undefined) throw new Error('store not there'); return answer }, graceMs: 0 })
    running.push(manager)
    await expect(manager.round()).rejects.toThrow(/store not there/)
    expect(connectedTo(a, b)).toBe(true)
    answer = [[a.deviceId, b.deviceId]]
    expect((await manager.round()).desired).toEqual(new Set([b.deviceId]))
    answer = undefined
    // the store times out: the last answer still holds, b stays desired
    const plan = await manager.round()
    expect(plan.desired).toEqual(new Set([b.deviceId]))
    expect(plan.close).toEqual([])
  })
})
