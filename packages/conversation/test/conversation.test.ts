import { describe, it, expect, beforeAll } from 'vitest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createIdentity, sshPublicKeyLine, type Identity } from '@skarm/identity'
import { Conversation, GitRepo, HistoryIndex, rolesOf, linearize, overwriteSmallFile, readStable, signedPayload, voteHasMajority } from '../src/index.ts'

let alice: Identity
let bob: Identity
beforeAll(async () => {
  alice = await createIdentity('alice')
  bob = await createIdentity('bob')
})

async function tmp (): Promise<string> {
  return await mkdtemp(join(tmpdir(), 'conv-'))
}

describe('conversation repository', () => {
  it('creates a conversation whose id is the initial commit and native git verifies every signature', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(join(dir, 'conversations'), alice, { mode: 'INVITES_ONLY' })
    expect(conv.id).toMatch(/^[0-9a-f]{40}$/)
    expect(await conv.head()).toBe(conv.id)
    await conv.sendMessage(alice, { type: 'text/plain', body: 'hej' })
    await conv.addMember(alice, bob.uri)
    const allowed = join(dir, 'allowed')
    await writeFile(allowed, `${alice.deviceId} namespaces="git" ${sshPublicKeyLine(alice.device.publicKey)}\n`)
    const out = execFileSync('git', ['-C', conv.dir, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'log', '--show-signature', '--format=%H %G?'], { encoding: 'utf8' })
    const statuses = out.split('\n').filter((l) => /^[0-9a-f]{40} /.test(l)).map((l) => l.split(' ')[1])
    expect(statuses).toEqual(['G', 'G', 'G'])
    expect(execFileSync('git', ['-C', conv.dir, 'fsck', '--strict'], { encoding: 'utf8', stdio: 'pipe' })).toBe('')
    expect(await conv.mode()).toBe('INVITES_ONLY')
    const roles = rolesOf(await conv.tree())
    expect([...roles.admins]).toEqual([alice.uri])
    expect([...roles.invited]).toEqual([bob.uri])
  })

  it('signed payload strips exactly the gpgsig header', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(join(dir, 'c'), alice, { mode: 'PUBLIC' })
    const c = await conv.repo.readCommit(conv.id)
    expect(c.raw).toContain('gpgsig -----BEGIN SSH SIGNATURE-----')
    expect(signedPayload(c.raw)).not.toContain('gpgsig')
    expect(signedPayload(c.raw)).toContain('"type":"initial"')
  })

  it('ONE_TO_ONE names its invited peer', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(dir, alice, { mode: 'ONE_TO_ONE', invited: bob.uri })
    expect(JSON.parse((await conv.repo.readCommit(conv.id)).message)).toEqual({ type: 'initial', mode: 0, invited: bob.uri })
    await expect(Conversation.create(dir, alice, { mode: 'ONE_TO_ONE' })).rejects.toThrow(/exactly one invited/)
  })

  it('orders history, folds edits and reactions, pages newest first', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(dir, alice, { mode: 'INVITES_ONLY' })
    const a = await conv.sendMessage(alice, { type: 'text/plain', body: 'one' })
    const b = await conv.sendMessage(alice, { type: 'text/plain', body: 'two' })
    await conv.sendMessage(alice, { type: 'application/edited-message', edit: a, body: 'ONE' })
    await conv.sendMessage(alice, { type: 'text/plain', body: '👍', 'react-to': b })
    const index = new HistoryIndex(conv.repo)
    await index.update()
    const page = index.page(10)
    expect(page.map((m) => m.type)).toEqual(['text/plain', 'text/plain', 'initial'])
    expect(page[1]!.fields.body).toBe('ONE')
    expect(page[1]!.edited).toBe(true)
    expect(page[0]!.reactions).toEqual([{ id: expect.any(String), author: alice.uri, body: '👍' }])
    expect(index.page(1, b).map((m) => m.id)).toEqual([a])
    const c = await conv.sendMessage(alice, { type: 'text/plain', body: 'three' })
    await index.update()
    expect(index.page(1)[0]!.id).toBe(c)
    expect((await linearize(conv.repo, c)).map((x) => x.oid)[0]).toBe(conv.id)
  })

  it('serializes concurrent writes into one chain', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(dir, alice, { mode: 'INVITES_ONLY' })
    await Promise.all(Array.from({ length: 20 }, async (_, i) => await conv.sendMessage(alice, { type: 'text/plain', body: String(i) })))
    const chain = await linearize(conv.repo, await conv.head())
    expect(chain).toHaveLength(21)
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.parents).toEqual([chain[i - 1]!.oid])
  })

  it('votes and resolves a ban, then an unban', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(dir, alice, { mode: 'INVITES_ONLY' })
    await conv.addMember(alice, bob.uri)
    await conv.join(bob)
    await conv.vote(alice, 'ban', bob.uri)
    expect(voteHasMajority(await conv.tree(), 'ban', bob.uri)).toBe(true)
    await conv.resolveVote(alice, 'ban', bob.uri)
    let roles = rolesOf(await conv.tree())
    expect(roles.members.size).toBe(0)
    expect([...roles.banned.members]).toEqual([bob.uri])
    await conv.vote(alice, 'unban', bob.uri)
    await conv.resolveVote(alice, 'unban', bob.uri)
    roles = rolesOf(await conv.tree())
    expect([...roles.members]).toEqual([bob.uri])
    expect([...(await conv.tree()).keys()].some((p) => p.startsWith('votes/'))).toBe(false)
  })
})

