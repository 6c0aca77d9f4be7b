// The store's side of bans and revocations at sync: merges carry their void commits and this
// device's certificate when needed; revoked devices are refused like banned ones.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDevice, createCrl, createIdentity, parseCertificate } from '@skarm/identity'
import { validateCommit, verifyRepository, ValidationContext } from '@skarm/validator'
import { GitRepo } from '@skarm/conversation'
import { cloneTo, device, identities, joined, pull, type Dev, type DeviceOptions } from './helpers.ts'

const [alice, bob] = await identities('alice', 'bob')
const alice2 = await addDevice(alice)
const bob2 = await addDevice(bob)

/** The devices here refuse devices revoked at the head. */
const revoking: DeviceOptions = { revoked: true }

const received = (d: Dev, from: number): string[] => d.events.slice(from).filter((e) => e.event === 'MessageReceived').map((e) => (e as { message: { id: string } }).message.id)

describe('store sync and governance', () => {
  it('merges a banned member\'s concurrent message as void: listed in the merge, never shown', async () => {
    const { a, b, id } = await joined(alice, bob, revoking)
    const ban = await a.store.vote(id, 'ban', bob.uri)
    const late = await b.store.sendMessage(id, { body: 'did not hear of it' })
    const before = a.events.length
    const r = await pull(b, a, id)
    expect(r.merged).toBe(true)
    const merge = await new GitRepo(join(a.dataDir, 'conversations', id)).readCommit(r.head)
    expect(merge.parents).toEqual([ban.commit, late.id])
    expect(JSON.parse(merge.message)).toEqual({ type: 'merge', voided: [late.id] })
    expect(received(a, before)).toEqual([r.head])
    expect((await a.store.loadMessages(id, 100)).map((m) => m.id)).not.toContain(late.id)
    expect(await verifyRepository(join(a.dataDir, 'conversations', id))).toMatchObject({ ok: true })
    // bob's device takes the merge: his message disappears there too
    await pull(a, b, id)
    expect((await b.store.loadMessages(id, 100)).map((m) => m.id)).not.toContain(late.id)
  })

  it('a device that never wrote in a conversation merges with its own certificate', async () => {
    const { a, b, id } = await joined(alice, bob, revoking)
    const a2 = await device(alice2, revoking)
    await cloneTo(a, a2, id, alice.uri) // alice is an admin already: no join, no commit of alice2
    const tree = async (d: Dev, oid: string): Promise<Map<string, unknown>> => {
      const repo = new GitRepo(join(d.dataDir, 'conversations', id))
      return await repo.readTreeFlat((await repo.readCommit(oid)).tree)
    }
    const fromA = await a.store.sendMessage(id, { body: 'from alice' })
    await b.store.sendMessage(id, { body: 'from bob' })
    await pull(a, a2, id)
    const r = await pull(b, a2, id)
    expect(r.merged).toBe(true)
    expect((await tree(a2, fromA.id)).has(`devices/${alice2.deviceId}.crt`)).toBe(false)
    expect((await tree(a2, r.head)).has(`devices/${alice2.deviceId}.crt`)).toBe(true)
    // the others accept it
    const back = await pull(a2, a, id)
    expect(back.head).toBe(r.head)
  })

  it('refuses a device revoked at the head and leaves it out of the heads, like a banned one', async () => {
    const { a, b, id } = await joined(alice, bob, revoking)
    const { conv } = await b.store.conversation(id)
    const check = async (repo: GitRepo, oid: string): Promise<void> => { await validateCommit(repo, await repo.readCommit(oid), new ValidationContext()) }
    await conv.sendMessage(bob2, { type: 'text/plain', body: 'from my phone' }, check)
    await pull(b, a, id)
    expect((await a.sync.authorize(id, bob.uri, bob2.deviceId)).allowed).toBe(true)
    expect((await a.sync.listHeads(bob.uri))[0]!.devices).toContain(bob2.deviceId)

    const crl = await createCrl(bob.account, bob.accountCert, [parseCertificate(bob2.deviceCert).serialNumber])
    await conv.revokeDevice(bob, bob2.deviceId, crl, check)
    await pull(b, a, id)
    expect((await a.sync.authorize(id, bob.uri, bob2.deviceId)).allowed).toBe(false)
    expect((await a.sync.authorize(id, bob.uri, bob.deviceId)).allowed).toBe(true)
    const devices = (await a.sync.listHeads(bob.uri))[0]!.devices
    expect(devices).not.toContain(bob2.deviceId)
    expect(devices).toContain(bob.deviceId)
  })
})

describe('votes that meet at an import', () => {
  it('two admins voting at the same moment: the import that brings both votes resolves them; a second vote is refused', async () => {
    const { a, b, id } = await joined(alice, bob, revoking)
    const carol = await createIdentity('carol')
    await a.store.addMember(id, carol.uri)
    await a.store.vote(id, 'promote', bob.uri) // the lone admin: bob is an admin at once
    await pull(a, b, id)
    // each votes without having seen the other's vote: 1 of 2 each, no resolution
    await a.store.vote(id, 'ban', carol.uri)
    await b.store.vote(id, 'ban', carol.uri)
    await expect(b.store.vote(id, 'ban', carol.uri)).rejects.toMatchObject({ code: 'VOTE_EXISTS' })
    expect((await b.store.listMembers(id)).find((m) => m.uri === carol.uri)?.role).toBe('invited')
    // bob's device imports alice's vote: the merge holds both, and bob's device resolves
    await pull(a, b, id)
    expect((await b.store.listMembers(id)).find((m) => m.uri === carol.uri)?.role).toBe('banned')
    await pull(b, a, id)
    expect((await a.store.listMembers(id)).find((m) => m.uri === carol.uri)?.role).toBe('banned')
    expect((await verifyRepository(join(a.dataDir, 'conversations', id))).ok).toBe(true)
  })
})

describe('a conversation removed after a leave', () => {
  it('is served to the other members (not to us) until they hold the leave, and imports nothing', async () => {
    const { a, b, id } = await joined(alice, bob, revoking)
    await b.store.removeConversation(id)
    const left = (await b.sync.authorize(id, bob.uri, bob.deviceId))
    expect(left).toMatchObject({ allowed: true, role: 'removed' })
    expect((await b.sync.authorize(id, alice.uri, alice.deviceId)).allowed).toBe(true)
    expect(await b.sync.listHeads(bob.uri)).toEqual([])
    expect((await b.sync.listHeads(alice.uri)).map((h) => h.head)).toEqual([left.head])
    expect(await b.store.listConversations()).toEqual([])
    // alice fetches the leave: bob is no longer a member there
    await pull(b, a, id)
    expect((await a.store.listMembers(id)).map((m) => m.uri)).not.toContain(bob.uri)
    // what alice writes next is not taken by bob's device
    await a.store.sendMessage(id, { body: 'still here?' })
    await expect(pull(a, b, id)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' })
    // and a conversation removed with nobody else in it is gone
    const alone = await b.store.createConversation('INVITES_ONLY')
    await b.store.removeConversation(alone.id)
    expect((await b.sync.authorize(alone.id, alice.uri, alice.deviceId)).allowed).toBe(false)
  })
})
