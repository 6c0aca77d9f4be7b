import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addDevice, parseCertificate, revokedSerials, type Identity } from '@skarm/identity'
import type { AccountEntries } from '../src/index.ts'
import { accountDevice, identities, install, joinMember, pull, type AccountDev as Dev } from './helpers.ts'

const [alice1, bob] = await identities('alice', 'bob')
const alice2 = await addDevice(alice1)

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

/** A device with its account sync started, on `dataDir` (a restart) or a fresh folder removed after the test. */
async function device (identity: Identity, dataDir?: string): Promise<Dev> {
  const d = await accountDevice(identity, { dataDir })
  dirs.push(d.dataDir)
  return d
}

/** A clone of `from`'s copy installed on `to`: the commits it made (a join, or none). */
async function cloneInto (from: Dev, to: Dev, id: string): Promise<string[]> {
  return (await install(from, to, id)).commits
}

/** Sends `from`'s whole state to `to` (what the transport does when two own devices meet). */
async function exchange (from: Dev, to: Dev): Promise<string[]> {
  return await to.account.merge(from.identity.deviceId, await from.account.entries())
}

const kinds = (d: Dev): string[] => d.events.map((e) => e.event)

describe('account state between an account\'s own devices', () => {
  it('names this device at start and lists the devices not revoked, this one first', async () => {
    const a1 = await device(alice1)
    const a2 = await device(alice2)
    expect(await a1.account.devices()).toEqual([alice1.deviceId])
    expect(a1.changed).toEqual([[`device/${alice1.deviceId}`]])
    expect(await a1.account.state.get(`device/${alice1.deviceId}`)).toMatchObject({ cert: alice1.deviceCert })
    await exchange(a2, a1)
    expect(await a1.account.devices()).toEqual([alice1.deviceId, alice2.deviceId])
    // a restart writes nothing new
    const again = await device(alice1, a1.dataDir)
    expect(again.changed).toEqual([])
  })

  it('writes an entry for each local change: created, preferences, displayed, removed, requests', async () => {
    const a1 = await device(alice1)
    const { id } = await a1.store.createConversation('INVITES_ONLY')
    expect(await a1.account.state.get(`conv/${id}`)).toEqual({ mode: 'INVITES_ONLY' })
    await a1.store.setPreferences(id, { color: '#336699' })
    await a1.store.setPreferences(id, { symbol: '★' })
    expect(await a1.account.state.get(`conv/${id}/prefs`)).toEqual({ color: '#336699', symbol: '★' })
    const m = await a1.store.sendMessage(id, { body: 'hej' })
    await a1.store.setDisplayed(id, m.id)
    expect(await a1.account.state.get(`conv/${id}/displayed`)).toBe(m.id)
    await a1.store.removeConversation(id)
    expect((await a1.account.entries())[`conv/${id}`]!.v).toBeNull()

    const other = 'c'.repeat(40)
    await a1.sync.addRequest({ conversationId: other, from: bob.uri, title: 'T' })
    expect(await a1.account.state.get(`conv/${other}/request`)).toMatchObject({ from: bob.uri, title: 'T', status: 'pending' })
    await a1.sync.acceptRequest(other)
    expect(await a1.account.state.get(`conv/${other}/request`)).toMatchObject({ status: 'accepted' })
    const third = 'd'.repeat(40)
    await a1.sync.addRequest({ conversationId: third, from: bob.uri })
    await a1.sync.declineRequest(third)
    expect(await a1.account.state.get(`conv/${third}/request`)).toMatchObject({ status: 'declined' })
    expect(a1.changed.flat()).toContain(`conv/${third}/request`)
  })

  it('a conversation made before the state existed gets its entry at start', async () => {
    const a1 = await device(alice1)
    const { id } = await a1.store.createConversation('PUBLIC')
    const state = join(a1.dataDir, 'account', 'state.json')
    await rm(state)
    const again = await device(alice1, a1.dataDir)
    expect(await again.account.state.get(`conv/${id}`)).toEqual({ mode: 'PUBLIC' })
  })

  it('applies another device\'s preferences, displayed and removal (no second leave commit)', async () => {
    const a1 = await device(alice1)
    const b = await device(bob)
    const { id } = await a1.store.createConversation('INVITES_ONLY')
    await joinMember(a1, b, id)
    const m = await a1.store.sendMessage(id, { body: 'hej' })
    await pull(a1, b, id)

    // alice's second device gets the conversation from the state: an accepted request from her own account
    const a2 = await device(alice2)
    expect(await exchange(a1, a2)).toEqual(expect.arrayContaining([`conv/${id}`, `device/${alice1.deviceId}`]))
    expect(a2.events).toContainEqual({ event: 'CloneRequested', conversationId: id, from: alice1.uri })
    expect(await a2.sync.syncing()).toEqual([{ id, mode: 'INVITES_ONLY' }])
    // cloned from bob (the account is a member there): installed without a join commit
    expect((await b.sync.authorize(id, alice1.uri, alice2.deviceId)).allowed).toBe(true)
    expect(await cloneInto(b, a2, id)).toEqual([])
    expect((await a2.store.loadMessages(id, 50)).map((x) => x.id)).toEqual((await a1.store.loadMessages(id, 50)).map((x) => x.id))
    expect(await a2.sync.syncing()).toEqual([])

    await a1.store.setPreferences(id, { color: '#112233', ignoreNotifications: true })
    await a1.store.setDisplayed(id, m.id)
    a2.events.length = 0
    expect(await exchange(a1, a2)).toEqual([`conv/${id}/displayed`, `conv/${id}/prefs`])
    expect(await a2.store.getPreferences(id)).toEqual({ color: '#112233', ignoreNotifications: true })
    expect(a2.events).toContainEqual({ event: 'ConversationPreferencesUpdated', conversationId: id, preferences: { color: '#112233', ignoreNotifications: true } })
    expect((await a2.store.listMembers(id)).find((x) => x.uri === alice1.uri)?.lastDisplayed).toBe(m.id)
    // nothing goes back and forth: the same entries change nothing
    expect(await exchange(a2, a1)).toEqual([`device/${alice2.deviceId}`])
    expect(await exchange(a1, a2)).toEqual([])

    // removed on a2 (its leave commit), removed on a1 without a commit of its own
    await a2.store.sendMessage(id, { body: 'from my second device' })
    await a2.store.removeConversation(id)
    const head = (await a1.sync.authorize(id, alice1.uri, alice1.deviceId)).head
    a1.events.length = 0
    expect(await exchange(a2, a1)).toEqual([`conv/${id}`])
    expect(kinds(a1)).toEqual(['ConversationRemoved'])
    expect(await a1.store.listConversations()).toEqual([])
    await expect(stat(join(a1.dataDir, 'conversations', id))).rejects.toThrow()
    expect(head).not.toBe('')
    // the account states converged
    await exchange(a1, a2)
    expect(await a1.account.entries()).toEqual(await a2.account.entries())
  })

  it('requests: pending shown on the other device, accepted there clones here, declined declines', async () => {
    const a1 = await device(alice1)
    const a2 = await device(alice2)
    const b = await device(bob)
    const { id } = await b.store.createConversation('INVITES_ONLY')
    await b.store.addMember(id, alice1.uri)
    await a1.sync.addRequest({ conversationId: id, from: bob.uri, title: 'Plans' })
    await exchange(a1, a2)
    expect(a2.events).toContainEqual(expect.objectContaining({ event: 'ConversationRequestReceived', conversationId: id, from: bob.uri, title: 'Plans' }))
    expect((await a2.sync.requests.get(id))).toMatchObject({ from: bob.uri, title: 'Plans' })

    await a2.sync.acceptRequest(id)
    await exchange(a2, a1)
    expect(a1.events).toContainEqual({ event: 'CloneRequested', conversationId: id, from: bob.uri })
    expect(await a1.sync.syncing()).toEqual([{ id, mode: 'INVITES_ONLY' }])
    // a2 joins; a1 clones after the join: no second join commit
    expect(await cloneInto(b, a2, id)).toHaveLength(1)
    await pull(a2, b, id)
    expect(await cloneInto(b, a1, id)).toEqual([])
    expect(await a1.account.state.get(`conv/${id}`)).toEqual({ mode: 'INVITES_ONLY' })

    // a request a device receives after its account decided keeps the decision
    const other = 'e'.repeat(40)
    await a1.sync.addRequest({ conversationId: other, from: bob.uri })
    await a1.sync.declineRequest(other)
    await a2.sync.addRequest({ conversationId: other, from: bob.uri })
    await exchange(a1, a2)
    expect(await a2.sync.requests.get(other)).toMatchObject({ declined: true })
    expect(await a2.account.state.get(`conv/${other}/request`)).toMatchObject({ status: 'declined' })
  })

  it('a pending request never undoes a decision: the deciding device says it again', async () => {
    const a1 = await device(alice1)
    const a2 = await device(alice2)
    const id = 'f'.repeat(40)
    await a1.sync.addRequest({ conversationId: id, from: bob.uri })
    await a1.sync.acceptRequest(id)
    // a2 hears of the invitation before a1's decision reaches it, with a higher clock
    for (let i = 0; i < 5; i++) await a2.store.createConversation('PUBLIC')
    await a2.sync.addRequest({ conversationId: id, from: bob.uri })
    expect(await exchange(a2, a1)).toContain(`conv/${id}/request`)
    // a1 keeps its acceptance and writes it again, newer: a2 takes it
    expect((await a1.sync.requests.get(id))?.accepted).toBe(true)
    expect(await a1.account.state.get(`conv/${id}/request`)).toMatchObject({ status: 'accepted' })
    await exchange(a1, a2)
    expect((await a2.sync.requests.get(id))?.accepted).toBe(true)
    expect(await a1.account.entries()).toEqual(await a2.account.entries())
  })

  it('what was decided about a conversation before the account left it is not applied', async () => {
    const a1 = await device(alice1)
    const id = '9'.repeat(40)
    const left: AccountEntries = {
      [`conv/${id}`]: { v: null, c: 7, d: alice2.deviceId },
      [`conv/${id}/request`]: { v: { from: bob.uri, received: 1, status: 'accepted' }, c: 5, d: alice2.deviceId }
    }
    expect(await a1.account.merge(alice2.deviceId, left)).toEqual([`conv/${id}`, `conv/${id}/request`])
    expect(await a1.sync.requests.get(id)).toBeUndefined()
    expect(kinds(a1)).toEqual([])
    // invited again later: a newer request is shown
    await a1.sync.addRequest({ conversationId: id, from: bob.uri })
    expect(await a1.account.state.get(`conv/${id}/request`)).toMatchObject({ status: 'pending' })
    const again = await device(alice1, a1.dataDir)
    expect(await again.sync.requests.get(id)).toMatchObject({ from: bob.uri })
  })

  it('revokes a device: the account\'s CRL in the state and in every conversation of the account, the device refused there', async () => {
    const a1 = await device(alice1)
    const a2 = await device(alice2)
    const alice3 = await addDevice(alice1)
    const a3 = await device(alice3)
    const b = await device(bob)
    const { id } = await a1.store.createConversation('INVITES_ONLY')
    const { id: bobs } = await b.store.createConversation('INVITES_ONLY')
    await exchange(a2, a1)
    await exchange(a3, a1)
    await exchange(a1, a2)
    expect(await cloneInto(a1, a2, id)).toEqual([])
    await a2.store.sendMessage(id, { body: 'from the device about to be lost' })
    await pull(a2, a1, id)
    const before = a1.changed.length

    await expect(a1.account.revokeDevice(alice1.deviceId)).rejects.toMatchObject({ code: 'DEVICE_SELF' })
    await expect(a1.account.revokeDevice(bob.deviceId)).rejects.toMatchObject({ code: 'DEVICE_NOT_FOUND' })
    await expect(a1.account.revokeDevice('nope')).rejects.toMatchObject({ code: 'DEVICE_ID_INVALID' })
    // a device entry whose certificate another account issued is not one of ours
    await a1.account.state.set(`device/${bob.deviceId}`, { cert: bob.deviceCert })
    await expect(a1.account.revokeDevice(bob.deviceId)).rejects.toMatchObject({ code: 'DEVICE_NOT_FOUND' })
    expect(a1.changed.length).toBe(before)

    // bob's conversation, where alice is only invited, gets nothing
    await b.store.addMember(bobs, alice1.uri)
    expect(await a1.account.revokeDevice(alice2.deviceId)).toEqual({ conversations: [id] })
    expect(await a1.account.devices()).toEqual([alice1.deviceId, alice3.deviceId])
    expect(a1.changed.slice(before)).toContainEqual([`device/${alice2.deviceId}`, 'crl'])
    const crl = await a1.account.state.get<string>('crl')
    expect([...await revokedSerials(crl!, alice1.accountCert)]).toEqual([parseCertificate(alice2.deviceCert).serialNumber])
    const [last] = await a1.store.loadMessages(id, 1)
    expect(last).toMatchObject({ type: 'application/revoke-device', fields: { device: alice2.deviceId }, author: alice1.uri, device: alice1.deviceId })
    expect(a1.events).toContainEqual({ event: 'AccessRevoked', conversationId: id, uri: '', deviceId: alice2.deviceId })

    // the revoked device, once it has the revocation, can write nothing more there
    await pull(a1, a2, id)
    await expect(a2.store.sendMessage(id, { body: 'after' })).rejects.toMatchObject({ code: 'DEVICE_REVOKED' })

    // a second revocation: the new CRL revokes both (a revocation is never undone)
    expect(await a1.account.revokeDevice(alice3.deviceId)).toEqual({ conversations: [id] })
    const both = await a1.account.state.get<string>('crl')
    expect([...await revokedSerials(both!, alice1.accountCert)].sort()).toEqual([parseCertificate(alice2.deviceCert).serialNumber, parseCertificate(alice3.deviceCert).serialNumber].sort())
    // the revocation reaches the account's other devices through the state, for ever
    await exchange(a1, a3)
    expect([...await a3.account.revokedDevices()].sort()).toEqual([alice2.deviceId, alice3.deviceId].sort())
  })

  it('refuses a revoked device\'s state and malformed entries', async () => {
    const a1 = await device(alice1)
    const a2 = await device(alice2)
    await exchange(a2, a1)
    await a1.account.state.set(`device/${alice2.deviceId}`, { cert: alice2.deviceCert, revoked: true })
    expect(await a1.account.devices()).toEqual([alice1.deviceId])
    expect([...await a1.account.revokedDevices()]).toEqual([alice2.deviceId])
    await expect(a1.account.merge(alice2.deviceId, await a2.account.entries())).rejects.toMatchObject({ code: 'ACCOUNT_DEVICE_REVOKED' })
    const bad: AccountEntries = { 'conv/x': { v: 1, c: 0, d: alice2.deviceId } }
    await expect(a2.account.merge(alice1.deviceId, bad)).rejects.toMatchObject({ code: 'ACCOUNT_STATE_INVALID' })
    await expect(a2.account.merge('nope', {})).rejects.toMatchObject({ code: 'DEVICE_ID_INVALID' })
    // a revocation wins over the device's own later entry
    await exchange(a1, a2)
    expect([...await a2.account.revokedDevices()]).toEqual([alice2.deviceId])
  })
})
