import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidInputError, UnavailableError } from '@skarm/errors'
import { DEFAULT_CLAIM_DIR, DEFAULT_PING_TIMEOUT_MS, MAX_NETWORKS, NAME_PREFIX } from './constants.ts'
import { startStack, type SimDevice } from './device.ts'
import { exec, ip, ipQuiet, type ExecResult } from './exec.ts'
import {
  PREFIX_LENGTH, checkHostIndex, checkHostName, dataAddress, dataBridge, dataVeth, groupBridge, mgmtAddress, mgmtBridge,
  mgmtVeth, namespaceName, networkIndexOf, planPartition, rootMgmtAddress
} from './names.ts'

/** Options of {@link createNetwork}; every field optional. */
export interface NetworkInit {
  /** A label for logs and the data folder. Default `sim`. */
  name?: string
  /** Where networks are claimed. Default {@link DEFAULT_CLAIM_DIR}. */
  claimDir?: string
  /** Keep the devices' data directories after `destroy()`. Default false. */
  keepData?: boolean
}

/** One simulated machine: a network namespace on the data bridge (and the management bridge). */
export interface SimHost {
  name: string
  /** Its network namespace. */
  namespace: string
  /** Its address on the data bridge: devices listen for peers here (`--listen`). */
  address: string
  /** Its address on the management bridge: the device gateway listens here (`--api`). */
  apiAddress: string
}

/** Options of {@link SimNetwork.startDevice}. */
export interface DeviceOptions {
  /** `--bootstrap` multiaddrs (another device's `p2p`). Default none. */
  bootstrap?: string[]
  /** mDNS discovery. Default true. */
  mdns?: boolean
  /** Reuse this data directory (restart a device); a new one under the network's folder when omitted. */
  dataDir?: string
  /** `--log-level`. Default `info`. */
  logLevel?: string
  /** How long to wait for `ready`. Default 120 s. */
  readyTimeoutMs?: number
}

/** The owner of a claimed network: a process id and its start time (pids are reused). */
interface Claim { pid: number, start: string }

function processStart (pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

function claimAlive (file: string): boolean {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Claim
    return processStart(c.pid) === c.start
  } catch {
    return false
  }
}

/** Checks that the harness can run: root, and `ip` from iproute2. */
export async function checkPrivileges (): Promise<void> {
  if (process.getuid?.() !== 0) throw new UnavailableError('SIM_NOT_ROOT', 'the simulation harness needs root (network namespaces, veth pairs, bridges)')
  const r = await exec('ip', ['-V'])
  if (r.code !== 0) throw new UnavailableError('SIM_NO_IP', 'the simulation harness needs the `ip` command (iproute2) on PATH', { stderr: r.stderr.trim() })
}

/** The names of harness links and namespaces present now. */
async function presentResources (): Promise<{ links: string[], namespaces: string[] }> {
  const links = (JSON.parse(await ip(['-j', 'link', 'show'])) as Array<{ ifname: string }>).map((l) => l.ifname).filter((n) => n.startsWith(NAME_PREFIX))
  const nsOut = (await exec('ip', ['-j', 'netns', 'list'])).stdout.trim()
  const namespaces = (nsOut === '' ? [] : JSON.parse(nsOut) as Array<{ name: string }>).map((n) => n.name).filter((n) => n.startsWith(NAME_PREFIX))
  return { links, namespaces }
}

/** Kills every process in a namespace, then deletes it (its veth ends go with it). */
async function removeNamespace (ns: string): Promise<void> {
  const pids = (await exec('ip', ['netns', 'pids', ns])).stdout.split('\n').map(Number).filter((p) => p > 0)
  for (const pid of pids) {
    try { process.kill(pid, 'SIGKILL') } catch {}
  }
  // a process killed above may take a moment to leave: `netns del` only unmounts the name anyway
  await ipQuiet(['netns', 'del', ns])
}

