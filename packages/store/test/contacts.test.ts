import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contactsDevice as device, identities, install, pull, quarantineFrom, type ContactsDev as Dev } from './helpers.ts'

const [alice, bob, carol] = await identities('alice', 'bob', 'carol')

/** The invitation of `from`'s conversation reaching `to` (what the transport's invite handling asks). */
async function invite (from: Dev, to: Dev, id: string, mode = 'ONE_TO_ONE'): Promise<boolean> {
  return await to.sync.addRequest({ conversationId: id, from: from.identity.uri, mode: mode as 'ONE_TO_ONE' })
}

const requestOf = async (d: Dev, id: string): Promise<Record<string, unknown> | undefined> => await d.sync.requests.get(id) as Record<string, unknown> | undefined
const oneToOnes = async (d: Dev): Promise<string[]> => (await d.store.listConversations()).filter((c) => c.mode === 'ONE_TO_ONE').map((c) => c.id)
const codeOf = async (p: Promise<unknown>): Promise<string> => await p.then(() => 'none', (err: { code?: string }) => err.code ?? 'no code')

describe('contacts', () => {
  it('refuses a malformed URI and our own, writing nothing', async () => {
    const a = await device(alice)
    expect(await codeOf(a.contacts.addContact('nope'))).toBe('URI_INVALID')
    expect(await codeOf(a.contacts.addContact(alice.uri))).toBe('CONTACT_SELF')
    expect(await codeOf(a.contacts.removeContact('B'.repeat(40)))).toBe('URI_INVALID')
    expect(await a.store.listConversations()).toEqual([])
    expect(await a.state.all()).toEqual({})
    expect(a.changed).toEqual([])
  })

  it('adds a contact: a ONE_TO_ONE inviting it, recorded in the account state; adding again answers the same conversation', async () => {
    const a = await device(alice)
    const added = await a.contacts.addContact(bob.uri)
    expect(added.created).toBe(true)
    const id = added.conversationId
    expect(await a.store.listConversations()).toEqual([{ id, mode: 'ONE_TO_ONE', syncing: false }])
    expect(await a.store.listMembers(id)).toEqual([{ uri: alice.uri, role: 'admin' }, { uri: bob.uri, role: 'invited' }])
    expect(await a.state.get(`contact/${bob.uri}`)).toEqual({ added: true })
    expect(a.changed).toEqual([[`contact/${bob.uri}`]])
    expect(await a.contacts.listContacts()).toEqual([{ uri: bob.uri, conversationId: id, confirmed: false }])
    expect(a.events.filter((e) => e.event === 'ConversationReady')).toEqual([{ event: 'ConversationReady', conversationId: id }])

    expect(await a.contacts.addContact(bob.uri)).toEqual({ conversationId: id, created: false })
    expect(await oneToOnes(a)).toEqual([id])
    expect(a.changed).toHaveLength(1) // the entry is written once
  })

  it('a ONE_TO_ONE request from a stranger waits for the user; once accepted and cloned, the inviter is a contact; both confirmed', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { conversationId: id } = await a.contacts.addContact(bob.uri)
    expect(await invite(a, b, id)).toBe(true)
    expect(await requestOf(b, id)).toMatchObject({ from: alice.uri, mode: 'ONE_TO_ONE' })
    expect((await requestOf(b, id))?.accepted).toBeUndefined()
    expect(await b.contacts.listContacts()).toEqual([])

    await b.sync.acceptRequest(id)
    await install(a, b, id)
    expect(await b.contacts.listContacts()).toEqual([{ uri: alice.uri, conversationId: id, confirmed: true }])
    expect(await b.state.get(`contact/${alice.uri}`)).toEqual({ added: true })
    // alice sees bob's join: confirmed
    expect(await a.contacts.listContacts()).toEqual([{ uri: bob.uri, conversationId: id, confirmed: false }])
    await pull(b, a, id)
    expect(await a.contacts.listContacts()).toEqual([{ uri: bob.uri, conversationId: id, confirmed: true }])
    // and they chat
    const m = await b.store.sendMessage(id, { body: 'hej alice' })
    await pull(b, a, id)
    expect((await a.store.loadMessages(id, 10)).map((x) => x.id)).toContain(m.id)
    // adding bob again answers that conversation
    expect(await b.contacts.addContact(alice.uri)).toEqual({ conversationId: id, created: false })
  })

  it('both add each other while apart: each accepts the other\'s ONE_TO_ONE at once, both keep two, both show the lowest', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const ida = (await a.contacts.addContact(bob.uri)).conversationId
    const idb = (await b.contacts.addContact(alice.uri)).conversationId
    expect(ida).not.toBe(idb)
    // they meet: each gets the other's invitation, accepted automatically (a clone is asked for)
    await invite(a, b, ida)
    await invite(b, a, idb)
    expect(await requestOf(a, idb)).toMatchObject({ accepted: true, auto: true })
    expect(await requestOf(b, ida)).toMatchObject({ accepted: true, auto: true })
    expect(a.events).toContainEqual({ event: 'CloneRequested', conversationId: idb, from: bob.uri })
    expect(await a.sync.syncing()).toEqual([{ id: idb, mode: 'ONE_TO_ONE' }])
    // while cloning: our own one is listed
    expect(await a.contacts.listContacts()).toEqual([{ uri: bob.uri, conversationId: ida, confirmed: false }])

    await install(b, a, idb)
    await install(a, b, ida)
    await pull(a, b, idb)
    await pull(b, a, ida)
    const lowest = [ida, idb].sort()[0]!
    expect((await oneToOnes(a)).sort()).toEqual([ida, idb].sort())
    expect((await oneToOnes(b)).sort()).toEqual([ida, idb].sort())
    expect(await a.contacts.listContacts()).toEqual([{ uri: bob.uri, conversationId: lowest, confirmed: true }])
    expect(await b.contacts.listContacts()).toEqual([{ uri: alice.uri, conversationId: lowest, confirmed: true }])
  })

  it('adding a contact whose ONE_TO_ONE request is pending accepts it instead of making a second conversation', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { conversationId: id } = await a.contacts.addContact(bob.uri)
    await invite(a, b, id)
    expect(await b.contacts.addContact(alice.uri)).toEqual({ conversationId: id, created: false })
    expect(await oneToOnes(b)).toEqual([])
    expect(await requestOf(b, id)).toMatchObject({ accepted: true, auto: true })
    expect(await b.contacts.listContacts()).toEqual([{ uri: alice.uri, conversationId: id, confirmed: false }])
    await install(a, b, id)
    expect(await b.contacts.listContacts()).toEqual([{ uri: alice.uri, conversationId: id, confirmed: true }])
  })

  it('a contact\'s group invitation waits for the user; one that claims ONE_TO_ONE falsely goes back to the user at install', async () => {
    const a = await device(alice)
    const b = await device(bob)
    await b.contacts.addContact(alice.uri)
    const group = (await a.store.createConversation('INVITES_ONLY')).id
    await a.store.addMember(group, bob.uri)
    await invite(a, b, group, 'INVITES_ONLY')
    expect((await requestOf(b, group))?.accepted).toBeUndefined()

    const liar = (await a.store.createConversation('INVITES_ONLY')).id
    await a.store.addMember(liar, bob.uri)
    await invite(a, b, liar, 'ONE_TO_ONE')
    expect(await requestOf(b, liar)).toMatchObject({ accepted: true, auto: true })
    const q = await quarantineFrom(a, b, liar)
    expect(await codeOf(b.sync.install(liar, q.path, q.tip))).toBe('REQUEST_NOT_ACCEPTED')
    expect(existsSync(join(b.store.dir, liar))).toBe(false)
    expect(await requestOf(b, liar)).toMatchObject({ accepted: false, auto: false })
    expect((await requestOf(b, liar))?.mode).toBeUndefined()
    // the user may still accept it
    await b.sync.acceptRequest(liar)
    await install(a, b, liar)
    expect((await b.store.getConversation(liar)).mode).toBe('INVITES_ONLY')
    // a group is no contact's conversation
    expect((await b.contacts.listContacts()).map((c) => c.conversationId)).not.toContain(liar)
  })

  it('never a third member in a ONE_TO_ONE: 403, nothing written', async () => {
    const a = await device(alice)
    const { conversationId: id } = await a.contacts.addContact(bob.uri)
    const { conv } = await a.store.conversation(id)
    const head = await conv.head()
    expect(await codeOf(a.store.addMember(id, carol.uri))).toBe('ONE_TO_ONE_FULL')
    await a.store.addMember(id, carol.uri).catch((err: { kind?: string }) => { expect(err.kind).toBe('forbidden') })
    expect(await conv.head()).toBe(head)
    expect(await a.store.listMembers(id)).toEqual([{ uri: alice.uri, role: 'admin' }, { uri: bob.uri, role: 'invited' }])
  })

  it('removes a contact: its ONE_TO_ONEs (the leave committed where the peer is in), its ONE_TO_ONE requests declined, the entry deleted', async () => {
    const a = await device(alice)
    const b = await device(bob)
    expect(await codeOf(a.contacts.removeContact(bob.uri))).toBe('CONTACT_NOT_FOUND')
    expect(await a.state.all()).toEqual({})

    // one joined ONE_TO_ONE (alice's), one bob made while apart and still only invited alice,
    // and a group of bob's: the group stays
    const joined = (await a.contacts.addContact(bob.uri)).conversationId
    await invite(a, b, joined)
    await b.sync.acceptRequest(joined)
    await install(a, b, joined)
    await pull(b, a, joined)
    const other = (await b.store.createConversation('ONE_TO_ONE', alice.uri)).id
    await invite(b, a, other) // accepted automatically: alice has bob as contact
    const group = (await b.store.createConversation('INVITES_ONLY')).id
    await b.store.addMember(group, alice.uri)
    await invite(b, a, group, 'INVITES_ONLY')

    await a.contacts.removeContact(bob.uri)
    expect(await oneToOnes(a)).toEqual([])
    expect(await requestOf(a, other)).toMatchObject({ declined: true, accepted: false })
    expect((await requestOf(a, group))?.declined).toBeUndefined()
    expect(await a.state.get(`contact/${bob.uri}`)).toBeUndefined()
    expect((await a.state.all())[`contact/${bob.uri}`]?.v).toBeNull()
    expect(a.changed.at(-1)).toEqual([`contact/${bob.uri}`])
    expect(await a.contacts.listContacts()).toEqual([])
    expect(a.events).toContainEqual({ event: 'ConversationRemoved', conversationId: joined })
    // bob sees alice leave: his contact is no longer confirmed (in either of his ONE_TO_ONEs)
    await pull(a, b, joined)
    expect(await b.store.listMembers(joined)).toEqual([{ uri: bob.uri, role: 'member' }])
    expect(await b.contacts.listContacts()).toEqual([{ uri: alice.uri, conversationId: [joined, other].sort()[0], confirmed: false }])
    // the clone of the declined request is refused
    const q = await quarantineFrom(b, a, other)
    expect(await codeOf(a.sync.install(other, q.path, q.tip))).toBe('REQUEST_NOT_ACCEPTED')
    expect(await codeOf(a.contacts.removeContact(bob.uri))).toBe('CONTACT_NOT_FOUND')

    // a ONE_TO_ONE the peer never joined is deleted outright; adding again makes a new one
    const again = (await a.contacts.addContact(bob.uri)).conversationId
    expect(again).not.toBe(joined)
    await a.contacts.removeContact(bob.uri)
    expect(existsSync(join(a.store.dir, again))).toBe(false)
  })

  it('contacts that arrive from another device accept the pending ONE_TO_ONE requests', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { conversationId: id } = await a.contacts.addContact(bob.uri)
    await invite(a, b, id)
    expect((await requestOf(b, id))?.accepted).toBeUndefined()
    await b.state.merge({ [`contact/${alice.uri}`]: { v: { added: true }, c: 1, d: 'f'.repeat(40) } })
    await b.contacts.acceptFromContacts()
    expect(await requestOf(b, id)).toMatchObject({ accepted: true, auto: true })
  })
})
