// Accounts on several devices (SPEC.md §8–§9), on real stacks through HTTP: a second device of
// alice's account gets every conversation, the state her devices share (preferences, removals,
// requests, last displayed) follows her devices and never reaches bob's.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { http, messageIds, restartDevice, sendText, skarm, startDevice, waitFor, type Device } from '../helpers/device.ts'

const PASSWORD = 'correct horse battery staple'
/** How long what must never arrive is given to arrive anyway (after a later message arrived). */
const GRACE_MS = 10_000
const running: Device[] = []
let alice1: Device
let bob: Device
let alice2: Device
/** alice's conversation with bob, and one of hers alone. */
let withBob: string
let alone: string
/** bob's conversation, alice invited. */
let fromBob: string

/**
 * A new device of `first`'s account, as a user makes one: `skarm export` on the first device,
 * `skarm init --import` in a new data folder (a new device key and certificate, the account
 * state, every conversation as an accepted request naming the devices that hold it).
 */
async function linkedDevice (first: Device, name: string): Promise<Pick<Device, 'dataDir' | 'uri' | 'deviceId'>> {
  const dir = await mkdtemp(join(tmpdir(), `skarm-${name}-`))
  const archive = join(dir, 'account.skarm')
  const exported = await skarm(['export', '--data', first.dataDir, '--out', archive, '--password', PASSWORD])
  expect(exported.code, exported.stderr).toBe(0)
  const dataDir = join(dir, 'data')
  const imported = await skarm(['init', '--data', dataDir, '--import', archive, '--password', PASSWORD])
  expect(imported.code, imported.stderr).toBe(0)
  const { uri, deviceId } = JSON.parse(imported.stdout) as { uri: string, deviceId: string }
  expect(uri).toBe(first.uri)
  expect(deviceId).not.toBe(first.deviceId)
  return { dataDir, uri, deviceId }
}

async function up (d: Promise<Device> | Device): Promise<Device> {
  const dev = await d
  running.push(dev)
  return dev
}

async function stop (d: Device): Promise<void> {
  await d.stop()
  running.splice(running.indexOf(d), 1)
}

/** The conversation ids `d` lists, with `syncing: false` only. */
async function ready (d: Device): Promise<string[]> {
  const r = await http(d, 'GET', '/v1/conversations')
  return (r.body.conversations as Array<{ id: string, syncing: boolean }>).filter((c) => !c.syncing).map((c) => c.id)
}

async function listed (d: Device): Promise<string[]> {
  return ((await http(d, 'GET', '/v1/conversations')).body.conversations as Array<{ id: string }>).map((c) => c.id)
}

async function requestIds (d: Device): Promise<string[]> {
  return ((await http(d, 'GET', '/v1/requests')).body.requests as Array<{ id: string }>).map((r) => r.id)
}

/** Waits until `a` and `b` show the same history of `conv`, holding `id` when given. */
async function sameHistory (a: Device, b: Device, conv: string, id?: string): Promise<string[]> {
  return (await waitFor(async () => {
    const [x, y] = [await messageIds(a, conv), await messageIds(b, conv)]
    return (id === undefined || x.includes(id)) && x.join() === y.join() ? x : undefined
  }, 90_000, `identical histories of ${conv}`))!
}

beforeAll(async () => {
  alice1 = await up(startDevice('alice'))
  bob = await up(startDevice('bob', ['--bootstrap', alice1.p2p[0]!]))
})

afterAll(async () => {
  for (const d of running.splice(0)) await d.stop()
})

