import { describe, it, expect, beforeAll } from 'vitest'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createIdentity, type Identity } from '@skarm/identity'
import { Store, parseProfile, formatProfile, type StoreEvent } from '../src/index.ts'

let alice: Identity
let bob: Identity
beforeAll(async () => {
  alice = await createIdentity('alice')
  bob = await createIdentity('bob')
})

async function makeStore (): Promise<{ store: Store, events: StoreEvent[], dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'store-'))
  const events: StoreEvent[] = []
  return { store: new Store({ identity: alice, dataDir, publish: (e) => events.push(e) }), events, dataDir }
}

describe('store', () => {
  it('creates, lists, sends, loads newest first and emits MessageReceived for own messages', async () => {
    const { store, events } = await makeStore()
    const { id } = await store.createConversation('INVITES_ONLY')
    expect(await store.listConversations()).toEqual([{ id, mode: 'INVITES_ONLY', syncing: false }])
    const m1 = await store.sendMessage(id, { body: 'one' })
    const m2 = await store.sendMessage(id, { body: 'two', replyTo: m1.id })
    await store.sendMessage(id, { body: '❤', reactTo: m1.id })
    await store.sendMessage(id, { body: 'ONE', edit: m1.id })
    const msgs = await store.loadMessages(id, 10)
    expect(msgs.map((m) => m.id)).toEqual([m2.id, m1.id, id])
    expect(msgs[1]!.fields.body).toBe('ONE')
    expect(msgs[1]!.reactions).toHaveLength(1)
    expect(msgs[0]!.fields['reply-to']).toBe(m1.id)
    expect(events.filter((e) => e.event === 'MessageReceived')).toHaveLength(4)
    expect((await store.loadMessages(id, 1, m2.id)).map((m) => m.id)).toEqual([m1.id])
  })

  it('writes concurrent sends as one chain (group commit), each with its own answer', async () => {
    const { store, events } = await makeStore()
    const { id } = await store.createConversation('INVITES_ONLY')
    const sends = Array.from({ length: 20 }, async (_, i) => await store.sendMessage(id, i === 7 ? { body: 'bad', replyTo: 'f'.repeat(40) } : { body: `m${i}` }))
    const answers = await Promise.allSettled(sends)
    expect(answers.filter((a) => a.status === 'rejected').map((a) => ((a as PromiseRejectedResult).reason as { code: string }).code)).toEqual(['MESSAGE_NOT_FOUND'])
    const ids = answers.flatMap((a) => a.status === 'fulfilled' ? [a.value.id] : [])
    expect(new Set(ids).size).toBe(19)
    // one linear history holding every accepted message once, in the order sent
    const msgs = (await store.loadMessages(id, 100)).reverse()
    expect(msgs.map((m) => m.id)).toEqual([id, ...ids])
    for (let i = 1; i < msgs.length; i++) expect(msgs[i]!.parents).toEqual([msgs[i - 1]!.id])
    expect(events.filter((e) => e.event === 'MessageReceived').map((e) => (e as { message: { id: string } }).message.id)).toEqual(ids)
  })

  it('refuses bad input and unknown ids without writing', async () => {
    const { store } = await makeStore()
    const { id } = await store.createConversation('INVITES_ONLY')
    await expect(store.sendMessage('f'.repeat(40), { body: 'x' })).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' })
    await expect(store.sendMessage(id, { body: 'x', edit: 'a'.repeat(40) })).rejects.toMatchObject({ code: 'MESSAGE_NOT_FOUND' })
    await expect(store.loadMessages(id, 0)).rejects.toMatchObject({ code: 'LIMIT_INVALID' })
    await expect(store.createConversation('ONE_TO_ONE')).rejects.toMatchObject({ code: 'INVITED_REQUIRED' })
    await expect(store.addMember(id, 'nope')).rejects.toMatchObject({ code: 'URI_INVALID' })
    expect(await store.loadMessages(id, 50)).toHaveLength(1)
  })

  it('members, ban by vote (lone admin resolves at once), profile, preferences, displayed', async () => {
    const { store } = await makeStore()
    const { id } = await store.createConversation('INVITES_ONLY')
    await store.addMember(id, bob.uri)
    expect(await store.listMembers(id)).toEqual([{ uri: alice.uri, role: 'admin' }, { uri: bob.uri, role: 'invited' }])
    await store.vote(id, 'ban', bob.uri)
    expect(await store.listMembers(id)).toEqual([{ uri: alice.uri, role: 'admin' }, { uri: bob.uri, role: 'banned' }])
    await store.updateProfile(id, { title: 'Team', description: 'line1\nline2' })
    expect(await store.getConversation(id)).toMatchObject({ title: 'Team', description: 'line1\nline2', avatar: '' })
    expect(await store.setPreferences(id, { color: '#aabbcc' })).toEqual({ color: '#aabbcc' })
    expect(await store.setPreferences(id, { symbol: '🦀' })).toEqual({ color: '#aabbcc', symbol: '🦀' })
    await expect(store.setPreferences(id, { color: 'red' })).rejects.toMatchObject({ code: 'COLOR_INVALID' })
    const [last] = await store.loadMessages(id, 1)
    await store.setDisplayed(id, last!.id)
    expect((await store.listMembers(id))[0]).toEqual({ uri: alice.uri, role: 'admin', lastDisplayed: last!.id })
  })

  it('removing a lone conversation deletes it; with members it commits a leave', async () => {
    const { store, dataDir } = await makeStore()
    const { id } = await store.createConversation('INVITES_ONLY')
    await store.removeConversation(id)
    expect(await store.listConversations()).toEqual([])
    expect(await readdir(join(dataDir, 'conversations'))).toEqual([])
    await expect(store.getConversation(id)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' })
  })

  it('vCard round trip', () => {
    const p = { title: 'a;b', description: 'x\\y\nz', avatar: 'AAAA' }
    expect(parseProfile(formatProfile(p))).toEqual(p)
  })
})

describe('store ids', () => {
  it('a conversation created right after removing an identical one gets a new id and no stale state', async () => {
    const { store } = await makeStore()
    const ids = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const { id } = await store.createConversation('INVITES_ONLY')
      expect(ids.has(id)).toBe(false)
      ids.add(id)
      expect((await store.sendMessage(id, { body: 'x' })).id).toMatch(/^[0-9a-f]{40}$/)
      await store.removeConversation(id)
    }
  })
})

describe('store start', () => {
  it('sweeps directories of interrupted creations and keeps real conversations', async () => {
    const { store, dataDir } = await makeStore()
    const { id } = await store.createConversation('INVITES_ONLY')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(dataDir, 'conversations', '.tmp-deadbeef', 'objects'), { recursive: true })
    expect(await store.sweep()).toBe(1)
    expect(await readdir(join(dataDir, 'conversations'))).toEqual([id])
  })
})
