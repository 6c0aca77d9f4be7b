import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidInputError } from '@skarm/errors'
import { createFileStore, sha3, type FileStore } from '../src/index.ts'

const conv = 'c'.repeat(40)
const commit = 'a'.repeat(40)
const EMPTY_SHA3 = 'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26'

let dataDir: string
let files: FileStore
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'skarm-files-'))
  files = createFileStore({ dataDir })
})
afterEach(async () => { await rm(dataDir, { recursive: true, force: true }) })

describe('put / get', () => {
  it('writes <commitId>_<tid>.<ext> under conversation_data/<id>/ with its SHA3-512', async () => {
    const bytes = new TextEncoder().encode('hello file')
    const r = await files.put(conv, commit, '42', 'txt', bytes)
    expect(r.path).toBe(join(dataDir, 'conversation_data', conv, `${commit}_42.txt`))
    expect(r.fileId).toBe(`${commit}_42`)
    expect(r.sha3sum).toBe(sha3(bytes))
    expect(r.sha3sum).toMatch(/^[0-9a-f]{128}$/)
    expect(Buffer.from((await files.get(conv, r.fileId))!)).toEqual(Buffer.from(bytes))
    expect(await files.sha3Of(conv, r.fileId)).toBe(r.sha3sum)
    expect(await readdir(join(dataDir, 'conversation_data', conv))).toEqual([`${commit}_42.txt`])
  })

  it('computes SHA3-512 (FIPS 202), not Keccak or SHA-512', () => {
    expect(sha3(new Uint8Array(0))).toBe(EMPTY_SHA3)
  })

  it('stores a file without extension, and a new extension replaces the old file', async () => {
    await files.put(conv, commit, '1', '', new Uint8Array([1]))
    expect(await readdir(join(dataDir, 'conversation_data', conv))).toEqual([`${commit}_1`])
    await files.put(conv, commit, '1', 'bin', new Uint8Array([2]))
    expect(await readdir(join(dataDir, 'conversation_data', conv))).toEqual([`${commit}_1.bin`])
    expect([...(await files.get(conv, `${commit}_1`))!]).toEqual([2])
  })

  it('answers null for a file this device does not have', async () => {
    expect(await files.get(conv, `${commit}_9`)).toBeNull()
    expect(await files.sha3Of(conv, `${commit}_9`)).toBeNull()
    expect(await files.verify(conv, `${commit}_9`, EMPTY_SHA3)).toBe(false)
  })

  it('ignores a stray file whose name only starts like the file id', async () => {
    await files.put(conv, commit, '1', 'txt', new Uint8Array([1]))
    await writeFile(join(dataDir, 'conversation_data', conv, `${commit}_1.x.y`), 'other')
    await rm(join(dataDir, 'conversation_data', conv, `${commit}_1.txt`))
    expect(await files.get(conv, `${commit}_1`)).toBeNull()
  })
})

describe('path checks', () => {
  const bad: Array<[string, (f: FileStore) => Promise<unknown>]> = [
    ['a conversation id with ..', async f => await f.put('../' + 'c'.repeat(37), commit, '1', 'txt', new Uint8Array())],
    ['an absolute conversation id', async f => await f.put('/etc', commit, '1', 'txt', new Uint8Array())],
    ['an upper-case conversation id', async f => await f.put('C'.repeat(40), commit, '1', 'txt', new Uint8Array())],
    ['a commit id with a slash', async f => await f.put(conv, 'a'.repeat(39) + '/', '1', 'txt', new Uint8Array())],
    ['a tid with ..', async f => await f.put(conv, commit, '../../x', 'txt', new Uint8Array())],
    ['a tid with a slash', async f => await f.put(conv, commit, 'a/b', 'txt', new Uint8Array())],
    ['an empty tid', async f => await f.put(conv, commit, '', 'txt', new Uint8Array())],
    ['an extension with ..', async f => await f.put(conv, commit, '1', '../../../evil', new Uint8Array())],
    ['an extension with a slash', async f => await f.put(conv, commit, '1', 'a/b', new Uint8Array())],
    ['an extension with a NUL', async f => await f.put(conv, commit, '1', 'a\0b', new Uint8Array())],
    ['a long extension', async f => await f.put(conv, commit, '1', 'x'.repeat(17), new Uint8Array())],
    ['a file id with ..', async f => await f.get(conv, '../../identity/device')],
    ['a file id with a slash', async f => await f.get(conv, `${commit}_1/../../x`)],
    ['a file id without tid', async f => await f.get(conv, commit)],
    ['a conversation id with .. on get', async f => await f.get('..', `${commit}_1`)],
    ['a bad sha3sum', async f => await f.verify(conv, `${commit}_1`, 'abc')],
    ['a waiting entry with a bad file id', async f => { await f.addWaiting(conv, { fileId: '../x', sha3sum: EMPTY_SHA3 }) }],
    ['a waiting entry with a bad extension', async f => { await f.addWaiting(conv, { fileId: `${commit}_1`, sha3sum: EMPTY_SHA3, extension: '../x' }) }],
    ['a waiting list of a bad conversation', async f => await f.listWaiting('../../')]
  ]
  for (const [name, call] of bad) {
    it(`refuses ${name}`, async () => {
      await expect(call(files)).rejects.toThrow(InvalidInputError)
      // Nothing was written anywhere.
      expect(await readdir(dataDir)).toEqual([])
    })
  }
})

