import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { InvalidInputError } from '@skarm/errors'
import { CONFIG_FILE, DEFAULT_API, DEFAULT_FETCH_MAX_COMMITS, DEFAULT_FETCH_MAX_MIB, DEFAULT_LISTEN, DEFAULT_LOG_LEVEL } from './constants.ts'

/** The configuration every Skarm process of a device shares. */
export interface ServiceConfig {
  /** SKARM_DATA or --data (required). */
  dataDir: string
  /** SKARM_NATS_URL or --nats (required). */
  natsUrl: string
  /** SKARM_NATS_TOKEN. */
  natsToken?: string
  /** SKARM_API or --api, `HOST:PORT`, default '127.0.0.1:0'. */
  api: string
  /** SKARM_LISTEN (comma-separated) or repeated --listen, default ['/ip4/0.0.0.0/tcp/0']. */
  listen: string[]
  /** SKARM_BOOTSTRAP (comma-separated) or repeated --bootstrap, default []. */
  bootstrap: string[]
  /** SKARM_MDNS=0 or --no-mdns → false; default true. */
  mdns: boolean
  /**
   * Addresses this device is reachable at that it cannot learn by itself: a public server's
   * address (a relay's), a port forwarded by the router. Announced as they are (libp2p's
   * `appendAnnounce`: no AutoNAT check), with a QUIC sibling when `quic` is on; the DHT node
   * announces the same hosts at its own port. `announce` in DATA/config.json, SKARM_ANNOUNCE
   * (comma-separated) or repeated --announce; default [].
   */
  announce?: string[]
  /**
   * Serve as a circuit relay for other devices (docs/sync.md, "Reaching devices behind NATs"):
   * `relay: true` in DATA/config.json, SKARM_RELAY=1 or --relay; default false.
   */
  relay?: boolean
  /**
   * Listen on QUIC too: every `/ip4|ip6/X/tcp/P` listen address gets a sibling
   * `/…/X/udp/P/quic-v1`. `quic: true`, SKARM_QUIC=1 or --quic; default false.
   */
  quic?: boolean
  /** SKARM_LOG_LEVEL or --log-level, default 'info'. */
  logLevel: string
  /**
   * The fetch limits (SPEC.md §5, "the configured limit"): a fetch or clone bringing more
   * commits, or more MiB of pack data, is not merged. `fetchMaxCommits` in DATA/config.json or
   * SKARM_FETCH_MAX_COMMITS (default 10,000); `fetchMaxMiB` or SKARM_FETCH_MAX_MIB (default 64).
   */
  fetchMaxCommits: number
  fetchMaxMiB: number
  /**
   * `dhtPort` in DATA/config.json: the TCP port of the DHT node (on the hosts of `listen`),
   * chosen once by `skarm init` like the port of `listen`; undefined or 0: any free port. The DHT
   * takes any free port as well when `listen` asks for any port (`/tcp/0`).
   */
  dhtPort?: number
}

/** The configuration of `skarm up`: as {@link ServiceConfig}, but the NATS URL is optional (a private server is started without it). */
export type StackConfig = Omit<ServiceConfig, 'natsUrl'> & { natsUrl?: string }

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
const FILE_KEYS = new Set(['natsUrl', 'natsToken', 'api', 'listen', 'bootstrap', 'announce', 'mdns', 'relay', 'quic', 'logLevel', 'fetchMaxCommits', 'fetchMaxMiB', 'dhtPort'])
/** Bounds of the fetch limits: a limit is a whole number in these ranges. */
const LIMITS = { fetchMaxCommits: [1, 10_000_000], fetchMaxMiB: [1, 4_096] } as const

function limit (name: 'fetchMaxCommits' | 'fetchMaxMiB', v: unknown, where: string, text = false): number {
  const n = text && typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v
  const [min, max] = LIMITS[name]
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw bad(`${where} must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}`, { name })
  return n
}

type Layer = Partial<ServiceConfig>

function bad (message: string, data: Record<string, unknown> = {}): InvalidInputError {
  return new InvalidInputError('CONFIG_INVALID', message, data)
}

function list (v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '')
}

function bool (name: string, v: string): boolean {
  const s = v.trim().toLowerCase()
  if (['1', 'true', 'yes', 'on'].includes(s)) return true
  if (['0', 'false', 'no', 'off'].includes(s)) return false
  throw bad(`${name} must be 0 or 1, not ${JSON.stringify(v)}`, { name })
}

