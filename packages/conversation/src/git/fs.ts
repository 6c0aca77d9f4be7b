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
