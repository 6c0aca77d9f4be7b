// What the benchmark scripts share: percentiles, formatting, and the list of reported figures.
import { readdirSync, readFileSync } from 'node:fs'

/** The p-th percentile (nearest rank) of `xs`. */
export function pct (xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]!
}

/** Milliseconds with two decimals. */
export const ms = (x: number): string => `${x.toFixed(2)} ms`

/** Every figure reported so far: name, value, target. */
export const results: Array<[string, string, string]> = []

/** Prints one figure against its target and keeps it for the summary. */
export function report (name: string, value: string, target: string): void {
  results.push([name, value, target])
  console.log(`${name}: ${value}   (target ${target})`)
}

/**
 * CPU time (user + system, ms) of every process under each root pid, by service (the
 * `apps/<name>/dist` in its command line, or nats-server), read from /proc: where a burst's CPU
 * goes. Empty where /proc is not there.
 */
export function cpuByService (roots: Record<string, number | undefined>, part: 'all' | 'kernel' = 'all'): Map<string, number> {
  const out = new Map<string, number>()
  let names: string[]
  try {
    names = readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return out
  }
  const procs = new Map<number, { ppid: number, ms: number, name: string }>()
  for (const d of names) {
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8')
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ')
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').join(' ')
      const m = /apps\/(\w+)\/dist/.exec(cmd) ?? /(nats-server)/.exec(cmd)
      procs.set(Number(d), { ppid: Number(f[1]), ms: ((part === 'all' ? Number(f[11]) : 0) + Number(f[12])) * 10, name: m?.[1] ?? 'other' })
    } catch {}
  }
  for (const [pid, p] of procs) {
    let q: number | undefined = pid
    for (let i = 0; i < 6 && q !== undefined && q > 1; i++) {
      const root = Object.entries(roots).find(([, r]) => r === q)
      if (root !== undefined) {
        const key = `${root[0]}.${p.name}`
        out.set(key, (out.get(key) ?? 0) + p.ms)
        break
      }
      q = procs.get(q)?.ppid
    }
  }
  return out
}
