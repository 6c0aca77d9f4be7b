import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { deflateSync } from 'node:zlib'
import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { git } from './helpers.ts'
import { commitLinks, fromWire, inflateObject, objectsOf, PushPool, readHeadRef, toWire, treeEntries, type PushedObject } from '../src/sync/push.ts'

const run = promisify(execFile)

/** A bare repository: c1 (file a), c2 (same tree), c3 (adds dir/b), loose objects only. */
async function repo (): Promise<{ dir: string, c1: string, c2: string, c3: string, blobB: string, treeDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'push-'))
  await run('git', ['init', '--bare', '-q', dir])
  const blobA = await git(dir, ['hash-object', '-w', '--stdin'], 'a\n')
  const t1 = await git(dir, ['mktree'], `100644 blob ${blobA}\ta\n`)
  const c1 = await git(dir, ['commit-tree', t1, '-m', 'one'])
  const c2 = await git(dir, ['commit-tree', t1, '-p', c1, '-m', 'two'])
  const blobB = await git(dir, ['hash-object', '-w', '--stdin'], 'b\n')
  const treeDir = await git(dir, ['mktree'], `100644 blob ${blobB}\tb\n`)
  const t3 = await git(dir, ['mktree'], `100644 blob ${blobA}\ta\n040000 tree ${treeDir}\tdir\n`)
  const c3 = await git(dir, ['commit-tree', t3, '-p', c2, '-m', 'three'])
  await git(dir, ['update-ref', 'refs/heads/main', c3])
  return { dir, c1, c2, c3, blobB, treeDir }
}

function loose (type: string, body: string): PushedObject {
  const raw = Buffer.concat([Buffer.from(`${type} ${Buffer.byteLength(body)}\0`), Buffer.from(body)])
  return { oid: createHash('sha1').update(raw).digest('hex'), data: deflateSync(raw) }
}

describe('push objects', () => {
  it('a commit with its parent tree pushes the commit alone; a changed tree pushes the new trees and blobs only', async () => {
    const r = await repo()
    expect((await objectsOf(r.dir, [r.c2]))!.map((o) => o.oid)).toEqual([r.c2])
    const three = (await objectsOf(r.dir, [r.c3]))!.map((o) => o.oid)
    expect(three[0]).toBe(r.c3)
    expect(new Set(three)).toEqual(new Set([r.c3, (await git(r.dir, ['rev-parse', `${r.c3}^{tree}`])), r.treeDir, r.blobB]))
    // several commits, children after parents
    expect((await objectsOf(r.dir, [r.c2, r.c3]))!.map((o) => o.oid)).toContain(r.c2)
    // the data is the loose object file, byte for byte
    const data = (await objectsOf(r.dir, [r.c2]))![0]!.data
    expect(data.equals(await readFile(join(r.dir, 'objects', r.c2.slice(0, 2), r.c2.slice(2))))).toBe(true)
  })

  it('pushes nothing for an initial commit, a missing or packed object, or beyond the bounds', async () => {
    const r = await repo()
    expect(await objectsOf(r.dir, [r.c1])).toBeUndefined()
    expect(await objectsOf(r.dir, ['0'.repeat(40)])).toBeUndefined()
    expect(await objectsOf(r.dir, [r.c3], 10)).toBeUndefined()
    expect(await objectsOf(r.dir, [r.c3], 1 << 20, 2)).toBeUndefined()
    await git(r.dir, ['gc', '-q', '--prune=now'])
    expect(await objectsOf(r.dir, [r.c2])).toBeUndefined()
  })

  it('reads the branch file, and nothing else', async () => {
    const r = await repo()
    expect(readHeadRef(r.dir)).toBe(r.c3)
    await writeFile(join(r.dir, 'refs', 'heads', 'main'), 'not an id\n')
    expect(readHeadRef(r.dir)).toBeUndefined()
    expect(readHeadRef(join(r.dir, 'nowhere'))).toBeUndefined()
  })

  it('checks objects against their ids and parses commits and trees', () => {
    const blob = loose('blob', 'hello\n')
    expect(inflateObject(blob.oid, blob.data)).toEqual({ type: 'blob', body: Buffer.from('hello\n') })
    expect(inflateObject('0'.repeat(40), blob.data)).toBeUndefined()
    expect(inflateObject(blob.oid, Buffer.from('not zlib'))).toBeUndefined()
    // a zlib bomb stops at the bound
    const bomb = deflateSync(Buffer.concat([Buffer.from('blob 3000000\0'), Buffer.alloc(3_000_000)]))
    expect(inflateObject(createHash('sha1').update(Buffer.concat([Buffer.from('blob 3000000\0'), Buffer.alloc(3_000_000)])).digest('hex'), bomb)).toBeUndefined()
    const t = 'a'.repeat(40)
    expect(commitLinks(Buffer.from(`tree ${t}\nparent ${'b'.repeat(40)}\nparent ${'c'.repeat(40)}\nauthor x\n\nmsg\nparent ${'d'.repeat(40)}\n`))).toEqual({ tree: t, parents: ['b'.repeat(40), 'c'.repeat(40)] })
    expect(commitLinks(Buffer.from('author x\n\nno tree\n'))).toBeUndefined()
    const entry = Buffer.concat([Buffer.from('100644 f\0'), Buffer.alloc(20, 1), Buffer.from('40000 d\0'), Buffer.alloc(20, 2)])
    expect([...treeEntries(entry)!]).toEqual([['f', { mode: '100644', oid: '01'.repeat(20) }], ['d', { mode: '40000', oid: '02'.repeat(20) }]])
    expect(treeEntries(Buffer.from('100644 truncated\0abc'))).toBeUndefined()
  })

  it('takes well-formed objects off the wire only', () => {
    const blob = loose('blob', 'x')
    expect(fromWire(toWire([blob]))).toEqual([blob])
    for (const bad of [undefined, 'x', [], [{ oid: 'zz', data: 'AA==' }], [{ oid: blob.oid, data: '***' }], [{ oid: blob.oid, data: '' }], [null]]) {
      expect(fromWire(bad)).toBeUndefined()
    }
    expect(fromWire(Array.from({ length: 513 }, () => toWire([blob])[0]))).toBeUndefined()
  })
})

