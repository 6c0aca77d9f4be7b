import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import git from 'isomorphic-git'
import { GitRepo, parseCommit, type StoredCommit } from '@skarm/conversation'
import type { RuleCode } from './errors.ts'

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
 * Reads objects of one repository defensively: loose objects are inflated with a bound (a
 * zlib bomb stops at the limit, never in memory), every object's SHA-1 is checked against its
 * id, and the type must be the one expected. Packed objects go through isomorphic-git with a
 * pack cache for the reader's lifetime (without one it would re-read the pack per object);
 * their size is checked after inflation, so the transport's pack-size limit is what bounds them.
 */
export class ObjectReader {
  readonly repo: GitRepo
  private readonly packCache: object = {}

  constructor (repo: GitRepo) {
    this.repo = repo
  }

  /** The body of object `oid`, which must be of `type` and at most `maxBytes` long. */
  async read (oid: string, type: 'commit' | 'tree' | 'blob', maxBytes: number): Promise<Buffer> {
    if (!OID.test(oid)) throw new ObjectError('OBJECT_MISSING', `${JSON.stringify(oid.slice(0, 50))} is not an object id`, oid)
    let compressed: Buffer | null | undefined
    try {
      // Synchronous on purpose: a loose object is a few hundred bytes and a replay reads one
      // per commit, in sequence (each needs the previous one's parent id). A thread-pool round
      // trip per object made a 10,000-commit replay I/O-bound; replays yield between batches.
      compressed = readBounded(join(this.repo.gitdir, 'objects', oid.slice(0, 2), oid.slice(2)), maxBytes)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EISDIR' || code === 'ENOTDIR') throw new ObjectError('OBJECT_CORRUPT', `object ${oid} is not a file`, oid)
      if (code !== 'ENOENT') throw err
    }
    if (compressed === null) throw new ObjectError(TOO_LARGE[type]!, `${type} ${oid} is larger than ${maxBytes} bytes`, oid)
    let objType: string
    let body: Buffer
    if (compressed !== undefined) {
      let raw: Buffer
      try {
        raw = inflateSync(compressed, { maxOutputLength: maxBytes + 32 })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ObjectError(TOO_LARGE[type]!, `${type} ${oid} is larger than ${maxBytes} bytes`, oid)
        throw new ObjectError('OBJECT_CORRUPT', `object ${oid} is not valid zlib data`, oid)
      }
      if (createHash('sha1').update(raw).digest('hex') !== oid) throw new ObjectError('OBJECT_CORRUPT', `object ${oid} does not hash to its id`, oid)
      const sp = raw.indexOf(0x20)
      const nul = sp < 0 ? -1 : raw.indexOf(0, sp)
      if (sp < 0 || nul < 0 || Number(raw.toString('latin1', sp + 1, nul)) !== raw.length - nul - 1) {
        throw new ObjectError('OBJECT_CORRUPT', `object ${oid} has a malformed header`, oid)
      }
      objType = raw.toString('latin1', 0, sp)
      body = raw.subarray(nul + 1)
    } else {
      let o: { type: string, object: unknown }
      try {
        o = await git.readObject({ fs, gitdir: this.repo.gitdir, oid, format: 'content', cache: this.packCache })
      } catch (err) {
        if ((err as { code?: string }).code === 'NotFoundError') throw new ObjectError('OBJECT_MISSING', `object ${oid} is not in the repository`, oid)
        throw new ObjectError('OBJECT_CORRUPT', `object ${oid} cannot be read from its pack`, oid)
      }
      objType = o.type
      body = Buffer.from(o.object as Uint8Array)
      const header = Buffer.from(`${objType} ${body.length}\0`, 'latin1')
      if (createHash('sha1').update(header).update(body).digest('hex') !== oid) throw new ObjectError('OBJECT_CORRUPT', `object ${oid} does not hash to its id`, oid)
    }
    if (objType !== type) throw new ObjectError('OBJECT_CORRUPT', `object ${oid} is a ${objType.slice(0, 10)}, not a ${type}`, oid)
    if (body.length > maxBytes) throw new ObjectError(TOO_LARGE[type]!, `${type} ${oid} is larger than ${maxBytes} bytes`, oid)
    return body
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
