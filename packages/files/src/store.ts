import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { InvalidInputError } from '@skarm/errors'
import { CONVERSATION_DATA_DIR, EXT_RE, FILE_ID_RE, ID_RE, SHA3_RE, TID_RE, WAITING_FILE } from './constants.ts'

/** Options of {@link createFileStore}. */
export interface FileStoreInit {
  /** The device's data directory; files go to `DATA/conversation_data/<conversationId>/`. */
  dataDir: string
}

/** What {@link FileStore.put} wrote. */
export interface PutResult {
  /** Absolute path of the file. */
  path: string
  /** `<commitId>_<tid>`. */
  fileId: string
  /** SHA3-512 of the bytes, lowercase hex (as Jami). */
  sha3sum: string
}

/** A download not done yet (SPEC.md §8), retried when a conversation device comes online. */
export interface WaitingEntry {
  fileId: string
  sha3sum: string
  /** Expected size in bytes, when the announcing commit gave it. */
  totalSize?: number
  /** Extension to store the file under. */
  extension?: string
}

/** The files of every conversation of a device. */
export interface FileStore {
  /** Writes `<commitId>_<tid>.<ext>` atomically (tmp + fsync + rename). */
  put: (conversationId: string, commitId: string, tid: string, ext: string, bytes: Uint8Array) => Promise<PutResult>
  /** The bytes of a file, or null when this device does not have it. */
  get: (conversationId: string, fileId: string) => Promise<Uint8Array | null>
  /** The path of a file, or null. */
  pathOf: (conversationId: string, fileId: string) => Promise<string | null>
  /** SHA3-512 of a stored file, or null when absent. */
  sha3Of: (conversationId: string, fileId: string) => Promise<string | null>
  /** True when the file is present with this SHA3-512; a mismatching file is deleted. */
  verify: (conversationId: string, fileId: string, sha3sum: string) => Promise<boolean>
  /** The pending downloads of a conversation. */
  listWaiting: (conversationId: string) => Promise<WaitingEntry[]>
  /** Adds (or replaces, by fileId) a pending download. */
  addWaiting: (conversationId: string, entry: WaitingEntry) => Promise<void>
  /** Removes a pending download; true when it was listed. */
  removeWaiting: (conversationId: string, fileId: string) => Promise<boolean>
}

function invalid (code: string, message: string, data: Record<string, unknown>): never {
  throw new InvalidInputError(code, message, data)
}

function checkConversationId (id: string): void {
  if (typeof id !== 'string' || !ID_RE.test(id)) invalid('FILE_BAD_CONVERSATION_ID', 'a conversation id is 40 lowercase hex characters', {})
}

function checkFileId (fileId: string): void {
  if (typeof fileId !== 'string' || !FILE_ID_RE.test(fileId)) invalid('FILE_BAD_ID', 'a file id is <commitId>_<tid>', {})
}

/** SHA3-512 hex of bytes. */
export function sha3 (bytes: Uint8Array): string {
  return createHash('sha3-512').update(bytes).digest('hex')
}