/** Flags: `--data DIR`, `--data=DIR`, repeated `--listen`/`--bootstrap`/`--announce`, `--no-mdns`, `--relay`, `--quic`. */
function fromArgv (argv: string[], allowed: Set<string>): Layer {
  const layer: Layer = {}
  const listen: string[] = []
  const bootstrap: string[] = []
  const announce: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) throw bad(`unexpected argument ${JSON.stringify(arg)}`)
    const eq = arg.indexOf('=')
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2)
    if (!allowed.has(name)) throw bad(`unknown option --${name}`)
    if (name === 'no-mdns' || name === 'mdns') {
      if (eq > 0) throw bad(`--${name} takes no value`)
      layer.mdns = name === 'mdns'
      continue
    }
    if (name === 'relay' || name === 'quic' || name === 'no-relay' || name === 'no-quic') {
      if (eq > 0) throw bad(`--${name} takes no value`)
      layer[name.startsWith('no-') ? name.slice(3) as 'relay' | 'quic' : name as 'relay' | 'quic'] = !name.startsWith('no-')
      continue
    }
    let value: string
    if (eq > 0) {
      value = arg.slice(eq + 1)
    } else {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--')) throw bad(`--${name} needs a value`)
      value = next
      i++
    }
    switch (name) {
      case 'data': layer.dataDir = value; break
      case 'nats': layer.natsUrl = value; break
      case 'api': layer.api = value; break
      case 'listen': listen.push(value); break
      case 'bootstrap': bootstrap.push(value); break
      case 'announce': announce.push(value); break
      case 'log-level': layer.logLevel = value; break
    }
  }
  if (listen.length > 0) layer.listen = listen
  if (bootstrap.length > 0) layer.bootstrap = bootstrap
  if (announce.length > 0) layer.announce = announce
  return layer
}

function fromEnv (env: NodeJS.ProcessEnv): Layer {
  const layer: Layer = {}
  const v = (k: string): string | undefined => env[k] === undefined ? undefined : env[k]
  if (v('SKARM_DATA') !== undefined && v('SKARM_DATA') !== '') layer.dataDir = v('SKARM_DATA')
  if (v('SKARM_NATS_URL') !== undefined && v('SKARM_NATS_URL') !== '') layer.natsUrl = v('SKARM_NATS_URL')
  if (v('SKARM_NATS_TOKEN') !== undefined && v('SKARM_NATS_TOKEN') !== '') layer.natsToken = v('SKARM_NATS_TOKEN')
  if (v('SKARM_API') !== undefined && v('SKARM_API') !== '') layer.api = v('SKARM_API')
  // an empty list is a value here: SKARM_BOOTSTRAP= says "no bootstrap"
  if (v('SKARM_LISTEN') !== undefined) layer.listen = list(v('SKARM_LISTEN')!)
  if (v('SKARM_BOOTSTRAP') !== undefined) layer.bootstrap = list(v('SKARM_BOOTSTRAP')!)
  if (v('SKARM_ANNOUNCE') !== undefined) layer.announce = list(v('SKARM_ANNOUNCE')!)
  if (v('SKARM_MDNS') !== undefined && v('SKARM_MDNS') !== '') layer.mdns = bool('SKARM_MDNS', v('SKARM_MDNS')!)
  if (v('SKARM_RELAY') !== undefined && v('SKARM_RELAY') !== '') layer.relay = bool('SKARM_RELAY', v('SKARM_RELAY')!)
  if (v('SKARM_QUIC') !== undefined && v('SKARM_QUIC') !== '') layer.quic = bool('SKARM_QUIC', v('SKARM_QUIC')!)
  if (v('SKARM_LOG_LEVEL') !== undefined && v('SKARM_LOG_LEVEL') !== '') layer.logLevel = v('SKARM_LOG_LEVEL')
  if (v('SKARM_FETCH_MAX_COMMITS') !== undefined && v('SKARM_FETCH_MAX_COMMITS') !== '') layer.fetchMaxCommits = limit('fetchMaxCommits', v('SKARM_FETCH_MAX_COMMITS'), 'SKARM_FETCH_MAX_COMMITS', true)
  if (v('SKARM_FETCH_MAX_MIB') !== undefined && v('SKARM_FETCH_MAX_MIB') !== '') layer.fetchMaxMiB = limit('fetchMaxMiB', v('SKARM_FETCH_MAX_MIB'), 'SKARM_FETCH_MAX_MIB', true)
  return layer
}

function fromFile (path: string, required: boolean): Layer {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw bad(`cannot read config file ${path}: ${(err as Error).message}`, { path })
  }
  let obj: unknown
  try {
    obj = JSON.parse(text)
  } catch (err) {
    throw bad(`config file ${path} is not JSON: ${(err as Error).message}`, { path })
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw bad(`config file ${path} must hold a JSON object`, { path })
  const layer: Layer = {}
  for (const [k, val] of Object.entries(obj)) {
    if (!FILE_KEYS.has(k)) throw bad(`config file ${path}: unknown key ${JSON.stringify(k)} (known: ${[...FILE_KEYS].join(', ')})`, { path, key: k })
    const where = `config file ${path}: ${k}`
    if (k === 'listen' || k === 'bootstrap' || k === 'announce') {
      if (!Array.isArray(val) || !val.every((x) => typeof x === 'string')) throw bad(`${where} must be an array of strings`, { path, key: k })
      layer[k] = val as string[]
    } else if (k === 'fetchMaxCommits' || k === 'fetchMaxMiB') {
      layer[k] = limit(k, val, where)
    } else if (k === 'dhtPort') {
      if (typeof val !== 'number' || !Number.isInteger(val) || val < 0 || val > 65535) throw bad(`${where} must be a port number from 0 to 65535, not ${JSON.stringify(val)}`, { path, key: k })
      layer.dhtPort = val
    } else if (k === 'mdns' || k === 'relay' || k === 'quic') {
      if (typeof val !== 'boolean') throw bad(`${where} must be true or false`, { path, key: k })
      layer[k] = val
    } else {
      if (typeof val !== 'string') throw bad(`${where} must be a string`, { path, key: k })
      layer[k as 'natsUrl' | 'natsToken' | 'api' | 'logLevel'] = val
    }
  }
  return layer
}

