// Git bombs and malformed objects: every one is a rejection naming a rule, never a crash.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatTree, writeSignedCommit, type TreeEntry } from '@skarm/conversation'
import { validateCommit, validateRange, ValidationContext } from '../src/index.ts'
import { cleanup, person, withMembers, type Fixture, type Person } from './fixture.ts'

let alice: Person
let bob: Person
beforeAll(async () => {
  [alice, bob] = await Promise.all([person('alice'), person('bob')])
})
afterAll(cleanup)

const hi = { type: 'text/plain', body: 'hi' }

/** A commit by bob on the head whose root tree is the given entries plus the head's. */
async function withRootEntries (f: Fixture, extra: TreeEntry[], body?: (entries: TreeEntry[]) => Buffer): Promise<string> {
  const head = await f.repo.readCommit(await f.head())
  const entries = [...await f.repo.readTree(head.tree), ...extra]
  const tree = await f.repo.writeObject('tree', body === undefined ? formatTree(entries) : body(entries))
  return await writeSignedCommit(f.repo, bob, { tree, parents: [head.oid], message: JSON.stringify(hi) + '\n' })
}

function rawTree (entries: TreeEntry[]): Buffer {
  return Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex')]))
}

async function rejectedWith (f: Fixture, oid: string, code: string, ctx = new ValidationContext()): Promise<void> {
  await expect(validateCommit(f.repo, await f.repo.readCommit(oid), ctx)).rejects.toMatchObject({ code, data: { commit: oid } })
}

describe('git bombs', () => {
  it('refuses a tree nested deeper than the layout (TREE_TOO_DEEP)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const oid = await f.forge(bob, { message: hi, edit: async (t) => { t.set('votes/ban/members/x/y/z', await f.blob('')) } })
    await f.rejected(oid, 'TREE_TOO_DEEP')
    const deep = await f.forge(bob, { message: hi, edit: async (t) => { t.set(`${'d/'.repeat(200)}f`, await f.blob('')) } })
    await f.rejected(deep, 'TREE_TOO_DEEP')
  })

  it('refuses a tree with too many entries (TREE_TOO_LARGE), as a limit and as a huge tree object', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const oid = await f.forge(bob, { message: hi, edit: async (t) => { for (let i = 0; i < 20; i++) t.set(`votes/ban/members/${'a'.repeat(40)}/${i}`, await f.blob('')) } })
    await rejectedWith(f, oid, 'TREE_TOO_LARGE', new ValidationContext({ maxTreeEntries: 10 }))
    // 120,000 entries in one tree object (~5 MiB): refused while inflating
    const empty = (await f.blob('')).oid
    const names = Array.from({ length: 120_000 }, (_, i) => `f${String(i).padStart(6, '0')}`)
    const big = await f.repo.writeObject('tree', formatTree(names.map((name) => ({ mode: '100644', name, oid: empty }))))
    await f.rejected(await withRootEntries(f, [{ mode: '40000', name: 'junk', oid: big }]), 'TREE_TOO_LARGE')
  })

  it('refuses oversized files: a certificate, a profile, a zlib bomb (BLOB_TOO_LARGE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const bob2 = { ...bob, deviceId: 'b'.repeat(40) }
    const cert = await f.forge(bob2, { message: hi, edit: async (t) => { t.set(`devices/${bob2.deviceId}.crt`, await f.blob('-'.repeat(20_000))) } })
    await f.rejected(cert, 'BLOB_TOO_LARGE')
    // 64 MiB of zeros compress to ~64 KiB: refused at 1 MiB of output, never inflated whole
    const bomb = await f.repo.writeObject('blob', Buffer.alloc(64 * 1024 * 1024))
    const profile = await f.forge(alice, { message: { type: 'application/update-profile' }, edit: (t) => { t.set('profile.vcf', { oid: bomb, mode: '100644' }) } })
    await f.rejected(profile, 'BLOB_TOO_LARGE')
  })

  it('refuses a commit object larger than the limit (COMMIT_TOO_LARGE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const oid = await f.forge(bob, { message: { type: 'text/plain', body: 'x'.repeat(600_000) }, setHead: true })
    await f.rejected(oid, 'COMMIT_TOO_LARGE')
    await expect(validateRange(f.repo, { bases: [], tips: [oid] })).rejects.toMatchObject({ code: 'COMMIT_TOO_LARGE', data: { commit: oid } })
  })
})

