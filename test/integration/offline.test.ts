// Offline delivery through the DHT (docs/sync.md "Offline delivery") with real stacks
// (`skarm up`, 127.0.0.1, no mDNS, a nats-server per device started here so the test can watch
// each bus). C is the only bootstrap of A and of B: their DHTs meet through C's, their
// transports never learn each other's address from a bootstrap. C holds no conversation, so it
// can serve none. B is stopped; what A does meanwhile (an invitation, then messages) is left in
// B's DHT inbox; B restarts knowing only C, reads its inbox, dials A and catches up.
// Without the inbox the invitations (member/add, ONE_TO_ONE) never reach B: checked by disabling
// the incoming handling, resp. the ONE_TO_ONE wiring (the tests then time out). The returning
// member would also reconnect through the routing manager (it dials desired devices found with
// find_device), so the announce test checks that the announce was read from B's inbox and that B
// catches up, not that the inbox alone brought it back.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Bus } from '@skarm/bus'
import { DhtEvents, DhtMethods, TransportMethods, type skarm } from '@skarm/proto'
import { http, messageIds, restartDevice, sendText, startDeviceOnNats, waitFor, type BusStack, type Device } from '../helpers/device.ts'

const ids = messageIds
const send = sendText

type Stack = BusStack
const stack = startDeviceOnNats

/** `skarm up` again on a stopped device's data directory, on the same nats-server. */
async function restart (s: Stack, extra: string[]): Promise<void> {
  s.device = await restartDevice(s.device, ['--nats', s.nats.url, ...extra])
}

/** Collects the events of `subject` on a bus until closed. */
function collect (bus: Bus, subject: string, type: typeof DhtEvents.Push.type | typeof DhtEvents.AnnounceReceived.type): { list: any[], close: () => void } {
  const list: any[] = []
  const close = bus.subscribe(subject, type, (m) => { list.push(m) })
  return { list, close }
}

const peerIdOf = (addr: string): string => addr.slice(addr.lastIndexOf('/p2p/') + 5)

async function connected (x: Stack, y: Stack): Promise<boolean> {
  const { peers } = await x.bus.request(TransportMethods.listPeers, {})
  return peers.some((p) => p.peerId === peerIdOf(y.device.p2p[0]!))
}

let a: Stack
let b: Stack
let c: Stack
beforeAll(async () => {
  c = await stack('off-c')
  a = await stack('off-a', ['--bootstrap', c.device.p2p[0]!])
  b = await stack('off-b', ['--bootstrap', c.device.p2p[0]!])
  // each finds the other's records through C's DHT (published at start)
  for (const [x, y] of [[a, b], [b, a]] as const) {
    await waitFor(async () => (await x.bus.request(DhtMethods.findDevice, { deviceId: y.device.deviceId }, { timeoutMs: 20_000 })).found, 30_000, 'the device record')
    await waitFor(async () => (await x.bus.request(DhtMethods.findAccountDevices, { uri: y.device.uri }, { timeoutMs: 20_000 })).found, 30_000, 'the account record')
  }
}, 180_000)

afterAll(async () => {
  for (const s of [b, a, c]) {
    if (s === undefined) continue
    await s.device.stop()
    await s.bus.close()
    await s.nats.stop()
    await rm(s.device.dataDir, { recursive: true, force: true })
  }
}, 60_000)

