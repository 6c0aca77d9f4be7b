// AccessRevoked (docs/sync.md, "Bans and revocations"): the store publishes it when a ban or a
// device revocation enters a conversation's history here, by a local write, an import or a clone.
import { describe, expect, it } from 'vitest'
import { writeSignedCommit } from '@skarm/conversation'
import type { StoreEvent } from '../src/index.ts'
import { cloneTo, device, identities, joined, joinMember, pull, type Dev } from './helpers.ts'

const [alice, bob, carol] = await identities('alice', 'bob', 'carol')

const revoked = (d: Dev): StoreEvent[] => d.events.filter((e) => e.event === 'AccessRevoked')

describe('AccessRevoked', () => {
  it('a local ban of an account: one event naming the account, none for the vote or other commits', async () => {
    const { a, id } = await joined(alice, bob)
    await a.store.sendMessage(id, { body: 'hej' })
    expect(revoked(a)).toEqual([])
    await a.store.vote(id, 'ban', bob.uri)
    expect(revoked(a)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: bob.uri, deviceId: '' }])
  })

  it('an imported ban publishes it too (on the banned device as well)', async () => {
    const { a, b, id } = await joined(alice, bob)
    const c = await device(carol)
    await joinMember(a, c, id)
    await a.store.vote(id, 'ban', bob.uri)
    for (const d of [b, c]) {
      await pull(a, d, id)
      expect(revoked(d)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: bob.uri, deviceId: '' }])
    }
  })

  it('a ban of a device names the device, not an account', async () => {
    const { a, id } = await joined(alice, bob)
    await a.store.vote(id, 'ban', bob.deviceId)
    expect(revoked(a)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: '', deviceId: bob.deviceId }])
  })

  it('a clone whose history holds bans publishes one per banned account', async () => {
    const { a, id } = await joined(alice, bob)
    const c = await device(carol)
    await a.store.vote(id, 'ban', bob.uri)
    await a.store.addMember(id, carol.uri)
    await cloneTo(a, c, id, alice.uri)
    expect(revoked(c)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: bob.uri, deviceId: '' }])
  })

  it('an application/revoke-device commit in the history names its device', async () => {
    const a = await device(alice)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    // written as a peer's import would bring it (the writer of such commits is not the store's)
    const { conv, index } = await a.store.conversation(id)
    const head = await conv.head()
    const tree = (await conv.repo.readCommit(head)).tree
    const revokedDevice = 'd'.repeat(40)
    const oid = await writeSignedCommit(conv.repo, alice, { tree, parents: [head], message: JSON.stringify({ type: 'application/revoke-device', device: revokedDevice }) })
    await conv.repo.setHead(oid)
    await a.store.announceCommit(id, index, oid)
    expect(revoked(a)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: '', deviceId: revokedDevice }])
  })
})