describe('the writer of a repository', () => {
  it('remembers its head, sees a change made by anything else, and shares one fsync among writes', async () => {
    const dir = await tmp()
    const created = await Conversation.create(join(dir, 'conversations'), alice, { mode: 'INVITES_ONLY' })
    const conv = await Conversation.open(created.dir)
    conv.repo.writer = true
    const writes = await Promise.all(Array.from({ length: 5 }, async (_, i) => await conv.sendMessage(alice, { type: 'text/plain', body: `m${i}` })))
    await conv.repo.flushHead()
    expect(await conv.head()).toBe(writes[writes.length - 1])
    // the branch file is rewritten in place: no inode is freed per write
    const branch = join(conv.dir, 'refs', 'heads', 'main')
    const inode = statSync(branch).ino
    await conv.sendMessage(alice, { type: 'text/plain', body: 'in place' })
    expect(statSync(branch).ino).toBe(inode)
    expect(readFileSync(branch, 'latin1')).toBe(`${await conv.head()}\n`)
    // native git moves the branch behind the writer's back: the next read sees it
    execFileSync('git', ['--git-dir', conv.dir, 'update-ref', 'refs/heads/main', writes[0]!])
    expect(await conv.head()).toBe(writes[0])
    const next = await conv.sendMessage(alice, { type: 'text/plain', body: 'after' })
    expect((await conv.repo.readCommit(next)).parents).toEqual([writes[0]])
    await conv.repo.flushHead()
    expect(execFileSync('git', ['--git-dir', conv.dir, 'rev-parse', 'refs/heads/main'], { encoding: 'utf8' }).trim()).toBe(next)
  })
})

describe('commits written here', () => {
  it('are read back from memory: the check and the index read no file for them', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(join(dir, 'conversations'), alice, { mode: 'INVITES_ONLY' })
    const id = await conv.sendMessage(alice, { type: 'text/plain', body: 'cached' })
    rmSync(join(conv.dir, 'objects', id.slice(0, 2), id.slice(2)))
    expect(JSON.parse((await conv.repo.readCommit(id)).message)).toMatchObject({ body: 'cached' })
    // a fresh reader of the same repository has no such memory
    await expect(new GitRepo(conv.dir).readCommit(id)).rejects.toThrow(/not in repository/)
  })
})

