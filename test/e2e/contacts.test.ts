// 1:1 contacts (API.md /v1/contacts, SPEC.md §8) between real stacks, through `skarm up` and HTTP
// only: a contact added, its request accepted, both confirmed in one ONE_TO_ONE; no third member;
// removal; and two accounts adding each other while apart, then meeting.
import { execFileSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { http, messageIds, restartDevice, sendText, startDevice, waitFor, type Device } from '../helpers/device.ts'

const HEX40 = /^[0-9a-f]{40}$/
const STRANGER = 'c'.repeat(40)

interface Contact { uri: string, conversationId: string, confirmed: boolean }
const contactsOf = async (d: Device): Promise<Contact[]> => {
  const r = await http(d, 'GET', '/v1/contacts')
  if (r.status !== 200) throw new Error(`contacts: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body.contacts as Contact[]
}
const conversationsOf = async (d: Device): Promise<Array<{ id: string, mode: string, syncing: boolean }>> => (await http(d, 'GET', '/v1/conversations')).body.conversations
const commitCount = (d: Device, id: string): number => Number(execFileSync('git', ['-C', join(d.dataDir, 'conversations', id), 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }).trim())

async function stopAll (devices: Array<Device | undefined>): Promise<void> {
  for (const d of devices) {
    if (d === undefined) continue
    await d.stop()
    await rm(d.dataDir, { recursive: true, force: true })
  }
}

describe('a contact added while both are connected', () => {
  let alice: Device
  let bob: Device
  let conv: string
  beforeAll(async () => {
    alice = await startDevice('alice')
    bob = await startDevice('bob', ['--bootstrap', alice.p2p[0]!])
  })
  afterAll(async () => { await stopAll([bob, alice]) })

  it('refuses a malformed URI and one\'s own, writing nothing', async () => {
    const self = await http(alice, 'POST', '/v1/contacts', { uri: alice.uri })
    expect(self.status).toBe(400)
    expect(self.body.error.code).toBe('CONTACT_SELF')
    expect((await http(alice, 'POST', '/v1/contacts', { uri: 'not-a-uri' })).status).toBe(400)
    expect((await http(alice, 'DELETE', `/v1/contacts/${bob.uri}`)).body.error.code).toBe('CONTACT_NOT_FOUND')
    expect(await contactsOf(alice)).toEqual([])
    expect(await conversationsOf(alice)).toEqual([])
  })

  it('alice adds bob: a ONE_TO_ONE; bob gets the request, accepts; both list each other confirmed in it; they chat', async () => {
    const added = await http(alice, 'POST', '/v1/contacts', { uri: bob.uri })
    expect(added.status).toBe(201)
    expect(added.body.conversationId).toMatch(HEX40)
    conv = added.body.conversationId
    expect(await conversationsOf(alice)).toEqual([{ id: conv, mode: 'ONE_TO_ONE', syncing: false }])
    expect(await contactsOf(alice)).toEqual([{ uri: bob.uri, conversationId: conv, confirmed: false }])

    const request = await waitFor(async () => (await http(bob, 'GET', '/v1/requests')).body.requests.find((r: { id: string }) => r.id === conv), 60_000, 'the request on bob')
    expect(request.from).toBe(alice.uri)
    // a stranger's request waits for the user
    expect(await contactsOf(bob)).toEqual([])
    expect((await http(bob, 'POST', `/v1/requests/${conv}/accept`)).status).toBe(202)
    await waitFor(async () => (await http(bob, 'GET', `/v1/conversations/${conv}`)).status === 200, 60_000, 'bob\'s clone')

    await waitFor(async () => JSON.stringify(await contactsOf(bob)) === JSON.stringify([{ uri: alice.uri, conversationId: conv, confirmed: true }]), 30_000, 'alice confirmed on bob')
    await waitFor(async () => JSON.stringify(await contactsOf(alice)) === JSON.stringify([{ uri: bob.uri, conversationId: conv, confirmed: true }]), 60_000, 'bob confirmed on alice')

    const fromBob = await sendText(bob, conv, 'hej alice')
    await waitFor(async () => (await messageIds(alice, conv)).includes(fromBob), 30_000, 'bob\'s message on alice')
    const fromAlice = await sendText(alice, conv, 'hej bob')
    await waitFor(async () => (await messageIds(bob, conv)).includes(fromAlice), 30_000, 'alice\'s message on bob')
  })

  it('adding again answers the same conversation (200), on either side', async () => {
    const again = await http(alice, 'POST', '/v1/contacts', { uri: bob.uri })
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ conversationId: conv })
    const fromBob = await http(bob, 'POST', '/v1/contacts', { uri: alice.uri })
    expect(fromBob.status).toBe(200)
    expect(fromBob.body).toEqual({ conversationId: conv })
    expect((await conversationsOf(alice)).filter((c) => c.mode === 'ONE_TO_ONE')).toHaveLength(1)
    expect((await conversationsOf(bob)).filter((c) => c.mode === 'ONE_TO_ONE')).toHaveLength(1)
  })

  it('a third member in the ONE_TO_ONE is refused with 403, nothing written', async () => {
    const members = (await http(alice, 'GET', `/v1/conversations/${conv}/members`)).body
    const count = commitCount(alice, conv)
    for (const d of [alice, bob]) {
      const r = await http(d, 'POST', `/v1/conversations/${conv}/members`, { uri: STRANGER })
      expect(r.status).toBe(403)
      expect(r.body.error.code).toBe('ONE_TO_ONE_FULL')
    }
    expect(commitCount(alice, conv)).toBe(count)
    expect((await http(alice, 'GET', `/v1/conversations/${conv}/members`)).body).toEqual(members)
  })

  it('removing the contact removes its conversation here; the peer keeps its own copy', async () => {
    const r = await http(alice, 'DELETE', `/v1/contacts/${bob.uri}`)
    expect(r.status).toBe(204)
    expect(await contactsOf(alice)).toEqual([])
    expect((await conversationsOf(alice)).map((c) => c.id)).not.toContain(conv)
    expect((await http(alice, 'GET', `/v1/conversations/${conv}`)).status).toBe(404)
    expect((await http(alice, 'DELETE', `/v1/contacts/${bob.uri}`)).body.error.code).toBe('CONTACT_NOT_FOUND')
    expect((await conversationsOf(bob)).map((c) => c.id)).toContain(conv)
  })
})

describe('two accounts adding each other while apart', () => {
  let carol: Device
  let dave: Device
  beforeAll(async () => {
    // no bootstrap between them, no mDNS: they cannot meet
    carol = await startDevice('carol')
    dave = await startDevice('dave')
  })
  afterAll(async () => { await stopAll([dave, carol]) })

  it('each makes its own ONE_TO_ONE; once they meet each accepts the other\'s, both keep both and show the same one, confirmed', async () => {
    const c = await http(carol, 'POST', '/v1/contacts', { uri: dave.uri })
    const d = await http(dave, 'POST', '/v1/contacts', { uri: carol.uri })
    expect([c.status, d.status]).toEqual([201, 201])
    const ids = [c.body.conversationId as string, d.body.conversationId as string]
    expect(ids[0]).not.toBe(ids[1])
    expect(await contactsOf(carol)).toEqual([{ uri: dave.uri, conversationId: ids[0], confirmed: false }])

    // they meet: dave restarted with carol as bootstrap
    await dave.stop()
    dave = await restartDevice(dave, ['--bootstrap', carol.p2p[0]!])

    const both = [...ids].sort()
    for (const x of [carol, dave]) {
      await waitFor(async () => JSON.stringify((await conversationsOf(x)).filter((v) => v.mode === 'ONE_TO_ONE' && !v.syncing).map((v) => v.id)) === JSON.stringify(both), 90_000, 'both ONE_TO_ONE conversations')
    }
    await waitFor(async () => JSON.stringify(await contactsOf(carol)) === JSON.stringify([{ uri: dave.uri, conversationId: both[0], confirmed: true }]), 60_000, 'dave confirmed on carol')
    await waitFor(async () => JSON.stringify(await contactsOf(dave)) === JSON.stringify([{ uri: carol.uri, conversationId: both[0], confirmed: true }]), 60_000, 'carol confirmed on dave')
    // accepted automatically: no request waits for either user
    expect((await http(carol, 'GET', '/v1/requests')).body.requests).toEqual([])
    expect((await http(dave, 'GET', '/v1/requests')).body.requests).toEqual([])
    // both members of both
    for (const id of ids) {
      await waitFor(async () => {
        const members = (await http(carol, 'GET', `/v1/conversations/${id}/members`)).body.members as Array<{ uri: string, role: string }>
        return members.every((m) => m.role === 'admin' || m.role === 'member') && members.length === 2
      }, 60_000, 'both members on carol')
    }
  })

  it('removing the contact removes both its conversations', async () => {
    expect((await http(dave, 'DELETE', `/v1/contacts/${carol.uri}`)).status).toBe(204)
    expect((await conversationsOf(dave)).filter((c) => c.mode === 'ONE_TO_ONE')).toEqual([])
    expect(await contactsOf(dave)).toEqual([])
  })
})
