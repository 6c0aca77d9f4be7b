import { open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { ConflictError } from '@skarm/errors'

/** What `DATA/run.json` holds while a stack runs. */
export interface RunInfo {
  /** `http://127.0.0.1:PORT`: the gateway. */
  api: string
  /** Full multiaddrs (with `/p2p/<peer id>`) other devices can bootstrap from. */
  p2p: string[]
  /** The supervisor's pid. */
  pid: number
}

/** Writes a file so that readers see the old or the new content, never a part. */
export async function writeFileAtomic (path: string, data: string, mode = 0o644): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, data, { mode })
  await rename(tmp, path)
}

/** Reads `run.json`, or undefined when it is absent or unreadable. */
export async function readRunInfo (path: string): Promise<RunInfo | undefined> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as RunInfo
    return typeof v.api === 'string' && Array.isArray(v.p2p) && typeof v.pid === 'number' ? v : undefined
  } catch {
    return undefined
  }
}

/** True when a process with this pid exists (and may be signalled by someone). */
export function processExists (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** When a process started (clock ticks since boot, from /proc), or '' where /proc is missing. */
function startTime (pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? ''
  } catch {
    return ''
  }
}

/** True when the lock line `PID STARTTIME` names a process that still runs (not a recycled pid). */
function lockHolderAlive (line: string): boolean {
  const [pidText, started] = line.trim().split(' ')
  const pid = Number(pidText)
  if (!Number.isInteger(pid) || pid <= 0 || !processExists(pid)) return false
  // a pid reused by another process (containers restart with the same pids) is no holder
  return started === undefined || started === '' || startTime(pid) === '' || startTime(pid) === started
}

/**
 * Takes the data folder's lock file (holding `PID STARTTIME`). A lock left by a process that
 * is gone is taken over; one held by a live process (this one included: one stack per data
 * folder) is a `ConflictError('STACK_ALREADY_RUNNING')`.
 */
export async function acquireLock (path: string, pid: number): Promise<() => Promise<void>> {
  const mine = `${pid} ${startTime(pid)}`.trim()
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o600)
      await fh.writeFile(`${mine}\n`)
      await fh.close()
      return async () => {
        // only remove it if it is still ours
        const owner = (await readFile(path, 'utf8').catch(() => '')).trim()
        if (owner === mine) await rm(path, { force: true })
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const owner = (await readFile(path, 'utf8').catch(() => '')).trim()
    if (lockHolderAlive(owner)) {
      const ownerPid = Number(owner.split(' ')[0])
      throw new ConflictError('STACK_ALREADY_RUNNING', `a stack already runs on this data folder (pid ${ownerPid}); if that process is not skarm, delete ${path}`, { pid: ownerPid, lockFile: path })
    }
    await rm(path, { force: true })
  }
  throw new ConflictError('STACK_ALREADY_RUNNING', `cannot take the lock ${path}`, { lockFile: path })
}
