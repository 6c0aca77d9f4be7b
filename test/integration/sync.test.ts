// Sync between devices (docs/sync.md) with real stacks: `skarm init` + `skarm up` on
// 127.0.0.1, no mDNS, the second device bootstrapped with the first one's address; HTTP only.
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { events, http, messageIds, restartDevice, sendText, startDevice, waitFor, type Device } from '../helpers/device.ts'

const ids = messageIds
const send = sendText

const run = promisify(execFile)

let alice: Device
let bob: Device
let carol: Device
const all: Device[] = []

beforeAll(async () => {
  alice = await startDevice('alice')
  bob = await startDevice('bob', ['--bootstrap', alice.p2p[0]!])
  // carol knows only bob: what reaches her from alice travels through bob (gossip)
  carol = await startDevice('carol', ['--bootstrap', bob.p2p[0]!])
  all.push(alice, bob, carol)
}, 120_000)

/** `skarm up` again on a stopped device's data directory (same account and device). */
async function restart (d: Device, extra: string[]): Promise<Device> {
  const again = await restartDevice(d, extra)
  all.push(again)
  return again
}

async function servicePid (d: Device, service: string): Promise<number> {
  const r = await http(d, 'GET', '/v1/health')
  return r.body.services[service].pid as number
}

async function memberOf (d: Device, conv: string, uri: string): Promise<boolean> {
  const r = await http(d, 'GET', `/v1/conversations/${conv}/members`)
  return r.status === 200 && r.body.members.some((m: { uri: string, role: string }) => m.uri === uri && m.role === 'member')
}

afterAll(async () => {
  for (const d of all) await d.stop()
  if (process.env.SKARM_TEST_KEEP === undefined) for (const d of all) await rm(d.dataDir, { recursive: true, force: true })
  else console.log('kept:', all.map((d) => d.dataDir).join(' '))
})

