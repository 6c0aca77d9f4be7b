// AccessRevoked (docs/sync.md, "Bans and revocations"): the store publishes it when a ban or a
// device revocation enters a conversation's history here, by a local write, an import or a clone.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIdentity, type Identity } from '@skarm/identity'
import { mergeTree, validateCommit, ValidationContext } from '@skarm/validator'
import { writeSignedCommit, type GitRepo } from '@skarm/conversation'
import { Store, StoreSync, type StoreEvent } from '../src/index.ts'

const run = promisify(execFile)

let alice: Identity
let bob: Identity
let carol: Identity
beforeAll(async () => {
  alice = await createIdentity('alice')
  bob = await createIdentity('bob')
  carol = await createIdentity('carol')
})

interface Dev { store: Store, sync: StoreSync, events: StoreEvent[], dataDir: string }

async function device (identity: Identity): Promise<Dev> {
  const dataDir = await mkdtemp(join(tmpdir(), 'store-revoked-'))
  const events: StoreEvent[] = []
  const ctx = new ValidationContext()
  const check = async (repo: GitRepo, oid: string): Promise<void> => { await validateCommit(repo, await repo.readCommit(oid), ctx) }
  const store = new Store({ identity, dataDir, check, publish: (e) => events.push(e) })
  const sync = new StoreSync({ store, signer: identity, dataDir, check, mergeTree: async (repo, parents) => await mergeTree(repo, parents, ctx) })
  return { store, sync, events, dataDir }
}

async function quarantineFrom (from: Dev, to: Dev, id: string): Promise<{ path: string, tip: string }> {
  const q = join(to.dataDir, 'quarantine', `${id}-${Math.random().toString(16).slice(2)}`)
  await mkdir(join(to.dataDir, 'quarantine'), { recursive: true })
  await run('git', ['init', '-q', '--bare', q])
  await run('git', ['--git-dir', q, 'fetch', '-q', join(from.dataDir, 'conversations', id), 'main:refs/remotes/peer/main'])
  const tip = (await run('git', ['--git-dir', q, 'rev-parse', 'refs/remotes/peer/main'])).stdout.trim()
  return { path: q, tip }
}

/** `who` joins alice's conversation: invited, accepted, cloned, and the join back at alice. */
async function join2 (a: Dev, b: Dev, id: string, who: Identity): Promise<void> {
  await a.store.addMember(id, who.uri)
  await b.sync.addRequest({ conversationId: id, from: alice.uri })
  await b.sync.acceptRequest(id)
  const clone = await quarantineFrom(a, b, id)
  await b.sync.install(id, clone.path, clone.tip)
  const back = await quarantineFrom(b, a, id)
  await a.sync.import(id, back.path, back.tip)
}

const revoked = (d: Dev): StoreEvent[] => d.events.filter((e) => e.event === 'AccessRevoked')

describe('AccessRevoked', () => {
  it('a local ban of an account: one event naming the account, none for the vote or other commits', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    await join2(a, b, id, bob)
    await a.store.sendMessage(id, { body: 'hej' })
    expect(revoked(a)).toEqual([])
    await a.store.vote(id, 'ban', bob.uri)
    expect(revoked(a)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: bob.uri, deviceId: '' }])
  })

  it('an imported ban publishes it too (on the banned device as well)', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const c = await device(carol)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    await join2(a, b, id, bob)
    await join2(a, c, id, carol)
    await a.store.vote(id, 'ban', bob.uri)
    for (const d of [b, c]) {
      const q = await quarantineFrom(a, d, id)
      await d.sync.import(id, q.path, q.tip)
      expect(revoked(d)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: bob.uri, deviceId: '' }])
    }
  })

  it('a ban of a device names the device, not an account', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    await join2(a, b, id, bob)
    await a.store.vote(id, 'ban', bob.deviceId)
    expect(revoked(a)).toEqual([{ event: 'AccessRevoked', conversationId: id, uri: '', deviceId: bob.deviceId }])
  })

  it('a clone whose history holds bans publishes one per banned account', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const c = await device(carol)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    await join2(a, b, id, bob)
    await a.store.vote(id, 'ban', bob.uri)
    await a.store.addMember(id, carol.uri)
    await c.sync.addRequest({ conversationId: id, from: alice.uri })
    await c.sync.acceptRequest(id)
    const clone = await quarantineFrom(a, c, id)
    await c.sync.install(id, clone.path, clone.tip)
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