describe('an account on several devices', () => {
  it('alice chats with bob on her first device', async () => {
    withBob = (await http(alice1, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id
    alone = (await http(alice1, 'POST', '/v1/conversations', { mode: 'ADMIN_INVITES_ONLY' })).body.id
    await sendText(alice1, alone, 'a note to myself')
    expect((await http(alice1, 'POST', `/v1/conversations/${withBob}/members`, { uri: bob.uri })).status).toBe(200)
    await waitFor(async () => (await requestIds(bob)).includes(withBob), 60_000, 'the invitation at bob')
    expect((await http(bob, 'POST', `/v1/requests/${withBob}/accept`)).status).toBe(202)
    await waitFor(async () => (await ready(bob)).includes(withBob), 60_000, 'the clone at bob')
    const hi = await sendText(alice1, withBob, 'hello bob')
    await sameHistory(alice1, bob, withBob, hi)
    const back = await sendText(bob, withBob, 'hi alice')
    await sameHistory(alice1, bob, withBob, back)
  })

  it('a second device of her account gets every conversation, with identical histories', async () => {
    alice2 = await up(restartDevice(await linkedDevice(alice1, 'alice2'), ['--bootstrap', alice1.p2p[0]!]))
    await waitFor(async () => { const ids = await ready(alice2); return ids.includes(withBob) && ids.includes(alone) }, 90_000, 'both conversations on alice2')
    await sameHistory(alice1, alice2, withBob)
    await sameHistory(alice1, alice2, alone)
    expect((await http(alice2, 'GET', '/v1/account')).body).toMatchObject({ uri: alice1.uri, deviceId: alice2.deviceId, devices: [alice2.deviceId, alice1.deviceId] })
    await waitFor(async () => (await http(alice1, 'GET', '/v1/account')).body.devices.includes(alice2.deviceId), 60_000, 'alice2 among alice1\'s devices')
    expect((await http(alice1, 'GET', '/v1/account')).body.devices[0]).toBe(alice1.deviceId)
    // a conversation made on the first device after the export reaches the second through the account state
    const later = (await http(alice1, 'POST', '/v1/conversations', { mode: 'PUBLIC' })).body.id as string
    const note = await sendText(alice1, later, 'made after the export')
    await waitFor(async () => (await ready(alice2)).includes(later), 90_000, 'the later conversation on alice2')
    await sameHistory(alice1, alice2, later, note)
    // her account was already a member: no join commit from the new device
    const members = (await http(alice2, 'GET', `/v1/conversations/${withBob}/members`)).body.members as Array<{ uri: string, role: string }>
    expect(members).toContainEqual({ uri: alice1.uri, role: 'admin' })
  })

  it('what the second device sends reaches bob, signed by that device of alice\'s account', async () => {
    const id = await sendText(alice2, withBob, 'from my second device')
    await sameHistory(alice2, bob, withBob, id)
    await sameHistory(alice1, bob, withBob, id)
    const m = ((await http(bob, 'GET', `/v1/conversations/${withBob}/messages?limit=1`)).body.messages as Array<Record<string, unknown>>)[0]!
    expect(m).toMatchObject({ id, author: alice1.uri, device: alice2.deviceId, body: 'from my second device' })
    const verify = await skarm(['verify', '--repo', join(bob.dataDir, 'conversations', withBob)])
    expect(verify.code).toBe(0)
  })

  it('preferences and the last displayed message set on one device appear on the other, never at bob', async () => {
    expect((await http(alice1, 'PUT', `/v1/conversations/${withBob}/preferences`, { color: '#336699', symbol: '★' })).status).toBe(200)
    await waitFor(async () => (await http(alice2, 'GET', `/v1/conversations/${withBob}/preferences`)).body.color === '#336699', 60_000, 'the preferences on alice2')
    expect((await http(alice2, 'GET', `/v1/conversations/${withBob}/preferences`)).body).toEqual({ color: '#336699', symbol: '★' })
    const [last] = await messageIds(alice1, withBob)
    expect((await http(alice1, 'POST', `/v1/conversations/${withBob}/displayed`, { commit: last })).status).toBe(204)
    await waitFor(async () => {
      const members = (await http(alice2, 'GET', `/v1/conversations/${withBob}/members`)).body.members as Array<{ uri: string, lastDisplayed?: string }>
      return members.find((x) => x.uri === alice1.uri)?.lastDisplayed === last
    }, 60_000, 'the last displayed message on alice2')
    // bob's devices never get alice's account state
    expect((await http(bob, 'GET', `/v1/conversations/${withBob}/preferences`)).body).toEqual({})
    const bobMembers = (await http(bob, 'GET', `/v1/conversations/${withBob}/members`)).body.members as Array<{ uri: string, lastDisplayed?: string }>
    expect(bobMembers.find((x) => x.uri === alice1.uri)?.lastDisplayed).toBeUndefined()
    expect((await http(bob, 'GET', '/v1/account')).body.devices).toEqual([bob.deviceId])
  })

  it('a request to alice shows on both devices; accepted on one, the other gets the conversation too', async () => {
    fromBob = (await http(bob, 'POST', '/v1/conversations', { mode: 'INVITES_ONLY' })).body.id
    expect((await http(bob, 'POST', `/v1/conversations/${fromBob}/members`, { uri: alice1.uri })).status).toBe(200)
    await waitFor(async () => (await requestIds(alice1)).includes(fromBob) && (await requestIds(alice2)).includes(fromBob), 90_000, 'the request on both of alice\'s devices')
    expect((await http(alice2, 'POST', `/v1/requests/${fromBob}/accept`)).status).toBe(202)
    await waitFor(async () => (await ready(alice2)).includes(fromBob), 90_000, 'the conversation on alice2')
    await waitFor(async () => (await ready(alice1)).includes(fromBob), 90_000, 'the conversation on alice1')
    expect(await requestIds(alice1)).not.toContain(fromBob)
    const hi = await sendText(bob, fromBob, 'welcome, both of you')
    await sameHistory(bob, alice1, fromBob, hi)
    await sameHistory(bob, alice2, fromBob, hi)
  })

  it('a conversation removed on one device is removed on the other, not at bob', async () => {
    expect((await http(alice2, 'DELETE', `/v1/conversations/${fromBob}`)).status).toBe(204)
    await waitFor(async () => !(await listed(alice1)).includes(fromBob), 60_000, 'the removal on alice1')
    expect((await http(alice1, 'GET', `/v1/conversations/${fromBob}`)).status).toBe(404)
    expect(await ready(bob)).toContain(fromBob)
    // bob gets alice's leave (the removing device keeps serving it): alice is no longer listed
    await waitFor(async () => !(await http(bob, 'GET', `/v1/conversations/${fromBob}/members`)).body.members.some((m: { uri: string }) => m.uri === alice1.uri), 60_000, 'alice\'s leave at bob')
    // nor offered again as a request
    expect(await requestIds(alice1)).not.toContain(fromBob)
  })

  it('revoked from her first device, the second is listed no more and what it posts never reaches bob or her first device', async () => {
    expect((await http(alice1, 'DELETE', '/v1/account/devices/nope')).status).toBe(400)
    const self = await http(alice1, 'DELETE', `/v1/account/devices/${alice1.deviceId}`)
    expect([self.status, self.body.error.code]).toEqual([403, 'DEVICE_SELF'])
    const stranger = await http(alice1, 'DELETE', `/v1/account/devices/${bob.deviceId}`)
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'DEVICE_NOT_FOUND'])
    const before = await sendText(alice2, withBob, 'before my revocation')
    await sameHistory(alice2, bob, withBob, before)

    expect((await http(alice1, 'DELETE', `/v1/account/devices/${alice2.deviceId}`)).status).toBe(204)
    expect((await http(alice1, 'GET', '/v1/account')).body.devices).toEqual([alice1.deviceId])
    // the revocation (the account's CRL) is in the conversation with bob
    await waitFor(async () => ((await http(bob, 'GET', `/v1/conversations/${withBob}/messages?limit=20`)).body.messages as Array<{ type: string }>)
      .some((m) => m.type === 'application/revoke-device'), 60_000, 'the revocation at bob')

    // alice2 never hears of it from her account (or refuses itself once it has the commit)
    for (let i = 0; i < 3; i++) expect([201, 403]).toContain((await http(alice2, 'POST', `/v1/conversations/${withBob}/messages`, { body: 'after my revocation' })).status)
    const later = await sendText(bob, withBob, 'bob after the revocation')
    await sameHistory(bob, alice1, withBob, later)
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS))
    for (const d of [bob, alice1]) {
      const bodies = ((await http(d, 'GET', `/v1/conversations/${withBob}/messages?limit=100`)).body.messages as Array<{ body?: string }>).map((m) => m.body)
      expect(bodies).toContain('before my revocation')
      expect(bodies).not.toContain('after my revocation')
    }
  })

  it('with her other devices stopped, a third device bootstrapped to bob only clones from bob', async () => {
    await stop(alice2)
    await stop(alice1)
    const alice3 = await up(restartDevice(await linkedDevice(alice1, 'alice3'), ['--bootstrap', bob.p2p[0]!]))
    await waitFor(async () => (await ready(alice3)).includes(withBob), 90_000, 'the conversation on alice3')
    await sameHistory(bob, alice3, withBob)
    const id = await sendText(alice3, withBob, 'from my third device')
    await sameHistory(bob, alice3, withBob, id)
  })
})
