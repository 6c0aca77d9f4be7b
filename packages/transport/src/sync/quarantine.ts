import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { HAVE_DENSE } from './constants.ts'

const run = promisify(execFile)

/** Runs git on a bare repository; resolves with stdout. */
export async function git (gitdir: string, args: string[]): Promise<string> {
  return (await run('git', ['--git-dir', gitdir, ...args], { maxBuffer: 64 << 20 })).stdout
}

/**
 * Which commits of a first-parent chain (newest first) to offer as "have": the first
 * `dense`, then every power of two, and the last (the root): a common ancestor near the fork
 * point is found in one round, whatever the peer holds.
 */
export function haveSample (chain: string[], dense = HAVE_DENSE): string[] {
  const out: string[] = []
  for (let i = 0; i < chain.length; i = i < dense ? i + 1 : i * 2) out.push(chain[i]!)
  if (chain.length > 0 && out[out.length - 1] !== chain[chain.length - 1]) out.push(chain[chain.length - 1]!)
  return out
}

/** A quarantine repository under `DATA/quarantine/`. */
export interface Quarantine {
  path: string
  remove: () => Promise<void>
}

/**
 * A fresh bare repository `DATA/quarantine/<conversationId>-<random>`. With `repoDir` (the
 * conversation), it sees the conversation's objects without copying them: native git through
 * `objects/info/alternates`, Skarm's readers through links to the loose-object folders and
 * packs; `refs/heads/main` is the local head and `refs/haves/*` sampled ancestors, which
 * isomorphic-git sends as "have" so only missing objects travel. A fetch adds its own pack
 * (never loose objects), so the store imports exactly the fetched objects.
 */
export async function createQuarantine (dataDir: string, conversationId: string, repoDir?: string, localHead?: string): Promise<Quarantine> {
  const root = resolve(dataDir, 'quarantine')
  const path = join(root, `${conversationId}-${randomBytes(6).toString('hex')}`)
  const remove = async (): Promise<void> => { await rm(path, { recursive: true, force: true }) }
  try {
    await mkdir(join(path, 'objects', 'pack'), { recursive: true })
    await mkdir(join(path, 'objects', 'info'), { recursive: true })
    await mkdir(join(path, 'refs', 'heads'), { recursive: true })
    await writeFile(join(path, 'HEAD'), 'ref: refs/heads/main\n')
    // the remote isomorphic-git fetches (its refspec puts the peer's branch under refs/remotes)
    await writeFile(join(path, 'config'), '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n' +
      `[remote "origin"]\n\turl = http://skarm/${conversationId}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`)
    if (repoDir !== undefined) {
      const objects = resolve(repoDir, 'objects')
      await writeFile(join(path, 'objects', 'info', 'alternates'), objects + '\n')
      for (const name of await readdir(objects)) {
        if (/^[0-9a-f]{2}$/.test(name)) await symlink(join(objects, name), join(path, 'objects', name))
      }
      for (const name of await readdir(join(objects, 'pack')).catch(() => [] as string[])) {
        if (/^pack-[0-9a-f]{40}\.(pack|idx)$/.test(name)) await symlink(join(objects, 'pack', name), join(path, 'objects', 'pack', name))
      }
      if (localHead !== undefined) {
        await writeFile(join(path, 'refs', 'heads', 'main'), localHead + '\n')
        const chain = (await git(repoDir, ['rev-list', '--first-parent', localHead])).split('\n').filter((l) => l !== '')
        const haves = haveSample(chain).slice(1)
        if (haves.length > 0) {
          await mkdir(join(path, 'refs', 'haves'), { recursive: true })
          for (const [i, oid] of haves.entries()) await writeFile(join(path, 'refs', 'haves', `h${i}`), oid + '\n')
        }
      }
    }
    return { path, remove }
  } catch (err) {
    await remove()
    throw err
  }
}
