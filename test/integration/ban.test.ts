// Bans that bite at the transport (docs/sync.md, "Bans and revocations") with real stacks:
// `skarm up` on 127.0.0.1 (no mDNS), real nats-server, libp2p sockets and git. alice (lone
// admin), bob and carla in one conversation, all connected (carla bootstraps to both, bob to
// alice: their bootstrap dialers keep trying). alice bans bob: alice's and carla's transports
// close their connections to bob and never let him back; what bob posts then never shows.
// A device banned in one conversation but still in another one with alice keeps its connection.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SyncEvents, TransportMethods } from '@skarm/proto'
import { http, messageIds, sendText, startDevice, startDeviceOnNats, waitFor, type BusStack, type Device } from '../helpers/device.ts'

/** How long what must never arrive is given to arrive anyway (after a later message arrived). */
const GRACE_MS = 10_000

let alice: BusStack
let carla: BusStack
let bob: Device
const stacks: BusStack[] = []
const devices: Device[] = []

const peerIdOf = (d: Device): string => d.p2p[0]!.split('/p2p/')[1]!

/** The peers a device's transport has a connection with (TransportMethods.listPeers). */
async function peersOf (s: BusStack): Promise<string[]> {
  return (await s.bus.request(TransportMethods.listPeers, {})).peers.map((p) => p.peerId ?? '')
}

async function bodies (d: Device, conv: string): Promise<string[]> {
  const r = await http(d, 'GET', `/v1/conversations/${conv}/messages?limit=1000`)
  if (r.status !== 200) throw new Error(`messages: ${r.status} ${JSON.stringify(r.body)}`)
  return (r.body.messages as Array<{ body?: string }>).map((m) => m.body ?? '')
}

async function role (d: Device, conv: string, uri: string): Promise<string | undefined> {
  const r = await http(d, 'GET', `/v1/conversations/${conv}/members`)
  return r.status === 200 ? r.body.members.find((m: { uri: string }) => m.uri === uri)?.role : undefined
}

/** alice invites `who`, who accepts; resolves once its join reached alice. */
async function invite (conv: string, who: Device): Promise<void> {
  expect((await http(alice.device, 'POST', `/v1/conversations/${conv}/members`, { uri: who.uri })).status).toBe(200)
  await waitFor(async () => (await http(who, 'GET', '/v1/requests')).body.requests.some((r: { id: string }) => r.id === conv), 30_000, 'the request')
  expect((await http(who, 'POST', `/v1/requests/${conv}/accept`)).status).toBe(202)
  await waitFor(async () => (await http(who, 'GET', `/v1/conversations/${conv}`)).body?.syncing === false, 30_000, 'the clone')
  await waitFor(async () => await role(alice.device, conv, who.uri) === 'member', 30_000, 'the join to reach alice')
}

beforeAll(async () => {
  alice = await startDeviceOnNats('alice')
  stacks.push(alice)
  bob = await startDevice('bob', ['--bootstrap', alice.device.p2p[0]!])
  devices.push(bob)
  carla = await startDeviceOnNats('carla', ['--bootstrap', alice.device.p2p[0]!, '--bootstrap', bob.p2p[0]!])
  stacks.push(carla)
}, 180_000)

afterAll(async () => {
  for (const d of [...devices, ...stacks.map((s) => s.device)]) await d.stop()
  for (const s of stacks) {
    await s.bus.close()
    await s.nats.stop()
  }
  if (process.env.SKARM_TEST_KEEP === undefined) for (const d of [...devices, ...stacks.map((s) => s.device)]) await rm(d.dataDir, { recursive: true, force: true })
})

describe('a ban bites at the transport', () => {
  let conv: string
  let other: string

  it('alice bans bob: alice and carla close their connections to him, nothing he posts then arrives, he is not let back', async () => {
    conv = (await http(alice.device, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
    await invite(conv, bob)
    await invite(conv, carla.device)
    // carla is also in a second conversation with alice (used by the next test)
    other = (await http(alice.device, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
    await invite(other, carla.device)

    const bobPeer = peerIdOf(bob)
    await waitFor(async () => (await peersOf(alice)).includes(bobPeer) && (await peersOf(carla)).includes(bobPeer), 30_000, 'alice and carla connected to bob')
    // before the ban bob's messages arrive
    const before = await sendText(bob, conv, 'bob before ban')
    await waitFor(async () => (await messageIds(alice.device, conv)).includes(before) && (await messageIds(carla.device, conv)).includes(before), 30_000, 'bob\'s message before the ban')

    expect((await http(alice.device, 'DELETE', `/v1/conversations/${conv}/members/${bob.uri}`)).status).toBe(200)
    expect(await role(alice.device, conv, bob.uri)).toBe('banned')
    await waitFor(async () => await role(carla.device, conv, bob.uri) === 'banned', 30_000, 'the ban to reach carla')
    await waitFor(async () => !(await peersOf(alice)).includes(bobPeer) && !(await peersOf(carla)).includes(bobPeer), 30_000, 'alice and carla to close their connections to bob')

    // bob never heard of the ban: his device takes his posts
    for (let i = 0; i < 3; i++) await http(bob, 'POST', `/v1/conversations/${conv}/messages`, { body: 'bob after ban' })
    const later = await sendText(carla.device, conv, 'carla after the ban')
    await waitFor(async () => (await messageIds(alice.device, conv)).includes(later), 30_000, 'carla\'s message to reach alice')
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS))

    expect(await bodies(alice.device, conv)).not.toContain('bob after ban')
    expect(await bodies(carla.device, conv)).not.toContain('bob after ban')
    expect(await bodies(alice.device, conv)).toContain('bob before ban')
    // not redialed: carla's bootstrap dialer, bob's own dialer (alice is his bootstrap), routing
    expect(await peersOf(alice)).not.toContain(bobPeer)
    expect(await peersOf(carla)).not.toContain(bobPeer)
  }, 300_000)

  it('a device banned in one conversation but still in another with alice keeps its connection, and gets nothing more of the first', async () => {
    const carlaPeer = peerIdOf(carla.device)
    const revoked: string[] = []
    const off = alice.bus.subscribe(SyncEvents.AccessRevoked.subject, SyncEvents.AccessRevoked.type, (evt) => { revoked.push(evt.uri ?? '') })
    try {
      await waitFor(async () => (await peersOf(alice)).includes(carlaPeer), 30_000, 'alice connected to carla')
      expect((await http(alice.device, 'DELETE', `/v1/conversations/${conv}/members/${carla.device.uri}`)).status).toBe(200)
      await waitFor(() => revoked.includes(carla.device.uri), 10_000, 'AccessRevoked on alice\'s bus')

      for (let i = 0; i < 2; i++) await http(carla.device, 'POST', `/v1/conversations/${conv}/messages`, { body: 'carla after her ban' })
      const allowed = await sendText(carla.device, other, 'carla where she is still a member')
      await waitFor(async () => (await messageIds(alice.device, other)).includes(allowed), 30_000, 'carla\'s message in the other conversation')
      await new Promise((resolve) => setTimeout(resolve, GRACE_MS))

      expect(await bodies(alice.device, conv)).not.toContain('carla after her ban')
      expect(await peersOf(alice)).toContain(carlaPeer)
      expect(await peersOf(carla)).toContain(peerIdOf(alice.device))
    } finally {
      off()
    }
  }, 180_000)
})
