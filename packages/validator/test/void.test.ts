// Void commits (README.md, "Conflicting bans across a partition"): a commit made concurrently
// with a standing ban of its author (account or device) stays in the DAG, but the merge that
// joins it with the ban undoes its changes and lists it in `voided`; the history shown leaves
// it out. Every device computes the same tree and list, whatever the parent order.
import { afterAll, describe, expect, it } from 'vitest'
import { HistoryIndex, diffFlat } from '@skarm/conversation'
import { mergeTree, verifyRepository } from '../src/index.ts'
import { cleanup, fork, mergeMessage, otherDevice, persons, withMembers, type Fixture } from './fixture.ts'

const [alice, bob, carol, dave] = await persons('alice', 'bob', 'carol', 'dave')
afterAll(cleanup)

const text = (body: string): { type: string, body: string } => ({ type: 'text/plain', body })

/** alice (the lone admin) bans bob on one side while bob writes on the other. */
async function banWhileWriting (f: Fixture, target: string, meanwhile: () => Promise<unknown>): Promise<[string, string, string]> {
  return await fork(f,
    async () => { await f.conv.vote(alice, 'ban', target, f.check); await f.conv.resolveVote(alice, 'ban', target, f.check) },
    meanwhile)
}

function sameTree (x: Map<string, unknown>, y: Map<string, unknown>): void {
  expect([...x].sort()).toEqual([...y].sort())
}