/** Removes every harness resource of network `n`: namespaces first, then links (veths, bridges). */
async function removeNetworkResources (n: number, present: { links: string[], namespaces: string[] }): Promise<void> {
  for (const ns of present.namespaces) if (networkIndexOf(ns) === n) await removeNamespace(ns)
  const links = present.links.filter((l) => networkIndexOf(l) === n)
  // veths before bridges: deleting one end deletes the pair
  for (const l of links.filter((x) => /[dm]\d+$/.test(x.slice(`${NAME_PREFIX}${n}`.length)))) await ipQuiet(['link', 'del', l])
  for (const l of links) await ipQuiet(['link', 'del', l])
}

/**
 * Removes what crashed runs left: networks whose claim's owner is dead, and harness links or
 * namespaces with no claim at all. Resources are listed before claims are read: a network's
 * claim is written before its first resource, so a live network is never taken for a leftover.
 */
export async function reapLeftovers (claimDir: string = DEFAULT_CLAIM_DIR): Promise<number[]> {
  const present = await presentResources()
  const indexes = new Set<number>()
  for (const name of [...present.links, ...present.namespaces]) {
    const n = networkIndexOf(name)
    if (n !== undefined) indexes.add(n)
  }
  let claims: string[] = []
  try { claims = readdirSync(claimDir).filter((f) => /^\d+\.json$/.test(f)) } catch {}
  for (const f of claims) indexes.add(Number(f.slice(0, -5)))
  const reaped: number[] = []
  for (const n of [...indexes].sort((a, b) => a - b)) {
    const file = join(claimDir, `${n}.json`)
    if (claimAlive(file)) continue
    await removeNetworkResources(n, present)
    rmSync(file, { force: true })
    reaped.push(n)
  }
  return reaped
}

/**
 * A simulated LAN: a Linux bridge in the root namespace, one network namespace per host joined
 * to it by a veth pair, and a second, never-partitioned management bridge through which the
 * test runner (root namespace, 10.77.N.129) reaches each device's HTTP gateway. Partitions move
 * hosts' data veths onto separate bridges: a real L2 split (unicast and mDNS multicast alike).
 */
export class SimNetwork {
  /** The network index N: addresses are 10.77.N.0/24, names start with `sksimN`. */
  readonly index: number
  readonly name: string
  /** Where device data directories are made. */
  readonly dataRoot: string
  readonly #claimFile: string
  readonly #keepData: boolean
  readonly #hosts = new Map<string, SimHost & { i: number }>()
  readonly #devices = new Set<SimDevice>()
  #groups = 0
  #destroyed = false

  constructor (index: number, name: string, dataRoot: string, claimFile: string, keepData: boolean) {
    this.index = index
    this.name = name
    this.dataRoot = dataRoot
    this.#claimFile = claimFile
    this.#keepData = keepData
  }

  /** The hosts, in the order they were added. */
  get hosts (): SimHost[] {
    return [...this.#hosts.values()].map(({ i, ...h }) => h)
  }

  /** Makes the bridges and the root namespace's management address (called by createNetwork). */
  async setUp (): Promise<void> {
    const n = this.index
    for (const br of [dataBridge(n), mgmtBridge(n)]) {
      // no IGMP snooping: mDNS (224.0.0.251) must reach every port
      await ip(['link', 'add', br, 'type', 'bridge', 'mcast_snooping', '0'])
      await ip(['link', 'set', br, 'up'])
    }
    await ip(['addr', 'add', `${rootMgmtAddress(n)}/${PREFIX_LENGTH}`, 'dev', mgmtBridge(n)])
  }

  #host (name: string): SimHost & { i: number } {
    const h = this.#hosts.get(name)
    if (h === undefined) throw new InvalidInputError('SIM_HOST_UNKNOWN', 'no such host in this network', { host: name })
    return h
  }

