// The device's own p2p ports, chosen once (docs/sync.md, "Rejoining after a restart"): `skarm
// init` (or the first `skarm up` of an older data folder) picks free ports and writes them into
// DATA/config.json, so that a restarted device listens where its peers remember it.
import { randomBytes, randomInt } from 'node:crypto'
import { createSocket } from 'node:dgram'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { CONFIG_FILE } from './constants.ts'

/**
 * Ports are picked from this range: below Linux's default ephemeral range (32768-60999), so
 * that the port of a device that is not running is not taken meanwhile by some outgoing
 * connection of another program.
 */
export const PORT_RANGE: readonly [number, number] = [20_000, 32_767]
/** How many random ports are tried before the system is asked for any free one. */
const PORT_TRIES = 64

/** True when `port` can be bound on `host` now: TCP, and UDP too unless `udp` is false. */
export async function isPortFree (port: number, host = '0.0.0.0', udp = true): Promise<boolean> {
  const tcpFree = await new Promise<boolean>((resolve) => {
    const srv = createServer()
    srv.once('error', () => { resolve(false) })
    srv.listen({ port, host }, () => { srv.close(() => { resolve(true) }) })
  })
  if (!tcpFree || !udp) return tcpFree
  return await isUdpFree(port, host)
}

/** A port free for TCP and UDP on every IPv4 interface now, from {@link PORT_RANGE}, not in `avoid`. */
export async function pickFreePort (avoid: Iterable<number> = []): Promise<number> {
  const skip = new Set(avoid)
  for (let i = 0; i < PORT_TRIES; i++) {
    const port = randomInt(PORT_RANGE[0], PORT_RANGE[1] + 1)
    if (!skip.has(port) && await isPortFree(port)) return port
  }
  // a crowded range: any free port the system gives (TCP), checked for UDP too
  for (let i = 0; i < PORT_TRIES; i++) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer()
      srv.once('error', reject)
      srv.listen(0, '0.0.0.0', () => {
        const p = (srv.address() as { port: number }).port
        srv.close(() => { resolve(p) })
      })
    })
    if (!skip.has(port) && await isPortFree(port)) return port
  }
  throw new Error('no free port found for the p2p listen address')
}

/** What {@link ensurePorts} did. */
export interface EnsuredPorts {
  /** The `listen` now in the file (undefined: the file could not be read, left alone). */
  listen?: string[]
  /** The `dhtPort` now in the file. */
  dhtPort?: number
  /** Keys written now. */
  added: Array<'listen' | 'dhtPort'>
}

/**
 * Makes DATA/config.json hold the device's own ports: a missing `listen` becomes
 * `["/ip4/0.0.0.0/tcp/P"]` and a missing `dhtPort` a second port, both free now (TCP and UDP).
 * Keys already there are kept, whatever their value (the user's choice); other keys are kept
 * as they are. A file that is not a JSON object is left alone (the configuration loader says
 * what is wrong with it). Written through a temporary file and a rename.
 */
export async function ensurePorts (dataDir: string): Promise<EnsuredPorts> {
  const file = join(dataDir, CONFIG_FILE)
  let obj: Record<string, unknown> = {}
  let text: string | undefined
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return { added: [] }
  }
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text) as unknown
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { added: [] }
      obj = parsed as Record<string, unknown>
    } catch {
      return { added: [] }
    }
  }
  const added: EnsuredPorts['added'] = []
  const used = new Set<number>()
  if (Array.isArray(obj.listen)) for (const a of obj.listen) { const p = tcpPort(String(a)); if (p !== undefined) used.add(p) }
  if (obj.listen === undefined) {
    const port = await pickFreePort(used)
    used.add(port)
    obj.listen = [`/ip4/0.0.0.0/tcp/${port}`]
    added.push('listen')
  }
  if (obj.dhtPort === undefined) {
    obj.dhtPort = await pickFreePort(used)
    added.push('dhtPort')
  }
  if (added.length > 0) {
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
    try {
      await writeFile(tmp, JSON.stringify(obj, null, 2) + '\n', { mode: 0o600 })
      await rename(tmp, file)
    } catch (err) {
      await rm(tmp, { force: true })
      throw err
    }
  }
  return { listen: Array.isArray(obj.listen) ? obj.listen as string[] : undefined, dhtPort: typeof obj.dhtPort === 'number' ? obj.dhtPort : undefined, added }
}

/** The TCP port of a multiaddr (`/ip4/H/tcp/P…`), or undefined. */
export function tcpPort (addr: string): number | undefined {
  const m = /\/tcp\/(\d+)(\/|$)/.exec(addr)
  return m === null ? undefined : Number(m[1])
}

/**
 * The first fixed port of `listen` (`/ip4|ip6/HOST/tcp|udp/PORT…`, PORT ≠ 0) that another
 * program holds now: `{ addr, port }`, or undefined when every one is free (or cannot be
 * checked here: a DNS name, an address not on this machine).
 */
export async function busyListenPort (listen: string[]): Promise<{ addr: string, port: number } | undefined> {
  for (const addr of listen) {
    const m = /^\/(ip4|ip6)\/([^/]+)\/(tcp|udp)\/(\d+)(\/|$)/.exec(addr)
    if (m === null || m[4] === '0') continue
    const port = Number(m[4])
    const host = m[2]!
    const free = m[3] === 'tcp' ? await isPortFree(port, host, false) : await isUdpFree(port, host)
    if (!free && await isLocalHost(host)) return { addr, port }
  }
  return undefined
}

async function isUdpFree (port: number, host: string): Promise<boolean> {
  return await new Promise<boolean>((resolve) => {
    const sock = createSocket(host.includes(':') ? 'udp6' : 'udp4')
    sock.once('error', () => {
      try { sock.close() } catch {}
      resolve(false)
    })
    sock.bind(port, host, () => { sock.close(() => { resolve(true) }) })
  })
}

/** True when `host` can be bound at all here (port 0): a busy fixed port is then really busy. */
async function isLocalHost (host: string): Promise<boolean> {
  return await new Promise<boolean>((resolve) => {
    const srv = createServer()
    srv.once('error', () => { resolve(false) })
    srv.listen({ port: 0, host }, () => { srv.close(() => { resolve(true) }) })
  })
}
