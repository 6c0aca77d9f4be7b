import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deflateSync, inflateSync } from 'node:zlib'
import { NotFoundError, SkarmError } from '@skarm/errors'
import { atomicFs, overwriteSmallFile, readStable, writeFileAtomic } from './fs.ts'
import { parseCommit, type CommitObject } from './commit-object.ts'
import { parseTree, formatTree, TREE_MODE, BLOB_MODE, type FlatTree, type TreeEntry } from './tree.ts'

/** The branch that holds a conversation's history. */
export const BRANCH = 'main'
const HEAD_REF = `refs/heads/${BRANCH}`

/** A commit read from the repository, with its raw text (needed for signature checks). */
export interface StoredCommit extends CommitObject {
  oid: string
  raw: string
}

/** A Git object's type and body. */
export interface GitObject {
  type: string
  body: Buffer
}

const TREE_CACHE_MAX = 512
const COMMIT_CACHE_MAX = 256

// isomorphic-git is needed only for packed objects and packed refs (after a fetch or a native
// `git gc`); loading it lazily keeps ~20 MB out of every process that never meets a pack.
let gitModule: Promise<typeof import('isomorphic-git')['default']> | undefined
async function isoGit (): Promise<typeof import('isomorphic-git')['default']> {
  gitModule ??= import('isomorphic-git').then((m) => m.default)
  return await gitModule
}

/**
 * Low-level access to one Git repository (bare layout: `HEAD`, `objects/`, `refs/`).
 * Loose objects are read and written with node's zlib (much faster than pure JS);
 * packed objects (after a fetch) are read through isomorphic-git.
 */
export class GitRepo {
  readonly gitdir: string
  private readonly flatCache = new Map<string, FlatTree>()
  private readonly commitCache = new Map<string, StoredCommit>()
  // isomorphic-git's cache of parsed pack indexes: without it every packed read reloads the pack.
  private readonly packCache: object = {}
  // object fan-out directories known to exist (objects are never deleted from a repository)
  private readonly fanouts = new Set<string>()
  /**
   * Set by the one process that writes this repository (the store): the head is remembered
   * after a read or write, and the fsync of a write is left to {@link flushHead}, which
   * callers run once their lock is released, so that concurrent writes share one fsync.
   */
  writer = false
  private headCache: { oid: string, ino: bigint, mtimeNs: bigint } | undefined
  private writes = 0
  private synced = 0
  private syncing: Promise<void> | undefined

  constructor (gitdir: string) {
    this.gitdir = gitdir
  }

