// Packed repositories (what a clone or a fetch leaves): read with bounded sizes, deltas resolved,
// corruption rejected.
import { execFileSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateRange, verifyRepository } from '../src/index.ts'
import { cleanup, impostor, person, withMembers, type Fixture, type Person } from './fixture.ts'

let alice: Person
let bob: Person
let mallory: Person
beforeAll(async () => {
  [alice, bob, mallory] = await Promise.all([person('alice'), person('bob'), person('mallory')])
})
afterAll(cleanup)

function git (f: Fixture, ...args: string[]): string {
  return execFileSync('git', ['-C', f.conv.dir, ...args], { encoding: 'utf8' })
}

async function looseObjects (f: Fixture): Promise<number> {
  return (await readdir(join(f.conv.dir, 'objects'))).filter((d) => /^[0-9a-f]{2}$/.test(d)).length
}

describe('packed repositories', () => {
  it('replays a history packed with deltas (git gc --aggressive), and still refuses a forged commit in it', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    for (let i = 0; i < 30; i++) await f.conv.sendMessage(i % 2 === 0 ? alice : bob, { type: 'text/plain', body: `message ${i} with some repeated text to deltify` }, f.check)
    for (let i = 0; i < 3; i++) await f.conv.updateProfile(alice, `BEGIN:VCARD\nVERSION:2.1\nFN:Team ${i}\nDESCRIPTION:${'a long description '.repeat(50)}\nEND:VCARD\n`, f.check)
    const good = await f.head()
    await f.forge(impostor(bob, mallory), { message: { type: 'text/plain', body: 'forged' }, setHead: true })
    git(f, 'gc', '-q', '--aggressive', '--prune=now')
    expect(await looseObjects(f)).toBe(0)
    expect(git(f, 'verify-pack', '-v', ...(await readdir(join(f.conv.dir, 'objects', 'pack'))).filter((n) => n.endsWith('.idx')).map((n) => join(f.conv.dir, 'objects', 'pack', n)))).toMatch(/chain length = [1-9]/)
    expect(await validateRange(f.repo, { bases: [], tips: [good] })).toEqual({ checked: 36 })
    expect(await verifyRepository(f.conv.dir)).toMatchObject({ ok: false, rule: 'COMMIT_BAD_SIGNATURE', checked: 36 })
  })

  it('refuses a packed zlib bomb from its pack entry header, without inflating it (BLOB_TOO_LARGE)', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY')
    const bomb = await f.repo.writeObject('blob', Buffer.alloc(64 * 1024 * 1024))
    const oid = await f.forge(alice, { message: { type: 'application/update-profile' }, edit: (t) => { t.set('profile.vcf', { oid: bomb, mode: '100644' }) }, setHead: true })
    git(f, 'repack', '-a', '-d', '-q')
    git(f, 'prune-packed')
    expect(await looseObjects(f)).toBe(0)
    await expect(validateRange(f.repo, { bases: [f.conv.id], tips: [oid] })).rejects.toMatchObject({ code: 'BLOB_TOO_LARGE', data: { commit: oid } })
  })

  it('rejects a corrupt pack as a corrupt object, never a crash', async () => {
    const f = await withMembers(alice, 'INVITES_ONLY', bob)
    for (let i = 0; i < 10; i++) await f.conv.sendMessage(bob, { type: 'text/plain', body: `m${i}` }, f.check)
    git(f, 'repack', '-a', '-d', '-q')
    git(f, 'prune-packed')
    const dir = join(f.conv.dir, 'objects', 'pack')
    const pack = join(dir, (await readdir(dir)).find((n) => n.endsWith('.pack'))!)
    const bytes = await readFile(pack)
    for (let i = 200; i < bytes.length - 40; i += 97) bytes[i] = bytes[i]! ^ 0x55
    await writeFile(pack, bytes)
    const r = await verifyRepository(f.conv.dir)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.rule).toMatch(/^(OBJECT_CORRUPT|OBJECT_MISSING|[A-Z]+_TOO_LARGE|[A-Z]+_MALFORMED)$/)
  })
})
