// The validator against real Git: a history with every commit type and a merge is what
// `git fsck --strict` and `git log --show-signature` accept, and `verifyRepository` agrees;
// a commit Git finds perfectly well-formed and well-signed is still refused by the rules.
import { execFileSync } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conversation, writeSignedCommit, type GitRepo } from '@skarm/conversation'
import { addDevice, createCrl, createIdentity, parseCertificate, sshPublicKeyLine, type Identity } from '@skarm/identity'
import { tempDir } from '@skarm/test-utils'
import { mergeTree, validateCommit, ValidationContext, verifyRepository } from '@skarm/validator'

let dir: string
let alice: Identity
let bob: Identity
let bob2: Identity
let carol: Identity
beforeAll(async () => {
  dir = await tempDir('skarm-validator-git-')
  ;[alice, bob, carol] = await Promise.all([createIdentity('alice'), createIdentity('bob'), createIdentity('carol')])
  bob2 = await addDevice(bob)
})
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

function git (repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

async function signatures (repo: string, signers: Identity[]): Promise<string[]> {
  const allowed = join(dir, 'allowed_signers')
  await writeFile(allowed, signers.map((s) => `${s.deviceId} namespaces="git" ${sshPublicKeyLine(s.device.publicKey)}\n`).join(''))
  const out = git(repo, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'log', '--format=%H %G?')
  return out.trim().split('\n').map((l) => l.split(' ')[1]!)
}

describe('validator and Git', () => {
  it('accepts a real history with every commit type and a merge, as git fsck and git log --show-signature do', async () => {
    const ctx = new ValidationContext()
    const check = async (repo: GitRepo, oid: string): Promise<void> => { await validateCommit(repo, await repo.readCommit(oid), ctx) }
    const conv = await Conversation.create(join(dir, 'one'), alice, { mode: 'INVITES_ONLY' })
    await conv.addMember(alice, bob.uri, check)
    await conv.join(bob, check)
    const hello = await conv.sendMessage(bob, { type: 'text/plain', body: 'hello' }, check)
    await conv.sendMessage(bob2, { type: 'application/edited-message', body: 'hello!', edit: hello }, check)
    await conv.sendMessage(alice, { type: 'text/plain', body: '👋', 'react-to': hello }, check)
    await conv.sendMessage(alice, { type: 'application/data-transfer+json', tid: '1', displayName: 'a.txt', totalSize: '5', sha3sum: 'cd'.repeat(64) }, check)
    await conv.sendMessage(alice, { type: 'application/call-history+json', to: bob.uri, duration: '3000' }, check)
    await conv.updateProfile(alice, 'BEGIN:VCARD\nVERSION:2.1\nFN:Git\nEND:VCARD\n', check)
    await conv.vote(alice, 'promote', bob.uri, check)
    await conv.resolveVote(alice, 'promote', bob.uri, check)
    const base = await conv.head()
    // two branches: bob invites carol; alice publishes a CRL revoking nothing and writes
    await conv.addMember(bob, carol.uri, check)
    const left = await conv.head()
    await conv.repo.setHead(base)
    await conv.sendMessage({ ...alice, crl: await createCrl(alice.account, alice.accountCert, []) }, { type: 'text/plain', body: 'meanwhile' }, check)
    const right = await conv.head()
    const { tree } = await mergeTree(conv.repo, [right, left], ctx)
    const merge = await writeSignedCommit(conv.repo, alice, { tree: await conv.repo.writeTreeFlat(tree), parents: [right, left], message: '{"type":"merge"}\n' })
    await check(conv.repo, merge)
    await conv.repo.setHead(merge)
    await conv.join(carol, check)
    await conv.vote(alice, 'ban', carol.uri, check)
    await conv.vote(bob, 'ban', carol.uri, check)
    await conv.resolveVote(bob, 'ban', carol.uri, check)
    await conv.leave(bob2, check)

    expect(git(conv.dir, 'fsck', '--strict', '--no-dangling')).toBe('')
    const statuses = await signatures(conv.dir, [alice, bob, bob2, carol])
    expect(statuses.length).toBe(19)
    expect(new Set(statuses)).toEqual(new Set(['G']))
    expect(await verifyRepository(conv.dir)).toMatchObject({ ok: true, commits: 19 })
    // the same after Git packs it
    git(conv.dir, 'gc', '-q', '--prune=now')
    expect(await verifyRepository(conv.dir)).toMatchObject({ ok: true, commits: 19 })
  })

  it('refuses what Git accepts but the rules forbid: a well-signed ban without a vote, by a revoked device', async () => {
    // another folder: the same creator and mode in the same second make the same initial commit
    const conv = await Conversation.create(join(dir, 'two'), alice, { mode: 'INVITES_ONLY' })
    const ctx = new ValidationContext()
    const check = async (repo: GitRepo, oid: string): Promise<void> => { await validateCommit(repo, await repo.readCommit(oid), ctx) }
    await conv.addMember(alice, bob.uri, check)
    await conv.join(bob, check)
    await conv.sendMessage(bob2, { type: 'text/plain', body: 'second device' }, check)
    await conv.sendMessage({ ...bob, crl: await createCrl(bob.account, bob.accountCert, [parseCertificate(bob2.deviceCert).serialNumber]) }, { type: 'text/plain', body: 'revoked my phone' }, check)
    const good = await conv.head()
    // bob's revoked phone: Git sees a good signature
    const head = await conv.repo.readCommit(good)
    const revoked = await writeSignedCommit(conv.repo, bob2, { tree: head.tree, parents: [good], message: '{"type":"text/plain","body":"still me"}\n' })
    await conv.repo.setHead(revoked)
    expect(git(conv.dir, 'fsck', '--strict', '--no-dangling')).toBe('')
    expect((await signatures(conv.dir, [alice, bob, bob2]))[0]).toBe('G')
    expect(await verifyRepository(conv.dir)).toMatchObject({ ok: false, commit: revoked, rule: 'DEVICE_REVOKED', checked: 5 })
    // alice bans bob without any vote: a normal, signed Git commit
    const t = new Map(await conv.repo.readTreeFlat(head.tree))
    t.set(`banned/members/${bob.uri}.crt`, t.get(`members/${bob.uri}.crt`)!)
    t.delete(`members/${bob.uri}.crt`)
    const ban = await writeSignedCommit(conv.repo, alice, { tree: await conv.repo.writeTreeFlat(t), parents: [good], message: JSON.stringify({ type: 'member', action: 'ban', uri: bob.uri }) + '\n' })
    await conv.repo.setHead(ban)
    expect(git(conv.dir, 'fsck', '--strict', '--no-dangling')).toBe('')
    expect(await verifyRepository(conv.dir)).toMatchObject({ ok: false, commit: ban, rule: 'BAN_NO_MAJORITY', checked: 5 })
  })
})