/** Every device holds every commit of `expected` and all show the same order. */
async function converged (devices: Device[], conv: string, expected: string[]): Promise<string[]> {
  let last: string[][] = []
  try {
    return await waitFor(async () => {
      const lists = await Promise.all(devices.map(async (d) => await ids(d, conv)))
      last = lists
      const same = lists.every((l) => JSON.stringify(l) === JSON.stringify(lists[0]))
      return same && expected.every((id) => lists.every((l) => l.includes(id))) ? lists[0] : undefined
    }, 45_000, 'the devices to show the same history') as string[]
  } catch (err) {
    throw new Error(`${(err as Error).message}; expected ${JSON.stringify(expected)}, histories ${JSON.stringify(last)}`)
  }
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
      await waitFor(async () => (await http(bob, 'GET', `/v1/conversations/${conv}`)).body.syncing === false, 30_000, 'the clone') // listed (syncing) at once, cloned later
      await waitFor(() => bobEvents.list.some((e) => e.event === 'ConversationReady' && e.conversationId === conv), 10_000, 'ConversationReady')
      expect((await http(bob, 'GET', '/v1/requests')).body.requests).toEqual([])
      expect((await http(bob, 'GET', '/v1/conversations')).body.conversations).toContainEqual({ id: conv, mode: 'INVITES_ONLY', syncing: false })

      // bob's join reaches alice
      await waitFor(async () => await memberOf(alice, conv, bob.uri), 30_000, 'bob\'s join to reach alice')

      const m1 = await send(alice, conv, 'hej bob')
      const m2 = await send(bob, conv, 'hej alice')
      const order = await converged([alice, bob], conv, [m1, m2])
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
    const order = await converged([alice, bob], conv, sent)
    const messages = (await http(alice, 'GET', `/v1/conversations/${conv}/messages?limit=1000`)).body.messages as Array<{ id: string, parents: string[] }>
    expect(messages.some((m) => m.parents.length === 2)).toBe(true)
    expect(order.length).toBeGreaterThanOrEqual(sent.length)
  })

  it('a device that knows only bob is invited, clones and chats through him (gossip)', async () => {
    expect((await http(alice, 'POST', `/v1/conversations/${conv}/members`, { uri: carol.uri })).status).toBe(200)
    const request = await waitFor(async () => (await http(carol, 'GET', '/v1/requests')).body.requests.find((r: { id: string }) => r.id === conv), 30_000, 'the request to reach carol through bob')
    expect(request.from).toBe(alice.uri) // bob relays alice's invitation
    expect((await http(carol, 'POST', `/v1/requests/${conv}/accept`)).status).toBe(202)
    await waitFor(async () => (await http(carol, 'GET', `/v1/conversations/${conv}`)).status === 200, 30_000, 'carol\'s clone')
    await waitFor(async () => await memberOf(alice, conv, carol.uri), 30_000, 'carol\'s join to reach alice through bob')
    const fromAlice = await send(alice, conv, 'welcome carol')
    const fromCarol = await send(carol, conv, 'thanks')
    await converged([alice, bob, carol], conv, [fromAlice, fromCarol])
  })

  it('a stalled peer never blocks local sends; it catches up when it resumes', async () => {
    const pid = await servicePid(bob, 'transport')
    process.kill(pid, 'SIGSTOP')
    const sent: string[] = []
    try {
      // alice's announces to bob hang; her sends must not
      for (const body of ['while bob sleeps 1', 'while bob sleeps 2', 'while bob sleeps 3']) sent.push(await send(alice, conv, body))
      sent.push(await send(carol, conv, 'carol too'))
    } finally {
      process.kill(pid, 'SIGCONT')
    }
    await converged([alice, bob, carol], conv, sent)
  })

  it('a device stopped then restarted catches up through the heads exchange', async () => {
    await carol.stop()
    const sent = [await send(alice, conv, 'while carol is away'), await send(bob, conv, 'bob too')]
    carol = await restart(carol, ['--bootstrap', bob.p2p[0]!])
    await converged([alice, bob, carol], conv, sent)
  })

  it('a forged commit offered by a peer is refused (OnConversationError) while honest sync continues', async () => {
    const bobEvents = await events(bob)
    const carolEvents = await events(carol)
    try {
      // forge on carol's disk (her store is idle): an unsigned text commit in her name, then an
      // honest message on top of it, which her store signs and announces
      const repo = join(carol.dataDir, 'conversations', conv)
      const head = (await run('git', ['--git-dir', repo, 'rev-parse', 'refs/heads/main'])).stdout.trim()
      const env = { ...process.env, GIT_AUTHOR_NAME: carol.uri, GIT_AUTHOR_EMAIL: carol.deviceId, GIT_COMMITTER_NAME: carol.uri, GIT_COMMITTER_EMAIL: carol.deviceId }
      const forged = (await run('git', ['--git-dir', repo, 'commit-tree', `${head}^{tree}`, '-p', head, '-m', '{"type":"text/plain","body":"forged"}'], { env })).stdout.trim()
      await run('git', ['--git-dir', repo, 'update-ref', 'refs/heads/main', forged, head])
      const onTop = await send(carol, conv, 'on top of the forgery')

      const error = await waitFor(() => bobEvents.list.find((e) => e.event === 'OnConversationError' && e.conversationId === conv), 30_000, 'OnConversationError on bob')
      expect(error.what).toContain(forged)
      expect((await ids(bob, conv))).not.toContain(forged)
      expect((await ids(bob, conv))).not.toContain(onTop)
      // the peer is told: carol's user learns that bob refused her history, and why
      const told = await waitFor(() => carolEvents.list.find((e) => e.event === 'OnConversationError' && e.conversationId === conv && e.code === 5), 30_000, 'the refusal on carol')
      expect(told.what).toContain(forged)

      // alice and bob go on chatting
      const honest = [await send(alice, conv, 'still here'), await send(bob, conv, 'me too')]
      await converged([alice, bob], conv, honest)
      expect(await ids(alice, conv)).not.toContain(forged)
    } finally {
      bobEvents.close()
      carolEvents.close()
    }
  })

  it('a declined request commits nothing and is not shown again', async () => {
    const other = (await http(alice, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id as string
    expect((await http(alice, 'POST', `/v1/conversations/${other}/members`, { uri: bob.uri })).status).toBe(200)
    await waitFor(async () => (await http(bob, 'GET', '/v1/requests')).body.requests.some((r: { id: string }) => r.id === other), 30_000, 'the request')
    const before = await ids(alice, other)
    expect((await http(bob, 'POST', `/v1/requests/${other}/decline`)).status).toBe(204)
    expect((await http(bob, 'GET', '/v1/requests')).body.requests).toEqual([])
    expect((await http(bob, 'GET', `/v1/conversations/${other}`)).status).toBe(404)
    expect((await http(bob, 'POST', `/v1/requests/${other}/accept`)).status).toBe(404)
    await send(alice, other, 'anyone?')
    expect(await ids(alice, other)).toHaveLength(before.length + 1)
    const members = (await http(alice, 'GET', `/v1/conversations/${other}/members`)).body.members
    expect(members).toContainEqual({ uri: bob.uri, role: 'invited' })
  })

  it('joins a PUBLIC conversation without an invitation (202, cloned from a member)', async () => {
    const pub = (await http(alice, 'POST', '/v1/conversations', { mode: 'PUBLIC' })).body.id as string
    const hello = await send(alice, pub, 'open to all')
    const joined = await http(bob, 'POST', `/v1/conversations/${pub}/join`, { from: alice.uri })
    expect(joined.status).toBe(202)
    await waitFor(async () => (await http(bob, 'GET', `/v1/conversations/${pub}`)).status === 200, 30_000, 'the PUBLIC clone')
    await waitFor(async () => await memberOf(alice, pub, bob.uri), 30_000, 'bob\'s join to reach alice')
    await converged([alice, bob], pub, [hello])
  })

  it('a ONE_TO_ONE conversation invites its peer at creation', async () => {
    const one = (await http(alice, 'POST', '/v1/conversations', { mode: 'ONE_TO_ONE', invited: bob.uri })).body.id as string
    await waitFor(async () => (await http(bob, 'GET', '/v1/requests')).body.requests.some((r: { id: string }) => r.id === one), 30_000, 'the request')
    expect((await http(bob, 'POST', `/v1/requests/${one}/accept`)).status).toBe(202)
    await waitFor(async () => (await http(bob, 'GET', `/v1/conversations/${one}`)).body.syncing === false, 30_000, 'the clone') // listed (syncing) at once, cloned later
    const sent = [await send(bob, one, 'hi'), await send(alice, one, 'hi back')]
    await converged([alice, bob], one, sent)
  })
})
