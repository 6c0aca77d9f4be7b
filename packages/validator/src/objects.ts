import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { GitRepo, parseCommit, type StoredCommit } from '@skarm/conversation'
import type { RuleCode } from './errors.ts'
import { PackError, PackSet, type PackedObject } from './packs.ts'

/**
 * A peer's object that cannot be used (missing, corrupt, too large). The commit being
 * validated turns it into a rejection; it never escapes as a crash.
 */
export class ObjectError extends Error {
  readonly code: RuleCode
  readonly oid: string
  constructor (code: RuleCode, message: string, oid: string) {
    super(message)
    this.name = 'ObjectError'
    this.code = code
    this.oid = oid
  }
}

const OID = /^[0-9a-f]{40}$/

/** Largest delta base of a packed object (the bases of deltas are bounded too). */
export const MAX_DELTA_BASE_BYTES = 16 * 1024 * 1024
const TOO_LARGE: Record<string, RuleCode> = { commit: 'COMMIT_TOO_LARGE', tree: 'TREE_TOO_LARGE', blob: 'BLOB_TOO_LARGE' }

/**
 * A loose object file, or null when even compressed it is larger than any object of
 * `maxBytes` can be (deflate never grows data by more than a few bytes per 16 KiB block).
 */
function readBounded (path: string, maxBytes: number): Buffer | null {
  const fd = fs.openSync(path, 'r')
  try {
    const size = fs.fstatSync(fd).size
    if (size > maxBytes + (maxBytes >> 10) + 1024) return null
    const buf = Buffer.allocUnsafe(size)
    let off = 0
    while (off < size) {
      const n = fs.readSync(fd, buf, off, size - off, off)
      if (n === 0) break
      off += n
    }
    return buf.subarray(0, off)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * The object folders a repository borrows from (`objects/info/alternates`: absolute paths, one
 * per line, as git writes them for a quarantine). Relative or missing entries are ignored.
 */
function alternatesOf (gitdir: string): string[] {
  let text: string
  try {
    text = fs.readFileSync(join(gitdir, 'objects', 'info', 'alternates'), 'utf8')
  } catch {
    return []
  }
  return text.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('/')).slice(0, 8)
}

/**
 * Reads objects of one repository defensively: loose objects are inflated with a bound (a
 * zlib bomb stops at the limit, never in memory), packed ones are sized from their pack entry
 * before inflating (packs.ts); every object's SHA-1 is checked against its id, and its type
 * must be the one expected. One reader per validation call: packs are loaded once per reader.
 */
export class ObjectReader {
  readonly repo: GitRepo
  private readonly packs: PackSet
  private readonly baseBytes: number
  /** The repository's `objects` folder, then those named in `objects/info/alternates` (a quarantine's). */
  private readonly objectDirs: string[]

  /** Loose objects (zlib data) read before the repository's own: a push, quarantined in memory. */
  private readonly overlay: ReadonlyMap<string, Buffer> | undefined

  /** `baseBytes` bounds the delta bases of packed objects (default {@link MAX_DELTA_BASE_BYTES}). */
  constructor (repo: GitRepo, baseBytes = MAX_DELTA_BASE_BYTES, overlay?: ReadonlyMap<string, Buffer>) {
    this.repo = repo
    this.overlay = overlay
    this.objectDirs = [join(repo.gitdir, 'objects'), ...alternatesOf(repo.gitdir)]
    this.packs = new PackSet(this.objectDirs)
    this.baseBytes = baseBytes
  }

  // the loose object file of `oid` in the first object folder holding it (undefined: none)
  private readLoose (oid: string, maxBytes: number): Buffer | null | undefined {
    const pushed = this.overlay?.get(oid)
    if (pushed !== undefined) return pushed.length > maxBytes + (maxBytes >> 10) + 1024 ? null : pushed
    for (const dir of this.objectDirs) {
      try {
        return readBounded(join(dir, oid.slice(0, 2), oid.slice(2)), maxBytes)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      }
    }
    return undefined
  }

  /**
   * True when object `oid` is in this repository (pushed, loose, or packed), without reading
   * it: for objects whose parsed form the context already caches from another repository.
   */
  has (oid: string): boolean {
    if (!OID.test(oid)) return false
    if (this.overlay?.has(oid) === true) return true
    for (const dir of this.objectDirs) if (fs.existsSync(join(dir, oid.slice(0, 2), oid.slice(2)))) return true
    return this.packs.has(oid)
  }

  /** The body of object `oid`, which must be of `type` and at most `maxBytes` long. */
  async read (oid: string, type: 'commit' | 'tree' | 'blob', maxBytes: number): Promise<Buffer> {
    if (!OID.test(oid)) throw new ObjectError('OBJECT_MISSING', `${JSON.stringify(oid.slice(0, 50))} is not an object id`, oid)
    const o = await this.readAny(oid, maxBytes, TOO_LARGE[type]!)
    if (o === null) throw new ObjectError('OBJECT_MISSING', `object ${oid} is not in the repository`, oid)
    if (o.type !== type) throw new ObjectError('OBJECT_CORRUPT', `object ${oid} is a ${o.type.slice(0, 10)}, not a ${type}`, oid)
    return o.body
  }

  private async readAny (oid: string, maxBytes: number, tooLarge: RuleCode): Promise<PackedObject | null> {
    let compressed: Buffer | null | undefined
    try {
      // Synchronous on purpose: a loose object is a few hundred bytes and a replay reads one
      // per commit, in sequence (each needs the previous one's parent id). A thread-pool round
      // trip per object made a 10,000-commit replay I/O-bound; replays yield between batches.
      compressed = this.readLoose(oid, maxBytes)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EISDIR' || code === 'ENOTDIR') throw new ObjectError('OBJECT_CORRUPT', `object ${oid} is not a file`, oid)
      if (code !== 'ENOENT') throw err
    }
    if (compressed === null) throw new ObjectError(tooLarge, `object ${oid} is larger than ${maxBytes} bytes`, oid)
    if (compressed !== undefined) {
      let raw: Buffer
      try {
        raw = inflateSync(compressed, { maxOutputLength: maxBytes + 32 })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ObjectError(tooLarge, `object ${oid} is larger than ${maxBytes} bytes`, oid)
        throw new ObjectError('OBJECT_CORRUPT', `object ${oid} is not valid zlib data`, oid)
      }
      if (createHash('sha1').update(raw).digest('hex') !== oid) throw new ObjectError('OBJECT_CORRUPT', `object ${oid} does not hash to its id`, oid)
      const sp = raw.indexOf(0x20)
      const nul = sp < 0 ? -1 : raw.indexOf(0, sp)
      if (sp < 0 || nul < 0 || Number(raw.toString('latin1', sp + 1, nul)) !== raw.length - nul - 1) {
        throw new ObjectError('OBJECT_CORRUPT', `object ${oid} has a malformed header`, oid)
      }
      const body = raw.subarray(nul + 1)
      if (body.length > maxBytes) throw new ObjectError(tooLarge, `object ${oid} is larger than ${maxBytes} bytes`, oid)
      return { type: raw.toString('latin1', 0, sp), body }
    }
    let o: PackedObject | null
    try {
      o = await this.packs.read(oid, maxBytes, Math.max(maxBytes, this.baseBytes), async (base, max) => await this.readAny(base, max, 'BLOB_TOO_LARGE'))
    } catch (err) {
      if (err instanceof PackError) throw new ObjectError(err.code === 'BLOB_TOO_LARGE' ? tooLarge : err.code, err.message, oid)
      if (err instanceof ObjectError) throw err
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR') throw new ObjectError('OBJECT_CORRUPT', `a pack of the repository cannot be read (${code})`, oid)
      throw err
    }
    if (o === null) return null
    const header = Buffer.from(`${o.type} ${o.body.length}\0`, 'latin1')
    if (createHash('sha1').update(header).update(o.body).digest('hex') !== oid) throw new ObjectError('OBJECT_CORRUPT', `packed object ${oid} does not hash to its id`, oid)
    return o
  }

  /** Reads and parses a commit (UTF-8, well-formed headers). */
  async commit (oid: string, maxBytes: number): Promise<StoredCommit> {
    const body = await this.read(oid, 'commit', maxBytes)
    if (!isUtf8(body)) throw new ObjectError('COMMIT_MALFORMED', `commit ${oid} is not UTF-8`, oid)
    const raw = body.toString('utf8')
    try {
      return { ...parseCommit(raw), oid, raw }
    } catch (err) {
      throw new ObjectError('COMMIT_MALFORMED', `commit ${oid}: ${(err as Error).message}`, oid)
    }
  }
}

/**
 * A GitRepo whose `readCommit` goes through an {@link ObjectReader}, so that `linearize` of
 * @skarm/conversation walks a peer's commits with the same limits, and every commit it reads is
 * reported to `onCommit` (the context caches parents and trees from it).
 */
export class CheckedRepo extends GitRepo {
  private readonly reader: ObjectReader
  private readonly maxBytes: number
  private readonly onCommit: (c: StoredCommit) => void
  private reads = 0

  constructor (reader: ObjectReader, maxBytes: number, onCommit: (c: StoredCommit) => void) {
    super(reader.repo.gitdir)
    this.reader = reader
    this.maxBytes = maxBytes
    this.onCommit = onCommit
  }

  override async readCommit (oid: string): Promise<StoredCommit> {
    // reads are synchronous: let the event loop breathe during a long walk
    if (++this.reads % 512 === 0) await new Promise((resolve) => setImmediate(resolve))
    const c = await this.reader.commit(oid, this.maxBytes)
    this.onCommit(c)
    return c
  }
}
