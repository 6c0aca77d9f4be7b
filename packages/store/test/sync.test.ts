import { cp, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateRange } from '@skarm/validator'
import { GitRepo } from '@skarm/conversation'
import { device, identities, joined, quarantineFrom, run, type Dev } from './helpers.ts'

const [alice, bob, carol] = await identities('alice', 'bob', 'carol')

describe('store sync', () => {
  it('lists heads and authorizes by role; a stranger sees nothing', async () => {
    const a = await device(alice)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    await a.store.addMember(id, bob.uri)
    const heads = await a.sync.listHeads(bob.uri)
    expect(heads).toHaveLength(1)
    expect(heads[0]).toMatchObject({ conversationId: id, role: 'invited', inviter: alice.uri, devices: [alice.deviceId], members: [alice.uri], mode: 'INVITES_ONLY' })
    expect((await a.sync.listHeads(alice.uri))[0]!.inviter).toBe('')
    expect((await a.sync.listHeads(alice.uri))[0]!.role).toBe('admin')
    expect(await a.sync.listHeads(carol.uri)).toEqual([])
    expect((await a.sync.authorize(id, bob.uri, bob.deviceId)).allowed).toBe(true)
    expect((await a.sync.authorize(id, carol.uri, carol.deviceId)).allowed).toBe(false)
    expect((await a.sync.authorize('0'.repeat(40), bob.uri, bob.deviceId)).allowed).toBe(false)
  })

  it('clones for an accepted request, joins, then fast-forwards and merges concurrent histories', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    await a.store.addMember(id, bob.uri)
    await a.store.sendMessage(id, { body: 'hello bob' })

    // the invitation, declined requests never come back, accepted ones list as syncing
    expect(await b.sync.addRequest({ conversationId: id, from: alice.uri, title: 'T' })).toBe(true)
    expect(await b.sync.addRequest({ conversationId: id, from: alice.uri })).toBe(false)
    expect(b.events.filter((e) => e.event === 'ConversationRequestReceived')).toHaveLength(1)
    await b.sync.acceptRequest(id)
    expect(b.events.some((e) => e.event === 'CloneRequested')).toBe(true)
    expect(await b.sync.syncing()).toEqual([{ id, mode: 'INVITES_ONLY' }])
    expect(JSON.parse(await readFile(join(b.dataDir, 'requests.json'), 'utf8')).requests[id].accepted).toBe(true)

    const clone = await quarantineFrom(a, b, id)
    const installed = await b.sync.install(id, clone.path, clone.tip)
    expect(installed.commits).toHaveLength(1) // the join
    expect(b.events.some((e) => e.event === 'ConversationReady')).toBe(true)
    expect(await b.sync.syncing()).toEqual([])

    // alice fetches bob's join: fast-forward
    const ff = await quarantineFrom(b, a, id)
    expect((await validateRange(new GitRepo(ff.path), { bases: [], tips: [ff.tip] })).checked).toBeGreaterThan(0)
    const r1 = await a.sync.import(id, ff.path, ff.tip)
    expect(r1).toEqual({ head: installed.head, commits: [installed.head], merged: false })
    expect(a.events.filter((e) => e.event === 'ConversationSyncFinished')).toHaveLength(1)

    // both send at once, then each imports the other's: a merge commit on each side
    const ma = await a.store.sendMessage(id, { body: 'from alice' })
    const mb = await b.store.sendMessage(id, { body: 'from bob' })
    const toA = await quarantineFrom(b, a, id)
    const before = a.events.length
    const r2 = await a.sync.import(id, toA.path, toA.tip)
    expect(r2.merged).toBe(true)
    expect(r2.commits).toEqual([mb.id, r2.head])
    const received = a.events.slice(before).filter((e) => e.event === 'MessageReceived').map((e) => (e as { message: { id: string } }).message.id)
    expect(received).toEqual([mb.id, r2.head])
    const merge = await new GitRepo(join(a.dataDir, 'conversations', id)).readCommit(r2.head)
    expect(merge.parents).toEqual([ma.id, mb.id])
    expect(JSON.parse(merge.message)).toEqual({ type: 'merge' })

    // bob takes alice's merge: a fast-forward, and both show the same order
    const toB = await quarantineFrom(a, b, id)
    const r3 = await b.sync.import(id, toB.path, toB.tip)
    expect(r3.merged).toBe(false)
    expect(r3.head).toBe(r2.head)
    const ids = async (d: Dev): Promise<string[]> => (await d.store.loadMessages(id, 100)).map((m) => m.id)
    expect(await ids(b)).toEqual(await ids(a))
    // importing what is already here changes nothing
    const again = await quarantineFrom(a, b, id)
    expect(await b.sync.import(id, again.path, again.tip)).toEqual({ head: r2.head, commits: [], merged: false })
  })

  it('refuses quarantines outside DATA/quarantine and installs without an accepted request', async () => {
    const a = await device(alice)
    const b = await device(bob)
    const { id } = await a.store.createConversation('INVITES_ONLY')
    const other = await mkdtemp(join(tmpdir(), 'elsewhere-'))
    await cp(join(a.dataDir, 'conversations', id), join(other, 'q'), { recursive: true })
    await expect(a.sync.import(id, join(other, 'q'), id)).rejects.toThrow(/inside DATA\/quarantine|no quarantine/)
    const q = await quarantineFrom(a, b, id)
    await expect(b.sync.install(id, q.path, q.tip)).rejects.toThrow(/no accepted request/)
    await b.sync.addRequest({ conversationId: id, from: alice.uri })
    await b.sync.declineRequest(id)
    expect(await b.sync.addRequest({ conversationId: id, from: alice.uri })).toBe(false)
    await expect(b.sync.acceptRequest(id)).rejects.toThrow(/no such conversation request/)
  })

  it('imports a push: objects checked against their ids, written, then the branch fast-forwards (no quarantine folder)', async () => {
    const { a, b, id } = await joined(alice, bob)

    const m1 = await b.store.sendMessage(id, { body: 'one' })
    const m2 = await b.store.sendMessage(id, { body: 'two' })
    const bRepo = join(b.dataDir, 'conversations', id)
    const looseOf = async (oid: string): Promise<{ oid: string, data: Uint8Array }> => ({ oid, data: await readFile(join(bRepo, 'objects', oid.slice(0, 2), oid.slice(2))) })
    const objects = [await looseOf(m1.id), await looseOf(m2.id)]

    // a pushed object that does not hash to its id is refused and the branch stays
    const head = (await a.sync.authorize(id, alice.uri, alice.deviceId)).head
    await expect(a.sync.import(id, '', m2.id, [{ oid: m1.id, data: objects[1]!.data }])).rejects.toThrow(/does not hash to its id/)
    await expect(a.sync.import(id, '', m2.id, [{ oid: m1.id, data: Buffer.from('not zlib') }])).rejects.toThrow(/not zlib/)
    expect((await a.sync.authorize(id, alice.uri, alice.deviceId)).head).toBe(head)

    const before = a.events.length
    const r = await a.sync.import(id, '', m2.id, objects)
    expect(r).toEqual({ head: m2.id, commits: [m1.id, m2.id], merged: false })
    expect(a.events.slice(before).filter((e) => e.event === 'MessageReceived').map((e) => (e as { message: { id: string } }).message.id)).toEqual([m1.id, m2.id])
    expect((await a.store.loadMessages(id, 2)).map((m) => m.id)).toEqual([m2.id, m1.id])
    // native git agrees: the objects are there and the history is whole
    await run('git', ['--git-dir', join(a.dataDir, 'conversations', id), 'fsck', '--strict', '--no-dangling'])
  })

  it('two heads that differ only by merges: the lower side moves to the higher head and says the branch was replaced', async () => {
    const { a, b, id } = await joined(alice, bob)
    // both write at once and each merges the other's: two merges, one content
    await a.store.sendMessage(id, { body: 'from alice' })
    await b.store.sendMessage(id, { body: 'from bob' })
    const toA = await quarantineFrom(b, a, id)
    const toB = await quarantineFrom(a, b, id)
    const ma = (await a.sync.import(id, toA.path, toA.tip)).head
    const mb = (await b.sync.import(id, toB.path, toB.tip)).head
    expect(ma).not.toBe(mb)
    const [low, high] = ma < mb ? [a, b] : [b, a]
    const [lowHead, highHead] = ma < mb ? [ma, mb] : [mb, ma]
    // the higher side keeps its head (nothing new, nothing replaced)
    const up = await quarantineFrom(low, high, id)
    expect(await high.sync.import(id, up.path, up.tip)).toEqual({ head: highHead, commits: [], merged: false })
    // the lower side moves to the higher head: its own merge leaves the branch
    const down = await quarantineFrom(high, low, id)
    const r = await low.sync.import(id, down.path, down.tip)
    expect(r).toMatchObject({ head: highHead, commits: [highHead], merged: false, replaced: true })
    const lowRepo = join(low.dataDir, 'conversations', id)
    await expect(run('git', ['--git-dir', lowRepo, 'merge-base', '--is-ancestor', lowHead, highHead])).rejects.toThrow()
  })
})
