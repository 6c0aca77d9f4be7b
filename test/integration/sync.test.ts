// Sync between devices (docs/sync.md) with real stacks: `skarm init` + `skarm up` on
// 127.0.0.1, no mDNS, the second device bootstrapped with the first one's address; HTTP only.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { events, http, startDevice, waitFor, type Device } from '../helpers/device.ts'

let alice: Device
let bob: Device
const all: Device[] = []

beforeAll(async () => {
  alice = await startDevice('alice')
  bob = await startDevice('bob', ['--bootstrap', alice.p2p[0]!])
  all.push(alice, bob)
}, 120_000)

afterAll(async () => {
  for (const d of all) await d.stop()
  for (const d of all) await rm(d.dataDir, { recursive: true, force: true })
})

async function ids (d: Device, conv: string): Promise<string[]> {
  const r = await http(d, 'GET', `/v1/conversations/${conv}/messages?limit=1000`)
  if (r.status !== 200) throw new Error(`messages: ${r.status} ${JSON.stringify(r.body)}`)
  return (r.body.messages as Array<{ id: string }>).map((m) => m.id)
}

async function send (d: Device, conv: string, body: string): Promise<string> {
  const r = await http(d, 'POST', `/v1/conversations/${conv}/messages`, { body })
  expect(r.status).toBe(201)
  return r.body.id as string
}

/** Both devices hold every commit of `expected` and show the same order. */
async function converged (a: Device, b: Device, conv: string, expected: string[]): Promise<string[]> {
  return await waitFor(async () => {
    const [x, y] = [await ids(a, conv), await ids(b, conv)]
    return expected.every((id) => x.includes(id) && y.includes(id)) && JSON.stringify(x) === JSON.stringify(y) ? x : undefined
  }, 30_000, 'both devices to show the same history') as string[]
}

describe('sync between two devices', () => {
  let conv: string

  it('invite → request → accept → both chat and see the same message order', async () => {
    const bobEvents = await events(bob)
    const aliceEvents = await events(alice)
    try {
      const created = await http(alice, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
      expect(created.status).toBe(201)
      conv = created.body.id
      await http(alice, 'PATCH', `/v1/conversations/${conv}`, { title: 'Team' })
      expect((await http(alice, 'POST', `/v1/conversations/${conv}/members`, { uri: bob.uri })).status).toBe(200)

      const requests = await waitFor(async () => {
        const r = await http(bob, 'GET', '/v1/requests')
        return r.body.requests.length > 0 ? r.body.requests : undefined
      }, 30_000, 'the request to reach bob')
      expect(requests).toEqual([{ id: conv, from: alice.uri, received: expect.any(Number), title: 'Team' }])
      await waitFor(() => bobEvents.list.some((e) => e.event === 'ConversationRequestReceived' && e.conversationId === conv), 10_000, 'ConversationRequestReceived')

      const accepted = await http(bob, 'POST', `/v1/requests/${conv}/accept`)
      expect(accepted.status).toBe(202)
      await waitFor(async () => (await http(bob, 'GET', `/v1/conversations/${conv}`)).status === 200, 30_000, 'the clone')
      await waitFor(() => bobEvents.list.some((e) => e.event === 'ConversationReady' && e.conversationId === conv), 10_000, 'ConversationReady')
      expect((await http(bob, 'GET', '/v1/requests')).body.requests).toEqual([])
      expect((await http(bob, 'GET', '/v1/conversations')).body.conversations).toContainEqual({ id: conv, mode: 'INVITES_ONLY', syncing: false })

      // bob's join reaches alice
      await waitFor(async () => {
        const r = await http(alice, 'GET', `/v1/conversations/${conv}/members`)
        return r.body.members.some((m: { uri: string, role: string }) => m.uri === bob.uri && m.role === 'member')
      }, 30_000, 'bob\'s join to reach alice')

      const m1 = await send(alice, conv, 'hej bob')
      const m2 = await send(bob, conv, 'hej alice')
      const order = await converged(alice, bob, conv, [m1, m2])
      expect(order).toContain(m1)
      await waitFor(() => bobEvents.list.some((e) => e.event === 'MessageReceived' && e.message.id === m1), 10_000, 'MessageReceived on bob')
      await waitFor(() => aliceEvents.list.some((e) => e.event === 'ConversationSyncFinished'), 10_000, 'ConversationSyncFinished on alice')
    } finally {
      bobEvents.close()
      aliceEvents.close()
    }
  })

  it('concurrent messages on both sides converge with a merge commit', async () => {
    const sent = await Promise.all([
      send(alice, conv, 'a1'), send(bob, conv, 'b1'), send(alice, conv, 'a2'), send(bob, conv, 'b2')
    ])
    const order = await converged(alice, bob, conv, sent)
    const messages = (await http(alice, 'GET', `/v1/conversations/${conv}/messages?limit=1000`)).body.messages as Array<{ id: string, parents: string[] }>
    expect(messages.some((m) => m.parents.length === 2)).toBe(true)
    expect(order.length).toBeGreaterThanOrEqual(sent.length)
  })
})