describe('malformed objects', () => {
  it('refuses symlinks, submodules, executables, unsorted and duplicate entries (TREE_MALFORMED)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const blob = (await f.blob('x')).oid
    for (const mode of ['120000', '160000', '100755', '100664']) {
      await f.rejected(await withRootEntries(f, [{ mode, name: 'zzz', oid: blob }]), 'TREE_MALFORMED')
    }
    await f.rejected(await withRootEntries(f, [{ mode: '100644', name: 'zzz', oid: blob }], (e) => rawTree([...e].reverse())), 'TREE_MALFORMED')
    await f.rejected(await withRootEntries(f, [{ mode: '100644', name: 'zzz', oid: blob }, { mode: '100644', name: 'zzz', oid: blob }], rawTree), 'TREE_MALFORMED')
    await f.rejected(await withRootEntries(f, [{ mode: '100644', name: 'admins', oid: blob }], (e) => rawTree(e.sort((a, b) => (a.name + (a.mode === '40000' ? '/' : '')).localeCompare(b.name + (b.mode === '40000' ? '/' : ''))))), 'TREE_MALFORMED')
    await f.rejected(await withRootEntries(f, [], (e) => Buffer.concat([rawTree(e), Buffer.from('100644 trunc')])), 'TREE_MALFORMED')
  })

  it('refuses missing objects (OBJECT_MISSING)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const noTree = await writeSignedCommit(f.repo, bob, { tree: 'f'.repeat(40), parents: [await f.head()], message: JSON.stringify(hi) + '\n' })
    await f.rejected(noTree, 'OBJECT_MISSING')
    const noParent = await writeSignedCommit(f.repo, bob, { tree: (await f.repo.readCommit(await f.head())).tree, parents: ['e'.repeat(40)], message: JSON.stringify(hi) + '\n' })
    await expect(validateRange(f.repo, { bases: [], tips: [noParent] })).rejects.toMatchObject({ code: 'OBJECT_MISSING', data: { commit: 'e'.repeat(40) } })
    await expect(validateRange(f.repo, { bases: [await f.head()], tips: ['d'.repeat(40)] })).rejects.toMatchObject({ code: 'OBJECT_MISSING' })
  })

  it('refuses corrupt objects: bad zlib, wrong content for the id, wrong type (OBJECT_CORRUPT)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const add = await f.conv.addMember(alice, 'c'.repeat(40), f.check)
    const treeOid = (await f.repo.readCommit(add)).tree
    const path = join(f.repo.gitdir, 'objects', treeOid.slice(0, 2), treeOid.slice(2))
    await writeFile(path, Buffer.from('not zlib at all'))
    await f.rejected(add, 'OBJECT_CORRUPT')
    await writeFile(path, deflateSync(Buffer.from('tree 0\0')))
    await f.rejected(add, 'OBJECT_CORRUPT')
    const blob = (await f.blob('hello')).oid
    const blobAsTree = await writeSignedCommit(f.repo, bob, { tree: blob, parents: [await f.head()], message: JSON.stringify(hi) + '\n' })
    await f.rejected(blobAsTree, 'OBJECT_CORRUPT')
  })

  it('refuses commit objects Git would not write (COMMIT_MALFORMED)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    const c = await f.repo.readCommit(await f.head())
    const extraHeader = await f.repo.writeObject('commit', Buffer.from(c.raw.replace('\ncommitter ', '\nencoding latin1\ncommitter ')))
    await expect(validateRange(f.repo, { bases: [], tips: [extraHeader] })).rejects.toMatchObject({ code: 'COMMIT_MALFORMED', data: { commit: extraHeader } })
    const latin1 = await f.repo.writeObject('commit', Buffer.concat([Buffer.from(c.raw.slice(0, -1)), Buffer.from([0xe9, 0x0a])]))
    await expect(validateRange(f.repo, { bases: [], tips: [latin1] })).rejects.toMatchObject({ code: 'COMMIT_MALFORMED' })
    const notCommit = (await f.blob('{"type":"text/plain"}')).oid
    await expect(validateRange(f.repo, { bases: [], tips: [notCommit] })).rejects.toMatchObject({ code: 'OBJECT_CORRUPT' })
  })
})