describe('offline delivery through the DHT inboxes', () => {
  let conv: string

  it('A and B share no transport connection: only C links them', async () => {
    expect(await connected(a, c)).toBe(true)
    expect(await connected(b, c)).toBe(true)
    expect(await connected(a, b)).toBe(false)
    expect(await connected(b, a)).toBe(false)
  })

  it('an invitation made while the invitee is offline reaches it when it returns', async () => {
    await b.device.stop()
    const pushed = collect(a.bus, DhtEvents.Push.subject, DhtEvents.Push.type)
    const received = collect(b.bus, DhtEvents.InviteReceived.subject, DhtEvents.InviteReceived.type)
    try {
      const created = await http(a.device, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
      expect(created.status).toBe(201)
      conv = created.body.id
      await http(a.device, 'PATCH', `/v1/conversations/${conv}`, { title: 'While away' })
      expect((await http(a.device, 'POST', `/v1/conversations/${conv}/members`, { uri: b.device.uri })).status).toBe(200)
      // A left the invitation in B's inbox (the push hook fires on the sender's bus)
      await waitFor(() => pushed.list.some((p: skarm.dht.v1.Push) => p.deviceId === b.device.deviceId && p.reason === 'invite'), 60_000, 'the invitation left in the DHT')

      await restart(b, ['--bootstrap', c.device.p2p[0]!])
      const request = await waitFor(async () => (await http(b.device, 'GET', '/v1/requests')).body.requests.find((r: { id: string }) => r.id === conv), 60_000, 'the request on B')
      expect(request).toEqual({ id: conv, from: a.device.uri, received: expect.any(Number), title: 'While away' })
      // it came from B's DHT inbox, signed by A's device
      const entry = received.list.find((e: skarm.dht.v1.OfflineEntryReceived) => e.fromDeviceId === a.device.deviceId) as skarm.dht.v1.OfflineEntryReceived | undefined
      expect(entry).toBeDefined()
      expect(JSON.parse(entry!.payloadJson ?? '')['application/invite+json']).toMatchObject({ conversationId: conv, from: a.device.uri })

      expect((await http(b.device, 'POST', `/v1/requests/${conv}/accept`)).status).toBe(202)
      await waitFor(async () => (await http(b.device, 'GET', `/v1/conversations/${conv}`)).status === 200, 60_000, 'B\'s clone')
      await waitFor(async () => {
        const r = await http(a.device, 'GET', `/v1/conversations/${conv}/members`)
        return r.body.members.some((m: { uri: string, role: string }) => m.uri === b.device.uri && m.role === 'member')
      }, 60_000, 'B\'s join to reach A')
    } finally {
      pushed.close()
      received.close()
    }
  }, 150_000)

  it('messages sent while a member is offline reach it when it returns (it dials the sender it read in its inbox)', async () => {
    await b.device.stop()
    const pushed = collect(a.bus, DhtEvents.Push.subject, DhtEvents.Push.type)
    const received = collect(b.bus, DhtEvents.AnnounceReceived.subject, DhtEvents.AnnounceReceived.type)
    try {
      const sent: string[] = []
      for (const body of ['away 1', 'away 2', 'away 3']) sent.push(await send(a.device, conv, body))
      await waitFor(() => pushed.list.some((p: skarm.dht.v1.Push) => p.deviceId === b.device.deviceId && p.reason === 'announce'), 60_000, 'the announce left in the DHT')
      // C cannot serve the conversation: it is not in it
      expect((await http(c.device, 'GET', `/v1/conversations/${conv}`)).status).toBe(404)

      await restart(b, ['--bootstrap', c.device.p2p[0]!])
      await waitFor(async () => {
        const have = await ids(b.device, conv)
        return sent.every((id) => have.includes(id))
      }, 60_000, 'B to catch up')
      await waitFor(async () => JSON.stringify(await ids(b.device, conv)) === JSON.stringify(await ids(a.device, conv)), 30_000, 'the same history on A and B')
      // B read the announce in its DHT inbox and reached A with it. (Its routing may have
      // dialed A first: the inbox is then read at the next poll, within a minute.)
      const entry = (await waitFor(() => received.list.find((e: skarm.dht.v1.OfflineEntryReceived) => e.fromDeviceId === a.device.deviceId) as skarm.dht.v1.OfflineEntryReceived | undefined, 70_000, 'the announce read from B\'s DHT inbox'))!
      expect(JSON.parse(entry.payloadJson ?? '')).toMatchObject({ conversationId: conv, deviceId: a.device.deviceId })
      expect(await connected(b, a)).toBe(true)
    } finally {
      pushed.close()
      received.close()
    }
  }, 150_000)

  it('a ONE_TO_ONE created while the peer is offline reaches it when it returns', async () => {
    await b.device.stop()
    const pushed = collect(a.bus, DhtEvents.Push.subject, DhtEvents.Push.type)
    try {
      const one = (await http(a.device, 'POST', '/v1/conversations', { mode: 'ONE_TO_ONE', invited: b.device.uri })).body.id as string
      await waitFor(() => pushed.list.some((p: skarm.dht.v1.Push) => p.deviceId === b.device.deviceId && p.reason === 'invite'), 60_000, 'the invitation left in the DHT')
      await restart(b, ['--bootstrap', c.device.p2p[0]!])
      const request = await waitFor(async () => (await http(b.device, 'GET', '/v1/requests')).body.requests.find((r: { id: string }) => r.id === one), 60_000, 'the request on B')
      expect(request.from).toBe(a.device.uri)
      expect((await http(b.device, 'POST', `/v1/requests/${one}/accept`)).status).toBe(202)
      await waitFor(async () => (await http(b.device, 'GET', `/v1/conversations/${one}`)).status === 200, 60_000, 'B\'s clone')
      const hi = await send(b.device, one, 'back')
      await waitFor(async () => (await ids(a.device, one)).includes(hi), 30_000, 'B\'s message on A')
    } finally {
      pushed.close()
    }
  }, 150_000)
})
