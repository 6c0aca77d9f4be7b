// Helpers of the swarm scenarios (test/sim): a simulated LAN of device stacks, invitations,
// messages and convergence checks, black-box through the HTTP API of each device.
import { afterEach, expect } from 'vitest'
import { api, createNetwork, history, type Message, type SimDevice, type SimNetwork } from '@skarm/sim'
import { events, waitFor } from './device.ts'

/** How long sync gets to deliver something (generous: a loaded two-core runner, ten stacks). */
export const SYNC_TIMEOUT_MS = Number(process.env.SKARM_SIM_SYNC_TIMEOUT_MS ?? 180_000)

let nets: SimNetwork[] = []

/** Destroys the networks made by {@link swarm} after each test of the file that imports this module. */
export function destroyNetworksAfterEach (): void {
  afterEach(async () => {
    await Promise.allSettled(nets.map(async (n) => await n.destroy()))
    nets = []
  })
}

/**
 * A LAN of `count` hosts h1…hn, one device on each (names d1…dn), given d1 as bootstrap
 * unless `mdnsOnly` (then they find each other by mDNS alone: a bootstrap peer is kept
 * connected by everyone, so with it d1 would be connected to every device).
 */
export async function swarm (count: number, name: string, mdnsOnly = false): Promise<{ net: SimNetwork, devices: SimDevice[] }> {
  const net = await createNetwork({ name, keepData: process.env.SKARM_SIM_KEEP !== undefined })
  nets.push(net)
  const devices: SimDevice[] = []
  for (let i = 1; i <= count; i++) {
    await net.addHost(`h${i}`)
    devices.push(await net.startDevice(`h${i}`, `d${i}`, { bootstrap: mdnsOnly ? [] : devices[0]?.p2p }))
  }
  return { net, devices }
}

export async function createConversation (admin: SimDevice): Promise<string> {
  const r = await api(admin, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })
  expect(r.status).toBe(201)
  return r.body.id as string
}

/** `admin` invites `invitee`; the invitee sees the request (its id is the conversation id, as Jami's) and accepts. */
export async function inviteAndAccept (admin: SimDevice, invitee: SimDevice, conversationId: string): Promise<void> {
  const inv = await api(admin, 'POST', `/v1/conversations/${conversationId}/members`, { uri: invitee.uri })
  expect(inv.status).toBe(200)
  expect(inv.body.commit).toMatch(/^[0-9a-f]{40}$/)
  const request = (await waitFor(async () => {
    const r = await api(invitee, 'GET', '/v1/requests')
    return (r.body?.requests as Array<{ id: string, from: string }> | undefined)?.find((q) => q.id === conversationId)
  }, SYNC_TIMEOUT_MS, `${invitee.name} to receive the invitation`))!
  expect(request.from).toBe(admin.uri)
  // accepting answers 202: the clone goes on in the background until ConversationReady
  const feed = await events(invitee)
  try {
    const acc = await api(invitee, 'POST', `/v1/requests/${conversationId}/accept`)
    expect(acc.status).toBe(202)
    await waitFor(() => feed.list.some((e) => e.event === 'ConversationReady' && e.conversationId === conversationId), SYNC_TIMEOUT_MS, `ConversationReady on ${invitee.name}`)
  } finally {
    feed.close()
  }
  await waitFor(async () => {
    const r = await api(invitee, 'GET', `/v1/conversations/${conversationId}`)
    return r.status === 200 && r.body.syncing === false
  }, SYNC_TIMEOUT_MS, `${invitee.name} to have the conversation`)
}

export async function send (device: SimDevice, conversationId: string, body: string): Promise<string> {
  const r = await api(device, 'POST', `/v1/conversations/${conversationId}/messages`, { body })
  expect(r.status).toBe(201)
  return r.body.id as string
}

export const ids = (h: Message[]): string[] => h.map((m) => m.id)
/** The ids of the messages of a history: every commit but merges (which carry no message). */
export const messageIds = (h: Message[]): string[] => h.filter((m) => m.parents.length < 2).map((m) => m.id)
export const bodies = (h: Message[]): string[] => h.filter((m) => m.type === 'text/plain').map((m) => m.body as string)

/**
 * Waits until every device holds the same history, in the same order, and it has every
 * message in `expected` (ids). Answers that history (oldest first).
 */
export async function converged (devices: SimDevice[], conversationId: string, expected: string[], what: string): Promise<Message[]> {
  let last: Message[][] = []
  try {
    return (await waitFor(async () => {
      last = await Promise.all(devices.map(async (d) => await history(d, conversationId)))
      const first = ids(last[0]!)
      if (!last.every((h) => JSON.stringify(ids(h)) === JSON.stringify(first))) return undefined
      return expected.every((id) => first.includes(id)) ? last[0] : undefined
    }, SYNC_TIMEOUT_MS, what))!
  } catch (err) {
    const seen = last.map((h, i) => `${devices[i]!.name}: ${h.length} commits, head ${h.at(-1)?.id.slice(0, 8)}, ${h.filter((m) => m.parents.length > 1).length} merges; ${bodies(h).join(' | ')}`).join('\n')
    throw new Error(`${(err as Error).message}\nlast seen:\n${seen}`)
  }
}
