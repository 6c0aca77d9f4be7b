import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import { randomBytes } from 'node:crypto'

/**
 * The `fs` given to isomorphic-git: node's promises API, except that every write goes to a
 * temporary file that is renamed into place, so a `kill -9` at any moment never leaves a torn
 * object or ref (isomorphic-git never rewrites an object file that exists, so a torn one would
 * stay corrupt forever).
 */
export const atomicFs = {
  promises: {
    ...fsp,
    async writeFile (path: string, data: string | Uint8Array, options?: Parameters<typeof fsp.writeFile>[2]): Promise<void> {
      await writeFileAtomic(path, data, options)
    }
  }
}

/** Writes `data` to `path` through a temporary file and a rename. */
export async function writeFileAtomic (path: string, data: string | Uint8Array, options?: Parameters<typeof fsp.writeFile>[2], sync = false): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    if (sync) {
      const fh = await fsp.open(tmp, 'w', 0o644)
      try {
        await fh.writeFile(data)
        await fh.sync()
      } finally {
        await fh.close()
      }
      await fsp.rename(tmp, path)
    } else {
      // synchronous: small files (objects, refs) where a thread-pool round trip per call
      // costs more than the write itself
      fs.writeFileSync(tmp, data, options as fs.WriteFileOptions)
      fs.renameSync(tmp, path)
    }
  } catch (err) {
    await fsp.rm(tmp, { force: true })
    throw err
  }
}

/**
 * Rewrites a small existing file in place (one `write` at offset 0, then its times are set so
 * that the change belongs to the file system's current transaction, which an fsync of the file
 * then commits with everything written before it). False when the file is not there.
 *
 * Why not a temporary file and a rename: a rename over the file frees its inode at every write,
 * and on ext4 without a journal (these machines) every later file creation then skips the inodes
 * freed in the last minutes, one by one: after a few thousand messages, creating an object
 * took ~0.5 ms of kernel time. One `write` of a few bytes is never torn by a crash of the
 * process; a reader racing it may see a mix, so readers of such a file read it twice
 * ({@link readStable}).
 */
export function overwriteSmallFile (path: string, data: string): boolean {
  let fd: number
  try {
    fd = fs.openSync(path, fs.constants.O_RDWR | fs.constants.O_NOFOLLOW)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ELOOP') return false
    throw err
  }
  try {
    const bytes = Buffer.from(data, 'latin1')
    fs.writeSync(fd, bytes, 0, bytes.length, 0)
    if (fs.fstatSync(fd).size !== bytes.length) fs.ftruncateSync(fd, bytes.length)
    const now = new Date()
    fs.futimesSync(fd, now, now)
    return true
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * A small file that {@link overwriteSmallFile} may be rewriting: read until two reads agree
 * (a read that raced a write differs from the next one).
 */
export function readStable (path: string): string {
  let text = fs.readFileSync(path, 'latin1')
  for (let i = 0; i < 4; i++) {
    const again = fs.readFileSync(path, 'latin1')
    if (again === text) return text
    text = again
  }
  return text
}
