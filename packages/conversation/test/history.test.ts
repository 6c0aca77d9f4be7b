// A cold HistoryIndex reads the whole history with native Git in one pass (readHistory): it must
// give exactly what reading commit by commit gives, on loose and on packed repositories.
import { describe, it, expect, beforeAll } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { createIdentity, type Identity } from '@skarm/identity'
import { Conversation, GitRepo, HistoryIndex, linearize, toMessageView, writeSignedCommit } from '../src/index.ts'
import { readHistory } from '../src/history.ts'

let alice: Identity
beforeAll(async () => {
  alice = await createIdentity('alice')
})

/** A conversation with edits, reactions, a reply and a merge whose first parent is the other side. */
async function sample (): Promise<{ conv: Conversation, head: string }> {
  const conv = await Conversation.create(await mkdtemp(join(tmpdir(), 'hist-')), alice, { mode: 'INVITES_ONLY' })
  const a = await conv.sendMessage(alice, { type: 'text/plain', body: 'one' })
  await conv.sendMessage(alice, { type: 'text/plain', body: 'two', 'reply-to': a })
  await conv.sendMessage(alice, { type: 'application/edited-message', body: 'ONE', edit: a })
  await conv.sendMessage(alice, { type: 'text/plain', body: '👍', 'react-to': a })
  const ours = await conv.sendMessage(alice, { type: 'text/plain', body: 'ours ✓' })
  const tree = (await conv.repo.readCommit(a)).tree
  const theirs = await writeSignedCommit(conv.repo, alice, { tree, parents: [a], message: JSON.stringify({ type: 'text/plain', body: 'theirs' }) + '\n' })
  const head = await writeSignedCommit(conv.repo, alice, { tree, parents: [theirs, ours], message: JSON.stringify({ type: 'merge' }) + '\n' })
  await conv.repo.setHead(head)
  return { conv, head }
}

describe('readHistory and the cold index', () => {
  it('reads every commit exactly as the repository reader does, loose or packed', async () => {
    const { conv, head } = await sample()
    for (const packed of [false, true]) {
      if (packed) execFileSync('git', ['--git-dir', conv.dir, 'repack', '-a', '-d', '-q'])
      const repo = new GitRepo(conv.dir)
      const bulk = await readHistory(repo.gitdir, head)
      expect(bulk).toBeDefined()
      const one = await linearize(repo, head)
      expect(bulk!.size).toBe(one.length)
      for (const c of one) expect(bulk!.get(c.oid)).toEqual(c)
      const index = new HistoryIndex(repo)
      await index.update()
      expect(index.all().map((m) => m.id)).toEqual(one.map(toMessageView).filter((m) => m.type !== 'application/edited-message' && m.fields['react-to'] === undefined).map((m) => m.id))
      const first = index.all().find((m) => m.fields.body === 'ONE')
      expect(first?.edited).toBe(true)
      expect(first?.reactions?.map((r) => r.body)).toEqual(['👍'])
    }
  })

  it('answers undefined when native Git cannot read the repository; the index then reads commit by commit', async () => {
    const { conv, head } = await sample()
    expect(await readHistory(join(conv.dir, 'nowhere'), head)).toBeUndefined()
    expect(await readHistory(conv.dir, 'f'.repeat(40))).toBeUndefined()
    // a blob is not a commit
    const blob = execFileSync('git', ['--git-dir', conv.dir, 'hash-object', '-w', '--stdin'], { input: 'x' }).toString().trim()
    expect(await readHistory(conv.dir, blob)).toBeUndefined()
    // GitRepo works on a folder native Git does not take for a repository (no HEAD): the fallback
    const expected = (await linearize(conv.repo, head)).length
    await rm(join(conv.dir, 'HEAD'))
    expect(await readHistory(conv.dir, head)).toBeUndefined()
    const index = new HistoryIndex(new GitRepo(conv.dir))
    await index.update()
    expect(index.headCommit).toBe(head)
    expect(index.all().length).toBe(expected - 2) // less the edit and the reaction
  })
})

