import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidInputError, UnavailableError } from '@skarm/errors'
import { ADDRESS_BASE, DEFAULT_CLAIM_DIR, DEFAULT_PING_TIMEOUT_MS, MAX_NETWORKS, NAME_PREFIX, PUBLIC_ADDRESS_BASE } from './constants.ts'
import { startStack, type SimDevice } from './device.ts'
import { exec, ip, ipQuiet, type ExecResult } from './exec.ts'
import {
  MAX_HOMES, MAX_HOSTS_PER_HOME, PREFIX_LENGTH, checkHostIndex, checkHostName, dataAddress, dataBridge, dataVeth, groupBridge,
  homeAddress, homeBridge, homeGateway, homeSubnet, mgmtAddress, mgmtBridge, mgmtVeth, namespaceName, networkIndexOf,
  planPartition, rootMgmtAddress, routerLanVeth
} from './names.ts'
import { REACH_CLIENT, REACH_SERVER, forwardRules, natRules, resolveIptables } from './nat.ts'

/** Options of {@link createNetwork}; every field optional. */
export interface NetworkInit {
  /** A label for logs and the data folder. Default `sim`. */
  name?: string
  /** Where networks are claimed. Default {@link DEFAULT_CLAIM_DIR}. */
  claimDir?: string
  /** Keep the devices' data directories after `destroy()`. Default false. */
  keepData?: boolean
  /**
   * Data-bridge addresses libp2p takes for public ones (11.77.N.0/25 instead of 10.77.N.0/25):
   * the NAT lab's "internet", where AutoNAT and DCUtR act as on the real one. Default false.
   */
  publicAddresses?: boolean
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
  /** The router it sits behind (a home host of the NAT lab), or undefined on the public bridge. */
  router?: string
}

/** Options of {@link SimNetwork.addHost}. */
export interface HostOptions {
  /** Put the host on this router's home LAN (NAT lab) instead of the data bridge. */
  behind?: string
}

/**
 * A home router of the NAT lab: a namespace with `eth0` on the data bridge (the "internet")
 * and `lan0` on its home's own bridge, forwarding with masquerade and a stateful firewall.
 */
export interface SimRouter {
  name: string
  namespace: string
  /** Its public address (data bridge): every home host's connections leave with this source. */
  address: string
  /** Its address on the home LAN: the home hosts' default gateway. */
  lanAddress: string
  /** The home's private subnet, 192.168.k.0/24. */
  subnet: string
  /** The home number k (1-based). */
  home: number
  /** The iptables command that set its rules up (`iptables`, `iptables-legacy` or `iptables-nft`). */
  iptables: string
}

/** Options of {@link SimNetwork.reach}. */
export interface ReachOptions {
  /** `tcp` (a connection answered `pong`) or `udp` (a datagram answered `pong`). Default tcp. */
  protocol?: 'tcp' | 'udp'
  /** The address to aim at. Default the `to` host's own address; the listener runs in `to`'s namespace on 0.0.0.0. */
  address?: string
  /** The listener's port. Default an ephemeral one. */
  port?: number
  /** Default {@link DEFAULT_PING_TIMEOUT_MS}. */
  timeoutMs?: number
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
  /** `--listen` multiaddrs. Default `/ip4/<host address>/tcp/0`; `{address}` in them is replaced by the host's address. */
  listen?: string[]
  /** More `skarm up` flags, e.g. `['--relay']`. */
  args?: string[]
}

/**
 * The owner of a claimed network: a process id and its start time (pids are reused), and the
 * data directories it made (removed with its leftovers unless kept).
 */
interface Claim { pid: number, start: string, dataRoot?: string, keepData?: boolean }

function processStart (pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

function readClaim (file: string): Claim | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Claim
  } catch {
    return undefined
  }
}

function claimAlive (c: Claim | undefined): boolean {
  return c !== undefined && processStart(c.pid) === c.start
}

