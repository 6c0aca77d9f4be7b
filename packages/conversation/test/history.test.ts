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