describe('void commits in the history shown', () => {
  const msg = (m: Record<string, unknown>): string => JSON.stringify(m) + '\n'

  /**
   * `shown` then, on a side branch from it, `voids` (a message, an edit of `shown` and a
   * reaction to it) and `kept`; `ours` on the main branch. The merges are hand-written: the
   * validator decides what is void, the index only reads the merge's `voided` list.
   */
  async function branches (): Promise<{ conv: Conversation, tree: string, shown: string, ours: string, side: string, voids: string[], kept: string }> {
    const conv = await Conversation.create(await mkdtemp(join(tmpdir(), 'hist-void-')), alice, { mode: 'INVITES_ONLY' })
    const shown = await conv.sendMessage(alice, { type: 'text/plain', body: 'shown' })
    const tree = (await conv.repo.readCommit(shown)).tree
    const ours = await conv.sendMessage(alice, { type: 'text/plain', body: 'ours' })
    let side = shown
    const voids: string[] = []
    for (const m of [{ type: 'text/plain', body: 'void' }, { type: 'application/edited-message', body: 'EDITED', edit: shown }, { type: 'text/plain', body: '👎', 'react-to': shown }]) {
      side = await writeSignedCommit(conv.repo, alice, { tree, parents: [side], message: msg(m) })
      voids.push(side)
    }
    const kept = side = await writeSignedCommit(conv.repo, alice, { tree, parents: [side], message: msg({ type: 'text/plain', body: 'kept' }) })
    return { conv, tree, shown, ours, side, voids, kept }
  }

  function expectHidden (index: HistoryIndex, shown: string, voids: string[], kept: string): void {
    const ids = index.all().map((m) => m.id)
    for (const id of voids) {
      expect(ids).not.toContain(id)
      expect(index.get(id)).toBeUndefined()
    }
    expect(ids).toContain(kept)
    const target = index.get(shown)!
    expect(target.fields.body).toBe('shown')
    expect(target.edited).toBeUndefined()
    expect(target.reactions).toBeUndefined()
    expect(index.page(10, voids[0])).toEqual([])
  }

  it('never lists, folds or finds a commit a merge names void', async () => {
    const { conv, tree, shown, ours, side, voids, kept } = await branches()
    const index = new HistoryIndex(conv.repo)
    await index.update() // at ours
    const merge = await writeSignedCommit(conv.repo, alice, { tree, parents: [ours, side], message: msg({ type: 'merge', voided: [...voids].sort() }) })
    await conv.repo.setHead(merge)
    await index.update() // appends: the merge's first parent is the indexed head
    expectHidden(index, shown, voids, kept)
    expect(index.get(merge)?.fields.voided).toEqual([...voids].sort())
    const cold = new HistoryIndex(conv.repo)
    await cold.update()
    expectHidden(cold, shown, voids, kept)
    expect(cold.all().map((m) => m.id)).toEqual(index.all().map((m) => m.id))
    // later history does not bring them back
    const after = await conv.sendMessage(alice, { type: 'text/plain', body: 'after' })
    await index.update()
    expectHidden(index, shown, voids, kept)
    expect(index.all().at(-1)?.id).toBe(after)
  })

  it('rebuilds when a merge voids commits it showed already', async () => {
    const { conv, tree, shown, ours, side, voids, kept } = await branches()
    await conv.repo.setHead(side)
    const index = new HistoryIndex(conv.repo)
    await index.update()
    expect(index.get(voids[0]!)).toBeDefined()
    expect(index.get(shown)!.edited).toBe(true)
    // the merge's first parent is the indexed head: an append would keep what it voids
    const merge = await writeSignedCommit(conv.repo, alice, { tree, parents: [side, ours], message: msg({ type: 'merge', voided: [...voids].sort() }) })
    await conv.repo.setHead(merge)
    await index.update()
    expectHidden(index, shown, voids, kept)
    const cold = new HistoryIndex(conv.repo)
    await cold.update()
    expect(index.all().map((m) => [m.id, m.fields.body, m.edited, m.reactions])).toEqual(cold.all().map((m) => [m.id, m.fields.body, m.edited, m.reactions]))
  })
})