/** Checks `HOST:PORT` (`[v6]:PORT` too); the port may be 0 ("any free port"). */
export function parseHostPort (value: string): { host: string, port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(value)
  const port = m === null ? NaN : Number(m[3])
  if (m === null || port > 65535) throw bad(`api must be HOST:PORT (port 0 = any free port), not ${JSON.stringify(value)}`)
  return { host: m[1] ?? m[2]!, port }
}

function checkNatsUrl (value: string): void {
  for (const part of value.split(',')) {
    const s = part.trim()
    let u: URL
    try {
      u = new URL(/^[a-z]+:\/\//.test(s) ? s : `nats://${s}`)
    } catch {
      throw bad(`nats URL must look like nats://HOST:PORT, not ${JSON.stringify(value)}`)
    }
    if (!['nats:', 'tls:', 'ws:', 'wss:'].includes(u.protocol) || u.hostname === '') throw bad(`nats URL must look like nats://HOST:PORT, not ${JSON.stringify(value)}`)
  }
}

function checkMultiaddrs (name: string, values: string[]): void {
  for (const a of values) {
    if (!/^\/[a-z0-9]+\/[^/\s]+(\/[^\s]*)?$/.test(a)) throw bad(`${name} must be multiaddrs like /ip4/0.0.0.0/tcp/0, not ${JSON.stringify(a)}`)
  }
}

function resolveLayers (argv: string[], env: NodeJS.ProcessEnv, file: string | undefined, flags: Set<string>): StackConfig {
  const args = fromArgv(argv, flags)
  const envs = fromEnv(env)
  const dataDir = args.dataDir ?? envs.dataDir
  if (dataDir === undefined || dataDir === '') throw bad('the data folder is required: --data DIR or SKARM_DATA')
  const fileLayer = file !== undefined ? fromFile(file, true) : fromFile(join(dataDir, CONFIG_FILE), false)
  const merged: StackConfig = {
    dataDir: resolve(dataDir),
    api: DEFAULT_API,
    listen: [...DEFAULT_LISTEN],
    bootstrap: [],
    announce: [],
    mdns: true,
    relay: false,
    quic: false,
    logLevel: DEFAULT_LOG_LEVEL,
    fetchMaxCommits: DEFAULT_FETCH_MAX_COMMITS,
    fetchMaxMiB: DEFAULT_FETCH_MAX_MIB
  }
  for (const layer of [fileLayer, envs, args]) {
    for (const [k, v] of Object.entries(layer)) {
      if (v !== undefined && k !== 'dataDir') (merged as unknown as Record<string, unknown>)[k] = v
    }
  }
  parseHostPort(merged.api)
  if (merged.natsUrl !== undefined) checkNatsUrl(merged.natsUrl)
  if (merged.listen.length === 0) throw bad('listen needs at least one multiaddr')
  checkMultiaddrs('listen', merged.listen)
  checkMultiaddrs('bootstrap', merged.bootstrap)
  checkMultiaddrs('announce', merged.announce ?? [])
  if (!LOG_LEVELS.has(merged.logLevel)) throw bad(`log level must be one of ${[...LOG_LEVELS].join(', ')}, not ${JSON.stringify(merged.logLevel)}`)
  return merged
}

const SERVICE_FLAGS = new Set(['data', 'nats', 'api', 'listen', 'bootstrap', 'announce', 'mdns', 'no-mdns', 'relay', 'no-relay', 'quic', 'no-quic', 'log-level'])

/**
 * The configuration of a service process, in layers: defaults < `DATA/config.json` (or `file`)
 * < `SKARM_*` environment < flags. Throws `InvalidInputError('CONFIG_INVALID')` with a clear
 * message when something is missing or malformed.
 *
 * ```ts
 * loadConfig(['--data', '/tmp/a', '--nats', 'nats://127.0.0.1:4222'], {})
 * ```
 */
export function loadConfig (argv: string[], env: NodeJS.ProcessEnv, file?: string): ServiceConfig {
  const cfg = resolveLayers(argv, env, file, SERVICE_FLAGS)
  if (cfg.natsUrl === undefined) throw bad('the NATS URL is required: --nats URL or SKARM_NATS_URL')
  return cfg as ServiceConfig
}

/** As {@link loadConfig}, for a whole stack (`skarm up`): the NATS URL is optional. */
export function loadStackConfig (argv: string[], env: NodeJS.ProcessEnv, file?: string): StackConfig {
  return resolveLayers(argv, env, file, SERVICE_FLAGS)
}