describe('push pool', () => {
  it('gives the closure of a tip down to known commits, through pooled objects only', async () => {
    const r = await repo()
    const pool = new PushPool()
    pool.add((await objectsOf(r.dir, [r.c2, r.c3]))!)
    const all = pool.closure(r.c3, () => false)!.map((o) => o.oid)
    expect(all).toContain(r.c2)
    expect(all).toContain(r.blobB)
    // stopping at c2 (known): c2 is not taken
    expect(pool.closure(r.c3, (oid) => oid === r.c2)!.map((o) => o.oid)).not.toContain(r.c2)
    expect(pool.closure('f'.repeat(40), () => false)).toBeUndefined()
  })

  it('refuses a pooled object that is not what its id says, or not of the type it is used as', async () => {
    const r = await repo()
    const pool = new PushPool()
    const [commit] = (await objectsOf(r.dir, [r.c2]))!
    pool.add([{ oid: commit!.oid, data: loose('blob', 'forged').data }])
    expect(pool.closure(commit!.oid, () => false)).toBeUndefined()
    const blob = loose('blob', 'i am no commit')
    pool.add([blob])
    expect(pool.closure(blob.oid, () => false)).toBeUndefined()
  })

  it('is bounded in objects, bytes and age, oldest first', () => {
    const pool = new PushPool(1_000, 3, 60_000)
    const objs = Array.from({ length: 5 }, (_, i) => loose('blob', `object ${i}`))
    pool.add(objs.slice(0, 4), 0)
    expect(pool.size).toBe(3)
    expect(pool.has(objs[0]!.oid)).toBe(false)
    pool.add([objs[4]!], 120_000)
    // every older entry expired
    expect(pool.size).toBe(1)
    expect(pool.has(objs[4]!.oid)).toBe(true)
    const big = new PushPool(50, 100, 60_000)
    big.add([loose('blob', randomBytes(200).toString('hex'))], 0)
    expect(big.size).toBe(0)
    pool.drop(objs[4]!.oid)
    expect(pool.size).toBe(0)
  })
})