/** The data directory a dead claim's network made under the temporary directory, to remove (undefined when kept or unknown). */
function leftoverDataRoot (c: Claim | undefined): string | undefined {
  if (c === undefined || c.keepData === true || typeof c.dataRoot !== 'string') return undefined
  return c.dataRoot.startsWith(join(tmpdir(), 'skarm-sim-')) ? c.dataRoot : undefined
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
  for (const l of links.filter((x) => /^[dmr]\d+$/.test(x.slice(`${NAME_PREFIX}${n}`.length)))) await ipQuiet(['link', 'del', l])
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
    const claim = readClaim(file)
    if (claimAlive(claim)) continue
    await removeNetworkResources(n, present)
    const dataRoot = leftoverDataRoot(claim)
    if (dataRoot !== undefined) rmSync(dataRoot, { recursive: true, force: true })
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
  /** The first two octets of data-bridge addresses. */
  readonly #dataBase: string
  readonly #hosts = new Map<string, SimHost & { i: number }>()
  readonly #routers = new Map<string, SimRouter & { i: number, members: number }>()
  readonly #devices = new Set<SimDevice>()
  readonly #children = new Set<ChildProcess>()
  /** Host indexes are shared by hosts and routers (each takes a data address). */
  #slots = 0
  #iptables: string | undefined
  #groups = 0
  #destroyed = false

  constructor (index: number, name: string, dataRoot: string, claimFile: string, keepData: boolean, publicAddresses = false) {
    this.#dataBase = publicAddresses ? PUBLIC_ADDRESS_BASE : ADDRESS_BASE
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

  /** The routers of the NAT lab, in the order they were added. */
  get routers (): SimRouter[] {
    return [...this.#routers.values()].map(({ i, members, ...r }) => r)
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

  #newSlot (name: string): number {
    this.#alive()
    checkHostName(name)
    if (this.#hosts.has(name) || this.#routers.has(name)) throw new InvalidInputError('SIM_HOST_EXISTS', 'a host or router of that name exists', { host: name })
    const i = this.#slots + 1
    checkHostIndex(i)
    this.#slots = i
    return i
  }

  /** The bridge a host's data veth belongs on when no partition is in force. */
  #homeOf (h: SimHost): string {
    return h.router === undefined ? dataBridge(this.index) : homeBridge(this.index, this.#routers.get(h.router)!.home)
  }

  /**
   * A new host: namespace `sksimN-<name>` with loopback up, `eth0` on the data bridge (address
   * 10.77.N.(1+i)/25, multicast route 224.0.0.0/4 so mDNS works) and `mgmt0` on the
   * management bridge (10.77.N.(129+i)/25). With `behind: router`, `eth0` is on that router's
   * home LAN instead (192.168.k.(1+j)/24, default route via the router; mDNS stays in the home).
   */
  async addHost (name: string, opts: HostOptions = {}): Promise<SimHost> {
    const router = opts.behind === undefined ? undefined : this.#router(opts.behind)
    const i = this.#newSlot(name)
    const n = this.index
    let address = dataAddress(n, i, this.#dataBase)
    if (router !== undefined) {
      if (router.members >= MAX_HOSTS_PER_HOME) throw new InvalidInputError('SIM_TOO_MANY_HOSTS', `a home holds at most ${MAX_HOSTS_PER_HOME} hosts`, { router: router.name })
      address = homeAddress(router.home, ++router.members)
    }
    const host = { i, name, namespace: namespaceName(n, name), address, apiAddress: mgmtAddress(n, i), ...(router === undefined ? {} : { router: router.name }) }
    this.#hosts.set(name, host)
    const ns = host.namespace
    await ip(['netns', 'add', ns])
    await ip(['link', 'add', dataVeth(n, i), 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns])
    await ip(['link', 'add', mgmtVeth(n, i), 'type', 'veth', 'peer', 'name', 'mgmt0', 'netns', ns])
    await ip(['link', 'set', dataVeth(n, i), 'master', this.#homeOf(host), 'up'])
    await ip(['link', 'set', mgmtVeth(n, i), 'master', mgmtBridge(n), 'up'])
    for (const dev of ['lo', 'eth0', 'mgmt0']) await ip(['-n', ns, 'link', 'set', dev, 'up'])
    await ip(['-n', ns, 'addr', 'add', `${host.address}/${router === undefined ? PREFIX_LENGTH : 24}`, 'dev', 'eth0'])
    await ip(['-n', ns, 'addr', 'add', `${host.apiAddress}/${PREFIX_LENGTH}`, 'dev', 'mgmt0'])
    await ip(['-n', ns, 'route', 'add', '224.0.0.0/4', 'dev', 'eth0'])
    if (router !== undefined) await ip(['-n', ns, 'route', 'add', 'default', 'via', router.lanAddress, 'dev', 'eth0'])
    const { i: _, ...pub } = host
    return pub
  }

  /** The namespace of a host or router. */
  #namespaceOf (name: string): string {
    const ns = this.#hosts.get(name)?.namespace ?? this.#routers.get(name)?.namespace
    if (ns === undefined) throw new InvalidInputError('SIM_HOST_UNKNOWN', 'no such host or router in this network', { host: name })
    return ns
  }

  #router (name: string): SimRouter & { i: number, members: number } {
    const r = this.#routers.get(name)
    if (r === undefined) throw new InvalidInputError('SIM_ROUTER_UNKNOWN', 'no such router in this network', { router: name })
    return r
  }

  /**
   * A home router (NAT lab): namespace `sksimN-<name>` with `eth0` on the data bridge (public
   * address 10.77.N.(1+i)/25) and `lan0` on a new home bridge `sksimNh<k>` (192.168.k.1/24).
   * It forwards, masquerades what leaves by `eth0` (`iptables -t nat -A POSTROUTING -o eth0 -j
   * MASQUERADE`) and lets in from `eth0` only what belongs to a connection opened from inside:
   * a new connection from the public side, TCP or UDP, to the router or through it, is
   * dropped. The rules live in the router's namespace only. Needs `iptables`
   * (`SIM_NO_IPTABLES` otherwise).
   */
  async addRouter (name: string): Promise<SimRouter> {
    const iptables = this.#iptables ?? await resolveIptables()
    const i = this.#newSlot(name)
    const n = this.index
    const k = this.#routers.size + 1
    if (k > MAX_HOMES) throw new InvalidInputError('SIM_TOO_MANY_HOMES', `a network holds at most ${MAX_HOMES} homes`)
    const router = { i, members: 0, name, namespace: namespaceName(n, name), address: dataAddress(n, i, this.#dataBase), lanAddress: homeGateway(k), subnet: homeSubnet(k), home: k, iptables }
    this.#routers.set(name, router)
    const ns = router.namespace
    await ip(['netns', 'add', ns])
    await ip(['link', 'add', homeBridge(n, k), 'type', 'bridge', 'mcast_snooping', '0'])
    await ip(['link', 'set', homeBridge(n, k), 'up'])
    await ip(['link', 'add', dataVeth(n, i), 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns])
    await ip(['link', 'add', routerLanVeth(n, k), 'type', 'veth', 'peer', 'name', 'lan0', 'netns', ns])
    await ip(['link', 'set', dataVeth(n, i), 'master', dataBridge(n), 'up'])
    await ip(['link', 'set', routerLanVeth(n, k), 'master', homeBridge(n, k), 'up'])
    for (const dev of ['lo', 'eth0', 'lan0']) await ip(['-n', ns, 'link', 'set', dev, 'up'])
    await ip(['-n', ns, 'addr', 'add', `${router.address}/${PREFIX_LENGTH}`, 'dev', 'eth0'])
    await ip(['-n', ns, 'addr', 'add', `${router.lanAddress}/24`, 'dev', 'lan0'])
    // the namespace's own /proc/sys/net: forwarding on, in this router only
    const fwd = await exec('ip', ['netns', 'exec', ns, process.execPath, '-e', "require('fs').writeFileSync('/proc/sys/net/ipv4/ip_forward', '1')"])
    if (fwd.code !== 0) throw new UnavailableError('SIM_ROUTER_FAILED', 'could not turn forwarding on in a router namespace', { router: name, stderr: fwd.stderr.trim() })
    router.iptables = await this.#applyRules(ns, iptables)
    this.#iptables = router.iptables
    const { i: _, members: __, ...pub } = router
    return pub
  }

  /**
   * Port forwarding on a home router: new connections (or UDP flows) from the public side to
   * the router's `port` go to the same port of `host`, a host behind it. Everything else stays
   * closed.
   */
  async forwardPort (router: string, host: string, port: number, protocol: 'tcp' | 'udp' = 'tcp'): Promise<void> {
    this.#alive()
    const r = this.#router(router)
    const h = this.#host(host)
    if (h.router !== router) throw new InvalidInputError('SIM_HOST_UNKNOWN', 'the host is not behind this router', { router, host })
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidInputError('SIM_BAD_PORT', 'a port is a whole number from 1 to 65535', { port })
    for (const rule of forwardRules('eth0', 'lan0', h.address, port, protocol)) {
      const res = await exec('ip', ['netns', 'exec', r.namespace, r.iptables, '-w', ...rule])
      if (res.code !== 0) throw new UnavailableError('SIM_ROUTER_FAILED', 'could not set a port forwarding rule', { router, stderr: res.stderr.trim() })
    }
  }

  /** Sets the router's rules with `first`, or with the other iptables flavours if it fails there; answers the one that worked. */
  async #applyRules (ns: string, first: string): Promise<string> {
    const errors: string[] = []
    for (const bin of [first, ...['iptables', 'iptables-legacy', 'iptables-nft'].filter((b) => b !== first)]) {
      let failed: string | undefined
      for (const rule of natRules('eth0', 'lan0')) {
        const r = await exec('ip', ['netns', 'exec', ns, bin, '-w', ...rule])
        if (r.code !== 0) { failed = `${bin} ${rule.join(' ')}: ${r.stderr.trim()}`; break }
      }
      if (failed === undefined) return bin
      errors.push(failed)
      // undo what this flavour managed to set before trying the next
      for (const t of ['filter', 'nat']) await exec('ip', ['netns', 'exec', ns, bin, '-w', '-t', t, '-F'])
      await exec('ip', ['netns', 'exec', ns, bin, '-w', '-P', 'FORWARD', 'ACCEPT'])
    }
    throw new UnavailableError('SIM_NO_IPTABLES', 'no iptables command could set the NAT rules inside a router namespace', { errors })
  }

  /**
   * Starts a command inside a host's or router's namespace (killed by `destroy()` if still
   * running). Its stdout and stderr are pipes.
   */
  spawn (host: string, argv: string[]): ChildProcess {
    this.#alive()
    const ns = this.#namespaceOf(host)
    const child = spawn('ip', ['netns', 'exec', ns, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.#children.add(child)
    child.on('exit', () => this.#children.delete(child))
    return child
  }

  /** Runs a command inside a host's namespace. */
  async exec (host: string, argv: string[]): Promise<ExecResult> {
    const ns = this.#namespaceOf(host)
    return await exec('ip', ['netns', 'exec', ns, ...argv])
  }

  /**
   * TCP ping over the data bridge: a listener on `to`'s address answers a connection from
   * `from`. True when the answer came within `timeoutMs` (there is no `ping` binary to rely on).
   */
  async ping (from: string, to: string, timeoutMs = DEFAULT_PING_TIMEOUT_MS): Promise<boolean> {
    return await this.reach(from, to, { timeoutMs })
  }

  /**
   * Whether `from` can open a TCP connection (or get a UDP datagram answered) to a listener in
   * `to`'s namespace (a host or a router), aimed at `address` (default `to`'s own address):
   * the listener binds 0.0.0.0 and answers `pong`. True when the answer came within
   * `timeoutMs`. The NAT lab's tests use it to show what crosses a router and what does not.
   */
  async reach (from: string, to: string, opts: ReachOptions = {}): Promise<boolean> {
    const protocol = opts.protocol ?? 'tcp'
    const timeoutMs = opts.timeoutMs ?? DEFAULT_PING_TIMEOUT_MS
    const address = opts.address ?? this.#hosts.get(to)?.address ?? this.#routers.get(to)?.address
    if (address === undefined) throw new InvalidInputError('SIM_HOST_UNKNOWN', 'no such host or router in this network', { host: to })
    const server = this.spawn(to, [process.execPath, '-e', REACH_SERVER, protocol, String(opts.port ?? 0), String(timeoutMs + 30_000)])
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let buf = ''
        server.stdout!.on('data', (d: Buffer) => {
          buf += d.toString()
          if (buf.includes('\n')) resolve(Number(buf.trim()))
        })
        server.on('exit', () => reject(new Error('the reach listener exited')))
      })
      const r = await this.exec(from, [process.execPath, '-e', REACH_CLIENT, protocol, address, String(port), String(timeoutMs)])
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
      listen: (opts.listen ?? ['/ip4/{address}/tcp/0']).map((l) => l.replaceAll('{address}', h.address)),
      bootstrap: opts.bootstrap,
      mdns: opts.mdns,
      logLevel: opts.logLevel,
      readyTimeoutMs: opts.readyTimeoutMs,
      args: opts.args
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
    const plan = planPartition([...this.#hosts.keys(), ...this.#routers.keys()], groups)
    await this.heal()
    const n = this.index
    for (let k = 0; k < groups.length; k++) {
      await ip(['link', 'add', groupBridge(n, k), 'type', 'bridge', 'mcast_snooping', '0'])
      await ip(['link', 'set', groupBridge(n, k), 'up'])
    }
    this.#groups = groups.length
    for (const [name, k] of plan) {
      if (k >= 0) await ip(['link', 'set', dataVeth(n, (this.#hosts.get(name) ?? this.#router(name)).i), 'master', groupBridge(n, k)])
    }
  }

  /** Ends any partition: every host back on the data bridge. */
  async heal (): Promise<void> {
    this.#alive()
    const n = this.index
    for (const h of this.#hosts.values()) await ip(['link', 'set', dataVeth(n, h.i), 'master', this.#homeOf(h)])
    for (const r of this.#routers.values()) await ip(['link', 'set', dataVeth(n, r.i), 'master', dataBridge(n)])
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
    for (const c of this.#children) c.kill('SIGKILL')
    this.#children.clear()
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
    const dataRoot = await mkdtemp(join(tmpdir(), `skarm-sim-${name}-`))
    try {
      writeFileSync(claimFile, JSON.stringify({ pid: process.pid, start, name, dataRoot, keepData: init.keepData === true } satisfies Claim & { name: string }), { flag: 'wx' })
    } catch (err) {
      await rm(dataRoot, { recursive: true, force: true })
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw err
    }
    const net = new SimNetwork(n, name, dataRoot, claimFile, init.keepData === true, init.publicAddresses === true)
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