describe('verify', () => {
  it('keeps a file whose SHA3-512 matches (any hex case)', async () => {
    const r = await files.put(conv, commit, '1', 'txt', new TextEncoder().encode('x'))
    expect(await files.verify(conv, r.fileId, r.sha3sum.toUpperCase())).toBe(true)
    expect(await files.get(conv, r.fileId)).not.toBeNull()
  })

  it('deletes a file whose SHA3-512 does not match', async () => {
    const r = await files.put(conv, commit, '1', 'txt', new TextEncoder().encode('x'))
    expect(await files.verify(conv, r.fileId, EMPTY_SHA3)).toBe(false)
    expect(await files.get(conv, r.fileId)).toBeNull()
    expect(await readdir(join(dataDir, 'conversation_data', conv))).toEqual([])
  })

  it('deletes a file corrupted on disk after it was written', async () => {
    const r = await files.put(conv, commit, '1', 'txt', new TextEncoder().encode('original'))
    await writeFile(r.path, 'tampered')
    expect(await files.verify(conv, r.fileId, r.sha3sum)).toBe(false)
    expect(await files.get(conv, r.fileId)).toBeNull()
  })
})

describe('waiting list', () => {
  const e1 = { fileId: `${commit}_1`, sha3sum: EMPTY_SHA3, totalSize: 10, extension: 'png' }
  const e2 = { fileId: `${commit}_2`, sha3sum: 'b'.repeat(128) }

  it('persists across store instances, replaces by file id, removes', async () => {
    expect(await files.listWaiting(conv)).toEqual([])
    await files.addWaiting(conv, e1)
    await files.addWaiting(conv, e2)
    await files.addWaiting(conv, { ...e1, totalSize: 11 })
    const again = createFileStore({ dataDir })
    expect(await again.listWaiting(conv)).toEqual([e2, { ...e1, totalSize: 11 }])
    const onDisk = JSON.parse(await readFile(join(dataDir, 'conversation_data', conv, 'waiting'), 'utf8'))
    expect(onDisk).toHaveLength(2)
    expect(await again.removeWaiting(conv, e2.fileId)).toBe(true)
    expect(await again.removeWaiting(conv, e2.fileId)).toBe(false)
    expect(await files.listWaiting(conv)).toEqual([{ ...e1, totalSize: 11 }])
  })

  it('keeps every concurrent addition and leaves no temporary file', async () => {
    await Promise.all(Array.from({ length: 20 }, async (_, i) => { await files.addWaiting(conv, { fileId: `${commit}_${i}`, sha3sum: EMPTY_SHA3 }) }))
    expect((await files.listWaiting(conv)).map(e => e.fileId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${commit}_${i}`).sort())
    expect(await readdir(join(dataDir, 'conversation_data', conv))).toEqual(['waiting'])
  })

  it('survives a corrupt list file', async () => {
    await files.addWaiting(conv, e1)
    await writeFile(join(dataDir, 'conversation_data', conv, 'waiting'), '{not json')
    expect(await files.listWaiting(conv)).toEqual([])
    await files.addWaiting(conv, e2)
    expect(await files.listWaiting(conv)).toEqual([e2])
  })
})
