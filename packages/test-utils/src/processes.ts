import { readdirSync, readFileSync } from 'node:fs'

/** A process as /proc shows it (Linux only). */
export interface ProcessInfo {
  pid: number
  ppid: number
  /** One letter: R, S, D, Z (zombie: exited, not yet reaped)… */
  state: string
  cmdline: string[]
  /** Its environment, when readable (same user). */
  env: () => Record<string, string>
  /** VmRSS in KiB (0 for zombies and kernel threads). */
  rssKiB: () => number
}

function read (path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** One process from /proc, or undefined when it no longer exists. */
export function processInfo (pid: number): ProcessInfo | undefined {
  const stat = read(`/proc/${pid}/stat`)
  if (stat === undefined) return undefined
  // the command name may hold spaces and parentheses: fields start after the last ')'
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const cmdline = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter((s) => s !== '')
  return {
    pid,
    ppid: Number(fields[1]),
    state: fields[0] ?? '?',
    cmdline,
    env: () => Object.fromEntries((read(`/proc/${pid}/environ`) ?? '').split('\0').filter((s) => s.includes('=')).map((s) => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)])),
    rssKiB: () => Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0)
  }
}

/** Every process of the machine (as far as /proc lets us see). */
export function listProcesses (): ProcessInfo[] {
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map((n) => processInfo(Number(n))).filter((p) => p !== undefined)
}

/** True when the process exists and has not exited (a zombie counts as gone). */
export function isRunning (pid: number): boolean {
  const p = processInfo(pid)
  return p !== undefined && p.state !== 'Z' && p.state !== 'X'
}

/**
 * Live processes that belong to a device's data folder: the ones whose environment has
 * `SKARM_DATA=<dir>` or whose command line mentions the folder (the supervisor, nats-server's config file).
 */
export function processesOf (dataDir: string): ProcessInfo[] {
  return listProcesses().filter((p) => p.pid !== process.pid && p.state !== 'Z' && p.state !== 'X' &&
    (p.cmdline.some((a) => a.includes(dataDir)) || p.env().SKARM_DATA === dataDir))
}