  /**
   * A new host: namespace `sksimN-<name>` with loopback up, `eth0` on the data bridge (address
   * 10.77.N.(1+i)/25, multicast route 224.0.0.0/4 so mDNS works) and `mgmt0` on the
   * management bridge (10.77.N.(129+i)/25).
   */
  async addHost (name: string): Promise<SimHost> {
    this.#alive()
    checkHostName(name)
    if (this.#hosts.has(name)) throw new InvalidInputError('SIM_HOST_EXISTS', 'a host of that name exists', { host: name })
    const n = this.index
    const i = this.#hosts.size + 1
    checkHostIndex(i)
    const host = { i, name, namespace: namespaceName(n, name), address: dataAddress(n, i), apiAddress: mgmtAddress(n, i) }
    this.#hosts.set(name, host)
    const ns = host.namespace
    await ip(['netns', 'add', ns])
    await ip(['link', 'add', dataVeth(n, i), 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns])
    await ip(['link', 'add', mgmtVeth(n, i), 'type', 'veth', 'peer', 'name', 'mgmt0', 'netns', ns])
    await ip(['link', 'set', dataVeth(n, i), 'master', dataBridge(n), 'up'])
    await ip(['link', 'set', mgmtVeth(n, i), 'master', mgmtBridge(n), 'up'])
    for (const dev of ['lo', 'eth0', 'mgmt0']) await ip(['-n', ns, 'link', 'set', dev, 'up'])
    await ip(['-n', ns, 'addr', 'add', `${host.address}/${PREFIX_LENGTH}`, 'dev', 'eth0'])
    await ip(['-n', ns, 'addr', 'add', `${host.apiAddress}/${PREFIX_LENGTH}`, 'dev', 'mgmt0'])
    await ip(['-n', ns, 'route', 'add', '224.0.0.0/4', 'dev', 'eth0'])
    const { i: _, ...pub } = host
    return pub
  }

  /** Runs a command inside a host's namespace. */
  async exec (host: string, argv: string[]): Promise<ExecResult> {
    return await exec('ip', ['netns', 'exec', this.#host(host).namespace, ...argv])
  }

  /**
   * TCP ping over the data bridge: a listener on `to`'s address answers a connection from
   * `from`. True when the answer came within `timeoutMs` (there is no `ping` binary to rely on).
   */
  async ping (from: string, to: string, timeoutMs = DEFAULT_PING_TIMEOUT_MS): Promise<boolean> {
    const src = this.#host(from)
    const dst = this.#host(to)
    const server = spawn('ip', ['netns', 'exec', dst.namespace, process.execPath, '-e',
      `const s=require('net').createServer((c)=>c.end('pong')).listen(0,${JSON.stringify(dst.address)},()=>console.log(s.address().port));setTimeout(()=>process.exit(0),${timeoutMs + 30_000})`],
    { stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let buf = ''
        server.stdout!.on('data', (d: Buffer) => {
          buf += d.toString()
          if (buf.includes('\n')) resolve(Number(buf.trim()))
        })
        server.on('exit', () => reject(new Error('the ping listener exited')))
      })
      const r = await exec('ip', ['netns', 'exec', src.namespace, process.execPath, '-e',
        `const c=require('net').connect(${port},${JSON.stringify(dst.address)});let d='';c.on('data',(x)=>d+=x);c.on('end',()=>process.exit(d==='pong'?0:1));c.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),${timeoutMs})`])
      return r.code === 0
    } finally {
      server.kill('SIGKILL')
    }
  }

  /**
   * `skarm init` + `skarm up` inside the host's namespace: `--api <apiAddress>:0` (management
   * bridge, reachable from the test runner), `--listen /ip4/<address>/tcp/0` (data bridge).
   */
  async startDevice (host: string, name: string, opts: DeviceOptions = {}): Promise<SimDevice> {
    this.#alive()
    const h = this.#host(host)
    const dataDir = opts.dataDir ?? await mkdtemp(join(this.dataRoot, `${name}-`))
    const device = await startStack({
      name,
      dataDir,
      namespace: h.namespace,
      api: `${h.apiAddress}:0`,
      listen: [`/ip4/${h.address}/tcp/0`],
      bootstrap: opts.bootstrap,
      mdns: opts.mdns,
      logLevel: opts.logLevel,
      readyTimeoutMs: opts.readyTimeoutMs
    })
    this.#devices.add(device)
    return device
  }

  /**
   * A real partition: each group's hosts are moved onto a bridge of their own (hosts named in
   * no group stay on the data bridge). Nothing crosses between groups, unicast or multicast;
   * established TCP connections see their packets vanish, as on a cut cable. Replaces any
   * partition in force. The management bridge (HTTP to the gateways) is never cut.
   */
  async partition (groups: string[][]): Promise<void> {
    this.#alive()
    const plan = planPartition([...this.#hosts.keys()], groups)
    await this.heal()
    const n = this.index
    for (let k = 0; k < groups.length; k++) {
      await ip(['link', 'add', groupBridge(n, k), 'type', 'bridge', 'mcast_snooping', '0'])
      await ip(['link', 'set', groupBridge(n, k), 'up'])
    }
    this.#groups = groups.length
    for (const [name, k] of plan) {
      if (k >= 0) await ip(['link', 'set', dataVeth(n, this.#host(name).i), 'master', groupBridge(n, k)])
    }
  }

  /** Ends any partition: every host back on the data bridge. */
  async heal (): Promise<void> {
    this.#alive()
    const n = this.index
    for (const h of this.#hosts.values()) await ip(['link', 'set', dataVeth(n, h.i), 'master', dataBridge(n)])
    for (let k = 0; k < this.#groups; k++) await ipQuiet(['link', 'del', groupBridge(n, k)])
    this.#groups = 0
  }

  /**
   * Stops every device (SIGTERM, then SIGKILL), kills whatever else runs in the namespaces,
   * removes every namespace, veth and bridge of this network, its claim and (unless
   * `keepData`) the data directories. Idempotent; goes on past failures and throws at the end
   * if something of the network is still there.
   */
  async destroy (): Promise<void> {
    this.#destroyed = true
    await Promise.allSettled([...this.#devices].map(async (d) => await d.stop()))
    this.#devices.clear()
    await removeNetworkResources(this.index, await presentResources())
    const left = await presentResources()
    const remaining = [...left.links, ...left.namespaces].filter((x) => networkIndexOf(x) === this.index)
    if (remaining.length === 0) rmSync(this.#claimFile, { force: true })
    if (!this.#keepData) await rm(this.dataRoot, { recursive: true, force: true })
    if (remaining.length > 0) throw new UnavailableError('SIM_CLEANUP_INCOMPLETE', 'some network resources could not be removed', { remaining })
  }

  #alive (): void {
    if (this.#destroyed) throw new UnavailableError('SIM_DESTROYED', 'this network was destroyed')
  }
}

/**
 * Creates a simulated network. Checks root and `ip`, removes leftovers of crashed runs, then
 * claims a free index N (an exclusive claim file holding this process, so parallel runs never
 * share names or addresses) and makes its bridges.
 *
 * ```ts
 * const net = await createNetwork({ name: 'swarm' })
 * try {
 *   await net.addHost('a'); await net.addHost('b')
 *   const a = await net.startDevice('a', 'alice')
 *   const b = await net.startDevice('b', 'bob')   // finds alice by mDNS
 *   await net.partition([['a'], ['b']]); await net.heal()
 * } finally { await net.destroy() }
 * ```
 */
export async function createNetwork (init: NetworkInit = {}): Promise<SimNetwork> {
  await checkPrivileges()
  const claimDir = init.claimDir ?? DEFAULT_CLAIM_DIR
  const name = init.name ?? 'sim'
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(name)) throw new InvalidInputError('SIM_NAME_INVALID', 'a network name is 1-40 of A-Z, a-z, 0-9, _ and -', { name })
  await reapLeftovers(claimDir)
  mkdirSync(claimDir, { recursive: true })
  const start = processStart(process.pid) ?? ''
  const present = await presentResources()
  const used = new Set([...present.links, ...present.namespaces].map(networkIndexOf))
  for (let n = 1; n <= MAX_NETWORKS; n++) {
    if (used.has(n)) continue
    const claimFile = join(claimDir, `${n}.json`)
    try {
      writeFileSync(claimFile, JSON.stringify({ pid: process.pid, start, name } satisfies Claim & { name: string }), { flag: 'wx' })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw err
    }
    const dataRoot = await mkdtemp(join(tmpdir(), `skarm-sim-${name}-`))
    const net = new SimNetwork(n, name, dataRoot, claimFile, init.keepData === true)
    try {
      await net.setUp()
    } catch (err) {
      await net.destroy().catch(() => {})
      throw err
    }
    return net
  }
  throw new UnavailableError('SIM_NO_FREE_NETWORK', `all ${MAX_NETWORKS} simulated networks are in use`)
}