async function sha3File (path: string): Promise<string> {
  const hash = createHash('sha3-512')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Writes `data` to `path` so a reader sees the old file or the whole new one, never a part. */
export async function writeAtomic (path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.tmp-${randomUUID()}`
  const fh = await open(tmp, 'w', 0o644)
  try {
    await fh.writeFile(data)
    await fh.sync()
  } catch (err) {
    await fh.close()
    await rm(tmp, { force: true })
    throw err
  }
  await fh.close()
  try {
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

function isEntry (e: unknown): e is WaitingEntry {
  const o = e as Partial<WaitingEntry> | null
  return o != null && typeof o.fileId === 'string' && FILE_ID_RE.test(o.fileId) && typeof o.sha3sum === 'string' && SHA3_RE.test(o.sha3sum) &&
    (o.totalSize === undefined || (Number.isSafeInteger(o.totalSize) && o.totalSize >= 0)) &&
    (o.extension === undefined || (typeof o.extension === 'string' && EXT_RE.test(o.extension)))
}

/**
 * The file store of SPEC.md §8: `DATA/conversation_data/<conversationId>/<commitId>_<tid>.<ext>`
 * plus `…/waiting`, the pending downloads. Every id and name is checked against a strict
 * pattern, and every path is checked to stay inside the conversation's folder.
 */
export function createFileStore (init: FileStoreInit): FileStore {
  const root = resolve(init.dataDir, CONVERSATION_DATA_DIR)
  // One queue per conversation: read-modify-write of `waiting` never interleaves.
  const queues = new Map<string, Promise<unknown>>()

  const dirOf = (conversationId: string): string => {
    checkConversationId(conversationId)
    const dir = join(root, conversationId)
    if (!dir.startsWith(root + sep)) invalid('FILE_BAD_PATH', 'path escapes the conversation data directory', {})
    return dir
  }

  const inDir = (dir: string, name: string): string => {
    const path = join(dir, name)
    if (!path.startsWith(dir + sep) || path.slice(dir.length + 1).includes(sep)) invalid('FILE_BAD_PATH', 'path escapes the conversation directory', {})
    return path
  }

  const serial = async <T>(conversationId: string, fn: () => Promise<T>): Promise<T> => {
    const prev = queues.get(conversationId) ?? Promise.resolve()
    const next = prev.then(fn, fn)
    const settled = next.catch(() => {})
    queues.set(conversationId, settled)
    void settled.then(() => { if (queues.get(conversationId) === settled) queues.delete(conversationId) })
    return await next
  }

  const pathOf = async (conversationId: string, fileId: string): Promise<string | null> => {
    const dir = dirOf(conversationId)
    checkFileId(fileId)
    let names: string[]
    try {
      names = await readdir(dir)
    } catch {
      return null
    }
    const name = names.find(n => n === fileId || (n.startsWith(`${fileId}.`) && EXT_RE.test(n.slice(fileId.length + 1))))
    return name === undefined ? null : inDir(dir, name)
  }

  const readWaiting = async (dir: string): Promise<WaitingEntry[]> => {
    let text: string
    try {
      text = await readFile(join(dir, WAITING_FILE), 'utf8')
    } catch {
      return []
    }
    try {
      const list: unknown = JSON.parse(text)
      return Array.isArray(list) ? list.filter(isEntry) : []
    } catch {
      // A corrupt list loses nothing sync cannot find again: pending downloads are re-derived
      // from data-transfer commits. Start over rather than refuse to work.
      return []
    }
  }

  return {
    put: async (conversationId, commitId, tid, ext, bytes) => {
      const dir = dirOf(conversationId)
      if (typeof commitId !== 'string' || !ID_RE.test(commitId)) invalid('FILE_BAD_COMMIT_ID', 'a commit id is 40 lowercase hex characters', {})
      if (typeof tid !== 'string' || !TID_RE.test(tid)) invalid('FILE_BAD_TID', 'a transfer id is letters, digits and -, at most 64', {})
      if (typeof ext !== 'string' || !EXT_RE.test(ext)) invalid('FILE_BAD_EXTENSION', 'an extension is at most 16 letters and digits', {})
      const fileId = `${commitId}_${tid}`
      const path = inDir(dir, ext === '' ? fileId : `${fileId}.${ext}`)
      await mkdir(dir, { recursive: true })
      // Another extension of the same file id would make `get` ambiguous: remove it.
      const old = await pathOf(conversationId, fileId)
      await writeAtomic(path, bytes)
      if (old != null && old !== path) await rm(old, { force: true })
      return { path, fileId, sha3sum: sha3(bytes) }
    },
    get: async (conversationId, fileId) => {
      const path = await pathOf(conversationId, fileId)
      if (path == null) return null
      try {
        return new Uint8Array(await readFile(path))
      } catch {
        return null
      }
    },
    pathOf,
    sha3Of: async (conversationId, fileId) => {
      const path = await pathOf(conversationId, fileId)
      if (path == null) return null
      try {
        return await sha3File(path)
      } catch {
        return null
      }
    },
    verify: async (conversationId, fileId, sha3sum) => {
      if (typeof sha3sum !== 'string' || !SHA3_RE.test(sha3sum.toLowerCase())) invalid('FILE_BAD_SHA3', 'a sha3sum is 128 hex characters', {})
      const path = await pathOf(conversationId, fileId)
      if (path == null) return false
      if (await sha3File(path) === sha3sum.toLowerCase()) return true
      await rm(path, { force: true })
      return false
    },
    listWaiting: async (conversationId) => await readWaiting(dirOf(conversationId)),
    addWaiting: async (conversationId, entry) => {
      const dir = dirOf(conversationId)
      const e: WaitingEntry = { ...entry, sha3sum: typeof entry.sha3sum === 'string' ? entry.sha3sum.toLowerCase() : entry.sha3sum }
      if (!isEntry(e)) invalid('FILE_BAD_WAITING_ENTRY', 'a waiting entry needs a file id, a sha3sum, and valid optional fields', {})
      await serial(conversationId, async () => {
        const list = (await readWaiting(dir)).filter(w => w.fileId !== e.fileId)
        list.push(e)
        await mkdir(dir, { recursive: true })
        await writeAtomic(join(dir, WAITING_FILE), JSON.stringify(list, null, 2) + '\n')
      })
    },
    removeWaiting: async (conversationId, fileId) => {
      const dir = dirOf(conversationId)
      checkFileId(fileId)
      return await serial(conversationId, async () => {
        const list = await readWaiting(dir)
        const rest = list.filter(w => w.fileId !== fileId)
        if (rest.length === list.length) return false
        await writeAtomic(join(dir, WAITING_FILE), JSON.stringify(rest, null, 2) + '\n')
        return true
      })
    }
  }
}