describe('void commits', () => {
  it('voids a banned member\'s concurrent message: the same tree and list in both parent orders', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    let bobText = ''
    let carolText = ''
    const [, ban, other] = await banWhileWriting(f, bob.uri, async () => {
      bobText = await f.conv.sendMessage(bob, text('did not hear of the ban'), f.check)
      carolText = await f.conv.sendMessage(carol, text('hi'), f.check)
    })
    const m1 = await mergeTree(f.repo, [ban, other])
    const m2 = await mergeTree(f.repo, [other, ban])
    expect(m1.voided).toEqual([bobText])
    expect(m2.voided).toEqual([bobText])
    expect(m1.voided).not.toContain(carolText)
    sameTree(m1.tree, m2.tree)
    expect(m1.tree.has(`banned/members/${bob.uri}.crt`)).toBe(true)
    // whoever merges, in either order, with the list
    await f.valid(await f.merge(alice, [ban, other]))
    await f.valid(await f.merge(carol, [other, ban]))
    await f.rejected(await f.merge(bob, [other, ban]), 'AUTHOR_BANNED')
    const m = await f.merge(carol, [ban, other], { setHead: true })
    expect(JSON.parse((await f.repo.readCommit(m)).message)).toEqual({ type: 'merge', voided: [bobText] })
    // the void commit stays in the DAG: a newcomer replays it, and the merge, the same way
    expect(await verifyRepository(f.conv.dir)).toMatchObject({ ok: true })
    const shown = new HistoryIndex(f.repo)
    await shown.update()
    expect(shown.all().map((v) => v.id)).toContain(carolText)
    expect(shown.all().map((v) => v.id)).not.toContain(bobText)
    expect(shown.get(bobText)).toBeUndefined()
  })

  it('refuses a merge whose voided list is missing, forged, unsorted or empty (MERGE_BAD_VOIDED)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    let bobText = ''
    let bobText2 = ''
    const [, ban, other] = await banWhileWriting(f, bob.uri, async () => {
      bobText = await f.conv.sendMessage(bob, text('one'), f.check)
      bobText2 = await f.conv.sendMessage(bob, text('two'), f.check)
    })
    const both = [bobText, bobText2].sort()
    const err = await f.rejected(await f.merge(alice, [ban, other], { message: { type: 'merge' } }), 'MERGE_BAD_VOIDED')
    expect(err.message).toMatch(/outdated or malicious/)
    await f.rejected(await f.merge(alice, [ban, other], { message: { type: 'merge', voided: [both[0]] } }), 'MERGE_BAD_VOIDED')
    await f.rejected(await f.merge(alice, [ban, other], { message: { type: 'merge', voided: [...both].reverse() } }), 'MERGE_BAD_VOIDED')
    await f.rejected(await f.merge(alice, [ban, other], { message: { type: 'merge', voided: [...both, both[0]] } }), 'MERGE_BAD_VOIDED')
    await f.rejected(await f.merge(alice, [ban, other], { message: { type: 'merge', voided: [...both, ban].sort() } }), 'MERGE_BAD_VOIDED')
    await f.rejected(await f.merge(alice, [ban, other], { message: { type: 'merge', voided: both.join(',') } }), 'MERGE_BAD_VOIDED')
    await f.valid(await f.merge(alice, [ban, other], { message: mergeMessage(both) }))

    // a merge without any ban voids nothing: a list (even empty) that silences someone is refused
    const [, a, b] = await fork(f,
      async () => { await f.conv.sendMessage(alice, text('a'), f.check) },
      async () => { await f.conv.sendMessage(carol, text('c'), f.check) })
    await f.rejected(await f.merge(alice, [a, b], { message: { type: 'merge', voided: [b] } }), 'MERGE_BAD_VOIDED')
    await f.rejected(await f.merge(alice, [a, b], { message: { type: 'merge', voided: [] } }), 'MERGE_BAD_VOIDED')
    await f.valid(await f.merge(alice, [a, b]))
  })

  it('undoes what a void commit changed; a merge that keeps it is refused (MERGE_OWN_CONTENT)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const bob2 = await otherDevice(bob)
    let invite = ''
    let fromBob2 = ''
    const [, ban, other] = await banWhileWriting(f, bob.uri, async () => {
      invite = await f.conv.addMember(bob, dave.uri, f.check) // adds /invited/dave
      fromBob2 = await f.conv.sendMessage(bob2, text('new phone'), f.check) // adds bob2's certificate
    })
    const { tree, voided } = await mergeTree(f.repo, [other, ban])
    expect(voided).toEqual([invite, fromBob2].sort())
    expect(tree.has(`invited/${dave.uri}`)).toBe(false)
    expect(tree.has(`devices/${bob2.deviceId}.crt`)).toBe(false)
    await f.valid(await f.merge(carol, [other, ban]))
    // the right list, but the void invitation kept (a plain three-way merge)
    const kept = await f.merge(carol, [other, ban], { edit: async (t) => { t.set(`invited/${dave.uri}`, await f.blob('')) } })
    await f.rejected(kept, 'MERGE_OWN_CONTENT')
    const keptCert = await f.merge(carol, [other, ban], { edit: async (t) => { t.set(`devices/${bob2.deviceId}.crt`, await f.blob(bob2.deviceCert)) } })
    await f.rejected(keptCert, 'MERGE_OWN_CONTENT')
  })

  it('a ban beats a concurrent promotion of its target, in both parent orders: banned, not an admin', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    let promote = ''
    let asAdmin = ''
    const [, ban, other] = await banWhileWriting(f, carol.uri, async () => {
      await f.conv.vote(alice, 'promote', carol.uri, f.check)
      promote = await f.conv.resolveVote(alice, 'promote', carol.uri, f.check)
      asAdmin = await f.conv.sendMessage(carol, text('an admin now'), f.check)
    })
    const m1 = await mergeTree(f.repo, [ban, other])
    const m2 = await mergeTree(f.repo, [other, ban])
    expect(m1.voided).toEqual([promote, asAdmin].sort())
    expect(m2.voided).toEqual(m1.voided)
    sameTree(m1.tree, m2.tree)
    expect(m1.tree.has(`banned/members/${carol.uri}.crt`)).toBe(true)
    expect(m1.tree.has(`admins/${carol.uri}.crt`)).toBe(false)
    expect(m1.tree.has(`members/${carol.uri}.crt`)).toBe(false)
    await f.valid(await f.merge(bob, [other, ban]))
    // the three-way merge alone (no list, the promotion kept) is refused
    await f.rejected(await f.merge(bob, [other, ban], { message: mergeMessage([asAdmin]), edit: async (t) => { t.set(`admins/${carol.uri}.crt`, await f.blob(carol.accountCert)) } }), 'MERGE_BAD_VOIDED')
  })

  it('one admin\'s two devices, one banning and one promoting the same member across a split: banned, on every merge', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const alice2 = await otherDevice(alice)
    let promote = ''
    const [, ban, other] = await banWhileWriting(f, carol.uri, async () => {
      await f.conv.vote(alice2, 'promote', carol.uri, f.check)
      promote = await f.conv.resolveVote(alice2, 'promote', carol.uri, f.check)
    })
    const m1 = await mergeTree(f.repo, [ban, other])
    const m2 = await mergeTree(f.repo, [other, ban])
    expect(m1.voided).toEqual([promote])
    expect(m2.voided).toEqual(m1.voided)
    sameTree(m1.tree, m2.tree)
    expect(m1.tree.has(`banned/members/${carol.uri}.crt`)).toBe(true)
    expect(m1.tree.has(`admins/${carol.uri}.crt`)).toBe(false)
    expect(m1.tree.has(`devices/${alice2.deviceId}.crt`)).toBe(true) // alice2's certificate stays: only carol's commits are void
    await f.valid(await f.merge(alice2, [other, ban]))
    await f.valid(await f.merge(bob, [ban, other]))
  })

  it('voids a banned device\'s concurrent commits, not those of the account\'s other devices', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = await otherDevice(bob)
    await f.conv.sendMessage(bob2, text('bob2 joins the talk'), f.check)
    let fromBob2 = ''
    let fromBob = ''
    const [, ban, other] = await banWhileWriting(f, bob2.deviceId, async () => {
      fromBob2 = await f.conv.sendMessage(bob2, text('stolen phone speaking'), f.check)
      fromBob = await f.conv.sendMessage(bob, text('my laptop'), f.check)
    })
    const { voided } = await mergeTree(f.repo, [ban, other])
    expect(voided).toEqual([fromBob2])
    expect(voided).not.toContain(fromBob)
    await f.valid(await f.merge(bob, [ban, other]))
    await f.rejected(await f.merge(bob2, [ban, other]), 'DEVICE_BANNED')
  })

  it('voids only what is concurrent with the ban, never a merge, and leaves the earlier history alone', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const before = await f.conv.sendMessage(bob, text('before the split'), f.check)
    let bobText = ''
    let bobMerge = ''
    const [, ban, other] = await banWhileWriting(f, bob.uri, async () => {
      // on bob's side, bob merges his branch with carol's
      const [, x, y] = await fork(f,
        async () => { bobText = await f.conv.sendMessage(bob, text('x'), f.check) },
        async () => { await f.conv.sendMessage(carol, text('y'), f.check) })
      bobMerge = await f.merge(bob, [x, y], { setHead: true })
    })
    const { voided } = await mergeTree(f.repo, [ban, other])
    expect(voided).toEqual([bobText])
    expect(voided).not.toContain(bobMerge)
    expect(voided).not.toContain(before)
    await f.valid(await f.merge(carol, [ban, other]))
  })

  it('a ban on both sides: each side\'s commits by the target are void at the merge', async () => {
    // the rule speaks of concurrency only: bob's message on the right side, made before that
    // side's own ban of bob, is still concurrent with the left side's ban
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const [, left, right] = await fork(f,
      async () => { await f.conv.vote(alice, 'ban', bob.uri, f.check); await f.conv.resolveVote(alice, 'ban', bob.uri, f.check) },
      async () => {
        await f.conv.sendMessage(bob, text('last words'), f.check)
        await f.conv.vote(alice, 'ban', bob.uri, f.check)
        await f.conv.resolveVote(alice, 'ban', bob.uri, f.check)
      })
    const m1 = await mergeTree(f.repo, [left, right])
    const m2 = await mergeTree(f.repo, [right, left])
    expect(m1.voided).toHaveLength(1)
    expect(m2.voided).toEqual(m1.voided)
    sameTree(m1.tree, m2.tree)
    expect(m1.tree.has(`banned/members/${bob.uri}.crt`)).toBe(true)
    await f.valid(await f.merge(carol, [left, right]))
  })

  it('shows neither the void message nor the banned member\'s concurrent edit and reaction', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob, carol)
    const mine = await f.conv.sendMessage(bob, text('original'), f.check)
    const hers = await f.conv.sendMessage(alice, text('hello all'), f.check)
    let edit = ''
    let reaction = ''
    let fresh = ''
    let carolReaction = ''
    const [, ban, other] = await banWhileWriting(f, bob.uri, async () => {
      edit = await f.conv.sendMessage(bob, { type: 'application/edited-message', body: 'rewritten', edit: mine }, f.check)
      reaction = await f.conv.sendMessage(bob, { type: 'text/plain', body: '👎', 'react-to': hers }, f.check)
      fresh = await f.conv.sendMessage(bob, text('new'), f.check)
      carolReaction = await f.conv.sendMessage(carol, { type: 'text/plain', body: '👍', 'react-to': fresh }, f.check)
    })
    // the index of bob's side shows them all, then the merge arrives (first parent: bob's side)
    const index = new HistoryIndex(f.repo)
    await f.reset(other)
    await index.update()
    expect(index.get(fresh)).toBeDefined()
    expect(index.all().find((m) => m.id === mine)?.fields.body).toBe('rewritten')
    const merge = await f.merge(carol, [other, ban], { setHead: true })
    expect(JSON.parse((await f.repo.readCommit(merge)).message).voided).toEqual([edit, reaction, fresh].sort())
    await f.valid(merge)
    await index.update()
    const ids = index.all().map((m) => m.id)
    expect(ids).not.toContain(fresh)
    for (const id of [edit, reaction, fresh]) expect(index.get(id)).toBeUndefined()
    const original = index.get(mine)!
    expect(original.fields.body).toBe('original')
    expect(original.edited).toBeUndefined()
    expect(index.get(hers)!.reactions).toBeUndefined()
    // carol's reaction stays in the history, but its target is not shown: folded into nothing
    expect(index.get(carolReaction)).toBeDefined()
    // a newcomer's index is the same
    const cold = new HistoryIndex(f.repo)
    await cold.update()
    expect(cold.all().map((m) => [m.id, m.fields.body, m.edited, m.reactions])).toEqual(index.all().map((m) => [m.id, m.fields.body, m.edited, m.reactions]))
  })

  it('keeps merges without bans as cheap and as before: no list, a plain three-way merge', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const [base, a, b] = await fork(f,
      async () => { await f.conv.sendMessage(alice, text('a'), f.check); await f.conv.addMember(alice, carol.uri, f.check) },
      async () => { await f.conv.sendMessage(bob, text('b'), f.check) })
    const m = await mergeTree(f.repo, [a, b])
    expect(m.voided).toEqual([])
    expect(diffFlat(await f.tree(base), m.tree).added).toEqual([`invited/${carol.uri}`])
  })
})