  /** Creates the bare repository layout (idempotent). */
  static async init (gitdir: string): Promise<GitRepo> {
    await mkdir(join(gitdir, 'objects', 'pack'), { recursive: true })
    await mkdir(join(gitdir, 'refs', 'heads'), { recursive: true })
    await mkdir(join(gitdir, 'refs', 'tags'), { recursive: true })
    await writeFile(join(gitdir, 'HEAD'), `ref: ${HEAD_REF}\n`)
    await writeFile(join(gitdir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n')
    await writeFile(join(gitdir, 'description'), 'Skarm conversation\n')
    return new GitRepo(gitdir)
  }

  private loosePath (oid: string): string {
    return join(this.gitdir, 'objects', oid.slice(0, 2), oid.slice(2))
  }

  /** Reads an object; NotFoundError OBJECT_NOT_FOUND when absent. */
  async readObject (oid: string): Promise<GitObject> {
    let compressed: Buffer | undefined
    try {
      compressed = await readFile(this.loosePath(oid))
    } catch {}
    if (compressed !== undefined) {
      const raw = inflateSync(compressed)
      const sp = raw.indexOf(0x20)
      const nul = raw.indexOf(0, sp)
      if (sp < 0 || nul < 0) throw new SkarmError('OBJECT_CORRUPT', 'malformed loose object', { oid }, { kind: 'invalid' })
      const body = raw.subarray(nul + 1)
      if (Number(raw.toString('latin1', sp + 1, nul)) !== body.length) throw new SkarmError('OBJECT_CORRUPT', 'object length mismatch', { oid }, { kind: 'invalid' })
      return { type: raw.toString('latin1', 0, sp), body }
    }
    try {
      const o = await (await isoGit()).readObject({ fs: atomicFs, gitdir: this.gitdir, oid, format: 'content', cache: this.packCache })
      return { type: o.type, body: Buffer.from(o.object as Uint8Array) }
    } catch (err) {
      throw new NotFoundError('OBJECT_NOT_FOUND', 'object not in repository', { oid }, { cause: err })
    }
  }

  /** True when the object is stored (loose or packed). */
  async hasObject (oid: string): Promise<boolean> {
    try {
      await stat(this.loosePath(oid))
      return true
    } catch {}
    try {
      await (await isoGit()).readObject({ fs: atomicFs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.packCache })
      return true
    } catch {
      return false
    }
  }

  /** Writes a loose object atomically (idempotent); returns its SHA-1. */
  async writeObject (type: string, body: Uint8Array): Promise<string> {
    const full = Buffer.concat([Buffer.from(`${type} ${body.length}\0`, 'latin1'), body])
    const oid = createHash('sha1').update(full).digest('hex')
    await this.writeLoose(oid, () => deflateSync(full, { level: 1 }))
    // a commit written here is read back at once (the check, the index): no file read for it
    if (type === 'commit' && !this.commitCache.has(oid)) {
      try {
        this.remember(oid, Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'))
      } catch {}
    }
    return oid
  }

  /**
   * Writes a loose object file (zlib data, or a function making it when the object is new),
   * atomically and idempotently. Given as is, the data must already be checked against `oid`
   * (a validated push).
   */
  async writeLoose (oid: string, data: Uint8Array | (() => Uint8Array)): Promise<void> {
    const path = this.loosePath(oid)
    // synchronous: a lookup in the directory cache, cheaper than a thread-pool round trip
    if (statSync(path, { throwIfNoEntry: false }) !== undefined) return
    const bytes = typeof data === 'function' ? data() : data
    const fanout = oid.slice(0, 2)
    if (!this.fanouts.has(fanout)) {
      await mkdir(join(this.gitdir, 'objects', fanout), { recursive: true })
      this.fanouts.add(fanout)
    }
    try {
      await writeFileAtomic(path, bytes)
    } catch (err) {
      // a native `git gc` may have removed the (then empty) fan-out directory
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      await mkdir(join(this.gitdir, 'objects', fanout), { recursive: true })
      await writeFileAtomic(path, bytes)
    }
  }

  /** Reads and parses a commit; COMMIT_MALFORMED when it is not one. */
  async readCommit (oid: string): Promise<StoredCommit> {
    const cached = this.commitCache.get(oid)
    if (cached !== undefined) return cached
    const o = await this.readObject(oid)
    if (o.type !== 'commit') throw new SkarmError('COMMIT_MALFORMED', 'object is not a commit', { oid }, { kind: 'invalid' })
    try {
      return this.remember(oid, o.body.toString('utf8'))
    } catch (err) {
      throw new SkarmError('COMMIT_MALFORMED', (err as Error).message, { oid }, { kind: 'invalid', cause: err })
    }
  }

  // The newest commits are read again and again on the send path (write, check, index);
  // commits are immutable, so a small cache of recent ones is always right.
  private remember (oid: string, raw: string): StoredCommit {
    const commit: StoredCommit = Object.freeze({ ...parseCommit(raw), oid, raw })
    if (this.commitCache.size >= COMMIT_CACHE_MAX) this.commitCache.delete(this.commitCache.keys().next().value!)
    this.commitCache.set(oid, commit)
    return commit
  }

  /** Reads a blob's bytes. */
  async readBlob (oid: string): Promise<Buffer> {
    const o = await this.readObject(oid)
    if (o.type !== 'blob') throw new SkarmError('OBJECT_CORRUPT', 'object is not a blob', { oid }, { kind: 'invalid' })
    return o.body
  }

  /** Reads one tree object's entries. */
  async readTree (oid: string): Promise<TreeEntry[]> {
    const o = await this.readObject(oid)
    if (o.type !== 'tree') throw new SkarmError('OBJECT_CORRUPT', 'object is not a tree', { oid }, { kind: 'invalid' })
    return parseTree(o.body)
  }

  /**
   * The whole tree as `path → blob` (cached per tree id; callers must not mutate the result).
   * `limits` refuses Git bombs: too many entries or too deep a nesting.
   */
  async readTreeFlat (oid: string, limits: { maxEntries?: number, maxDepth?: number } = {}): Promise<FlatTree> {
    const cached = this.flatCache.get(oid)
    if (cached !== undefined) return cached
    const maxEntries = limits.maxEntries ?? 100_000
    const maxDepth = limits.maxDepth ?? 8
    const out: FlatTree = new Map()
    const walk = async (treeOid: string, prefix: string, depth: number): Promise<void> => {
      if (depth > maxDepth) throw new SkarmError('TREE_TOO_DEEP', 'tree nesting exceeds the limit', { oid, maxDepth }, { kind: 'invalid' })
      for (const e of await this.readTree(treeOid)) {
        const path = prefix + e.name
        if (e.mode === TREE_MODE) await walk(e.oid, path + '/', depth + 1)
        else {
          out.set(path, { oid: e.oid, mode: e.mode })
          if (out.size > maxEntries) throw new SkarmError('TREE_TOO_LARGE', 'tree has too many entries', { oid, maxEntries }, { kind: 'invalid' })
        }
      }
    }
    await walk(oid, '', 0)
    if (this.flatCache.size >= TREE_CACHE_MAX) this.flatCache.delete(this.flatCache.keys().next().value!)
    this.flatCache.set(oid, out)
    return out
  }

  /** Writes the tree objects for a flat tree; returns the root tree id. */
  async writeTreeFlat (flat: FlatTree): Promise<string> {
    interface Dir { files: TreeEntry[], dirs: Map<string, Dir> }
    const root: Dir = { files: [], dirs: new Map() }
    for (const [path, e] of flat) {
      const parts = path.split('/')
      let d = root
      for (const part of parts.slice(0, -1)) {
        let next = d.dirs.get(part)
        if (next === undefined) {
          next = { files: [], dirs: new Map() }
          d.dirs.set(part, next)
        }
        d = next
      }
      d.files.push({ mode: e.mode, name: parts[parts.length - 1]!, oid: e.oid })
    }
    const write = async (d: Dir): Promise<string> => {
      const entries = [...d.files]
      for (const [name, sub] of d.dirs) entries.push({ mode: TREE_MODE, name, oid: await write(sub) })
      return await this.writeObject('tree', formatTree(entries))
    }
    const oid = await write(root)
    this.flatCache.set(oid, new Map(flat))
    return oid
  }

  /** Writes a blob and returns a flat-tree entry for it. */
  async writeBlobEntry (data: string | Uint8Array): Promise<{ oid: string, mode: string }> {
    const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    return { oid: await this.writeObject('blob', body), mode: BLOB_MODE }
  }

  /** The commit id the branch points at, or null in an empty repository. */
  async head (): Promise<string | null> {
    const cached = this.cachedHead()
    if (cached !== undefined) return cached
    try {
      const text = readStable(join(this.gitdir, HEAD_REF)).trim()
      if (/^[0-9a-f]{40}$/.test(text)) {
        this.rememberHead(text)
        return text
      }
    } catch {}
    try {
      return await (await isoGit()).resolveRef({ fs: atomicFs, gitdir: this.gitdir, ref: HEAD_REF })
    } catch {
      return null
    }
  }

  /**
   * Points the branch at `oid`: the last step of every write, after all objects are written.
   * Outside the {@link writer}: a temporary file, fsync, rename. The writer rewrites the branch
   * file in place (one `write`, see overwriteSmallFile) and leaves the fsync to
   * {@link flushHead}. `durable = false` skips the fsync: for commits fetched from peers, which
   * a power failure can only take back to an earlier consistent state, and which peers hold anyway.
   */
  async setHead (oid: string, durable = true): Promise<void> {
    if (!this.writer) {
      await writeFileAtomic(join(this.gitdir, HEAD_REF), oid + '\n', undefined, durable)
      return
    }
    this.headCache = undefined
    // in place: no inode freed per write (see overwriteSmallFile); created the first time
    const path = join(this.gitdir, HEAD_REF)
    if (!overwriteSmallFile(path, oid + '\n')) await writeFileAtomic(path, oid + '\n', undefined, false)
    this.rememberHead(oid)
    if (durable) this.writes++
  }

  // The head a writer read or wrote last, while the branch file is that same file (a rename
  // makes a new inode: a change by anything else, even `git update-ref`, is seen).
  private cachedHead (): string | undefined {
    if (this.headCache === undefined) return undefined
    try {
      const st = statSync(join(this.gitdir, HEAD_REF), { bigint: true })
      if (st.ino === this.headCache.ino && st.mtimeNs === this.headCache.mtimeNs) return this.headCache.oid
    } catch {}
    this.headCache = undefined
    return undefined
  }

  private rememberHead (oid: string): void {
    if (!this.writer) return
    try {
      const st = statSync(join(this.gitdir, HEAD_REF), { bigint: true })
      this.headCache = { oid, ino: st.ino, mtimeNs: st.mtimeNs }
    } catch {
      this.headCache = undefined
    }
  }

  /**
   * For a {@link writer}: resolves once every durable `setHead` made before the call is on
   * disk (an fsync of the branch file, which on ext4 also commits its rename). One fsync
   * serves every write made before it started.
   */
  async flushHead (): Promise<void> {
    const wanted = this.writes
    while (this.synced < wanted) {
      if (this.syncing === undefined) {
        const upTo = this.writes
        this.syncing = fsyncFile(join(this.gitdir, HEAD_REF))
          .then(() => { this.synced = Math.max(this.synced, upTo) })
          .finally(() => { this.syncing = undefined })
      }
      await this.syncing
    }
  }
}

async function fsyncFile (path: string): Promise<void> {
  const fh = await open(path, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}