describe('small files rewritten in place', () => {
  it('keeps the inode, cuts what was longer, and says false when there is no file', async () => {
    const dir = await tmp()
    const path = join(dir, 'ref')
    expect(overwriteSmallFile(path, 'a\n')).toBe(false)
    writeFileSync(path, 'x'.repeat(100))
    const inode = statSync(path).ino
    expect(overwriteSmallFile(path, 'b'.repeat(40) + '\n')).toBe(true)
    expect(statSync(path).ino).toBe(inode)
    expect(readStable(path)).toBe('b'.repeat(40) + '\n')
  })
})

describe('conversation ids', () => {
  it('two conversations of one mode created at once get different ids', async () => {
    const dir = await tmp()
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await Conversation.create(dir, alice, { mode: 'INVITES_ONLY', timestamp: 1_800_000_000 })).id))
    expect(new Set(ids).size).toBe(5)
  })
})

describe('packed repositories', () => {
  it('reads history after native git gc packed every object', async () => {
    const dir = await tmp()
    const conv = await Conversation.create(dir, alice, { mode: 'INVITES_ONLY' })
    for (let i = 0; i < 30; i++) await conv.sendMessage(alice, { type: 'text/plain', body: `m${i}` })
    const head = await conv.head()
    execFileSync('git', ['-C', conv.dir, 'gc', '--aggressive', '--prune=now', '-q'])
    const reopened = await Conversation.open(conv.dir)
    expect(await reopened.head()).toBe(head)
    const index = new HistoryIndex(reopened.repo)
    await index.update()
    expect(index.page(100)).toHaveLength(31)
    expect(rolesOf(await reopened.tree()).admins.has(alice.uri)).toBe(true)
    await reopened.sendMessage(alice, { type: 'text/plain', body: 'after gc' })
    expect(execFileSync('git', ['-C', conv.dir, 'fsck', '--strict'], { encoding: 'utf8', stdio: 'pipe' })).toBe('')
  })
})

describe('history index after merges', () => {
  it('gives the order a newcomer computes, after a merge whose first parent is the other side, and under concurrent updates', async () => {
    const { writeSignedCommit } = await import('../src/index.ts')
    const dir = await tmp()
    const conv = await Conversation.create(dir, alice, { mode: 'INVITES_ONLY' })
    const base = await conv.sendMessage(alice, { type: 'text/plain', body: 'base' })
    const ours = await conv.sendMessage(alice, { type: 'text/plain', body: 'ours' })
    const index = new HistoryIndex(conv.repo)
    await index.update()
    const tree = (await conv.repo.readCommit(base)).tree
    const theirs = await writeSignedCommit(conv.repo, alice, { tree, parents: [base], message: JSON.stringify({ type: 'text/plain', body: 'theirs' }) + '\n' })
    const merge = await writeSignedCommit(conv.repo, alice, { tree, parents: [theirs, ours], message: JSON.stringify({ type: 'merge' }) + '\n' })
    await conv.repo.setHead(merge)
    await Promise.all([index.update(), index.update(), index.update()])
    const fresh = new HistoryIndex(conv.repo)
    await fresh.update()
    expect(index.all().map((m) => m.id)).toEqual(fresh.all().map((m) => m.id))
    expect(index.all().map((m) => m.id)).toEqual((await linearize(conv.repo, merge)).map((c) => c.oid))
    // a merge whose first parent is the indexed head appends
    const side = await writeSignedCommit(conv.repo, alice, { tree, parents: [ours], message: JSON.stringify({ type: 'text/plain', body: 'side' }) + '\n' })
    const ours2 = await conv.sendMessage(alice, { type: 'text/plain', body: 'ours 2' })
    await index.update()
    const merge2 = await writeSignedCommit(conv.repo, alice, { tree, parents: [ours2, side], message: JSON.stringify({ type: 'merge' }) + '\n' })
    await conv.repo.setHead(merge2)
    await index.update()
    const fresh2 = new HistoryIndex(conv.repo)
    await fresh2.update()
    expect(index.all().map((m) => m.id)).toEqual(fresh2.all().map((m) => m.id))
  })
})
