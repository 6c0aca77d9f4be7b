// Connection management over the routing tables (docs/sync.md, Routing): desired devices that
// are not connected are dialed; our OUTBOUND connections to peers nobody desires are closed
// after a grace period; inbound connections are the remote side's decision.
import { multiaddr } from '@multiformats/multiaddr'
import type { Connection, PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'
import { deviceIdOfPeer } from './keys.ts'
import type { TransportNode } from './node.ts'
import { desiredDevices, ROUTING_K } from './routing.ts'
import { Backoff, type BackoffInit } from './sync/backoff.ts'

/** How long an undesired outbound connection is kept after it opened, ms (a stranger may carry an invitation). */
export const ROUTING_GRACE_MS = 20_000
/**
 * How long a peer must stay undesired, over successive rounds, before its connection is closed,
 * ms: a table that flips while devices join does not close (and lose what was in flight on) a
 * connection it wants again a round later.
 */
export const ROUTING_SETTLE_MS = 10_000
/** Period of the routing recomputation, ms. */
export const ROUTING_INTERVAL_MS = 10_000
/** How long a peer closed as undesired is not dialed again on discovery, ms (no dial/close flapping). */
export const ROUTING_COOLDOWN_MS = 10 * 60_000
/** Backoff of dials to a desired device: first and longest delay, ms. */
export const ROUTING_DIAL_MIN_MS = 2_000
export const ROUTING_DIAL_MAX_MS = 60_000
/**
 * Streams of this protocol family are fetches and clones (the git tunnel): a connection
 * carrying one is busy and never closed. Other sync streams (heads, announces, a long-lived
 * announce channel) do not keep a connection.
 */
export const GIT_PROTOCOL_PREFIX = '/skarm/git/'
/** How long a dial may take, ms. */
export const ROUTING_DIAL_TIMEOUT_MS = 10_000

/** One connection as the planner sees it. */
export interface ConnectionInfo {
  peerId: string
  /** The device id of the peer (from its key); undefined for a non-Ed25519 peer. */
  deviceId?: string
  direction: 'inbound' | 'outbound'
  /** When it opened, ms. */
  openedAt: number
  /** A fetch or clone (git tunnel stream) runs on it: never closed then. */
  busy: boolean
}

/** What {@link planConnections} decides from. */
export interface PlanInput {
  /** Our device id. */
  self: string
  /** The device ids of each of our conversations. */
  conversations: Iterable<Iterable<string>>
  /** Devices kept connected beyond the tables (devices of invitees, of inviters of our requests). */
  wanted?: ReadonlySet<string>
  /** Devices we cannot reach now (no address known, dials failing): replaced in their bucket. */
  unreachable?: ReadonlySet<string>
  connections: ConnectionInfo[]
  /** Peer ids of bootstrap peers: always kept (API.md: redialed whenever they drop). */
  bootstrap?: ReadonlySet<string>
  now: number
  graceMs?: number
  k?: number
}

/** The decision of one round. */
export interface ConnectionPlan {
  /** Device ids to keep connected: the tables' desired devices and the wanted ones. */
  desired: Set<string>
  /** Desired device ids with no connection at all: to dial. */
  dial: string[]
  /** Peer ids whose outbound connections are to be closed. */
  close: string[]
}

/**
 * One round of connection management. `connected` for the tables is every connection, either
 * direction (a device already connected is preferred: no churn), a device that dialed us
 * first (that connection exists whatever we decide). A peer's outbound
 * connections are closed when its device is not desired, it is no bootstrap peer, none of its
 * connections is busy and its newest connection is older than the grace period.
 */
export function planConnections (input: PlanInput): ConnectionPlan {
  const grace = input.graceMs ?? ROUTING_GRACE_MS
  const connected = new Set<string>()
  const inbound = new Set<string>()
  for (const c of input.connections) {
    if (c.deviceId === undefined) continue
    connected.add(c.deviceId)
    if (c.direction === 'inbound') inbound.add(c.deviceId)
  }
  const desired = desiredDevices(input.self, input.conversations, { connected, inbound, unreachable: input.unreachable, k: input.k ?? ROUTING_K })
  for (const id of input.wanted ?? []) if (id !== input.self) desired.add(id)
  const dial = [...desired].filter((id) => !connected.has(id)).sort()

  const byPeer = new Map<string, ConnectionInfo[]>()
  for (const c of input.connections) {
    const list = byPeer.get(c.peerId)
    if (list === undefined) byPeer.set(c.peerId, [c])
    else list.push(c)
  }
  const close: string[] = []
  for (const [peerId, conns] of byPeer) {
    if (!conns.some((c) => c.direction === 'outbound')) continue
    const deviceId = conns[0]!.deviceId
    if (deviceId !== undefined && desired.has(deviceId)) continue
    if (input.bootstrap?.has(peerId) === true) continue
    if (conns.some((c) => c.busy)) continue
    if (input.now - Math.max(...conns.map((c) => c.openedAt)) < grace) continue
    close.push(peerId)
  }
  return { desired, dial, close: close.sort() }
}

/** What {@link shouldDialDiscovered} decides from. */
export interface DiscoveryInput {
  deviceId: string | undefined
  /** Desired devices (last plan). */
  desired: ReadonlySet<string>
  /** Every device of our conversations. */
  members: ReadonlySet<string>
  /** When we last closed this peer as undesired (ms), if ever. */
  closedAt?: number
  now: number
  cooldownMs?: number
}

/**
 * Is a peer found by discovery (mDNS) worth a dial? A desired device: yes. A device of our
 * conversations that is not desired: no (it dials us if it desires us). A stranger (it may
 * carry an invitation): yes, unless we closed it as undesired within the cooldown.
 */
export function shouldDialDiscovered (input: DiscoveryInput): boolean {
  if (input.deviceId === undefined) return false
  if (input.desired.has(input.deviceId)) return true
  if (input.members.has(input.deviceId)) return false
  return input.closedAt === undefined || input.now - input.closedAt >= (input.cooldownMs ?? ROUTING_COOLDOWN_MS)
}

/** Options of {@link ConnectionManager}. */
export interface ConnectionManagerInit {
  node: TransportNode
  logger: Logger
  /**
   * The device ids of each of our conversations. When it throws (the store not there), the
   * last answer is used, or the round is skipped when there is none yet.
   */
  conversations: () => Promise<string[][]>
  /** Devices to keep connected beyond the tables (may use {@link ConnectionManager.devicesOf}). */
  wanted?: () => Promise<Iterable<string>>
  /** Addresses of a device we know no address of (e.g. the DHT's `find_device`). */
  findAddresses?: (deviceId: string) => Promise<string[]>
  /**
   * Devices refused (a ban or a revocation left them allowed nowhere here; docs/sync.md, "Bans
   * and revocations"): left out of the tables and the wanted devices, never dialed.
   */
  refused?: (deviceId: string) => boolean
  graceMs?: number
  /** Default {@link ROUTING_SETTLE_MS}. */
  settleMs?: number
  intervalMs?: number
  cooldownMs?: number
  dialBackoff?: BackoffInit
  k?: number
  now?: () => number
}

/**
 * Keeps the device's connections to what its routing tables desire: recomputed at start,
 * every `intervalMs`, and soon after a peer connects or disconnects (a dropped desired device
 * is replaced from its bucket's known devices, or redialed).
 */
export class ConnectionManager {
  private readonly init: ConnectionManagerInit
  private readonly log: Logger
  private readonly now: () => number
  private readonly backoff: Backoff
  private readonly accounts = new Map<string, string>()
  private readonly closedAt = new Map<string, number>()
  /** Peers in the last rounds' close lists, since when. */
  private readonly undesiredSince = new Map<string, number>()
  private readonly dialing = new Set<string>()
  private desiredSet = new Set<string>()
  private members = new Set<string>()
  private timer: ReturnType<typeof setInterval> | undefined
  private soon: ReturnType<typeof setTimeout> | undefined
  private running: Promise<void> | undefined
  private again = false
  private stopped = false
  private offPeer: (() => void) | undefined
  private last: { conversations: string[][], wanted: Set<string> } | undefined
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    // a peer gone while not desired (closed by either side) is not redialed on discovery for a
    // while: no dial/close flapping between two devices that do not desire each other
    const deviceId = deviceIdOfPeer(evt.detail)
    if (deviceId === undefined || !this.desiredSet.has(deviceId)) this.closedAt.set(evt.detail.toString(), this.now())
    this.schedule()
  }

  constructor (init: ConnectionManagerInit) {
    this.init = init
    this.log = init.logger
    this.now = init.now ?? Date.now
    this.backoff = new Backoff(init.dialBackoff ?? { baseMs: ROUTING_DIAL_MIN_MS, maxMs: ROUTING_DIAL_MAX_MS, now: this.now })
  }

  /** Starts the rounds (one now). */
  start (): void {
    const lib = this.init.node.libp2p
    this.offPeer = this.init.node.onPeer((peer) => {
      if (peer.accountUri !== undefined) this.accounts.set(peer.deviceId, peer.accountUri)
      this.schedule()
    })
    for (const peer of this.init.node.knownPeers()) if (peer.accountUri !== undefined) this.accounts.set(peer.deviceId, peer.accountUri)
    lib.addEventListener('peer:disconnect', this.onDisconnect)
    this.timer = setInterval(() => { this.schedule(0) }, this.init.intervalMs ?? ROUTING_INTERVAL_MS)
    this.timer.unref?.()
    this.schedule(0)
  }

  /** Stops the rounds; waits for the one in flight. */
  async stop (): Promise<void> {
    this.stopped = true
    this.offPeer?.()
    this.init.node.libp2p.removeEventListener('peer:disconnect', this.onDisconnect)
    clearInterval(this.timer)
    clearTimeout(this.soon)
    await this.running?.catch(() => {})
  }

  /** A round soon (coalesced). */
  schedule (delayMs = 250): void {
    if (this.stopped || this.soon !== undefined) return
    this.soon = setTimeout(() => {
      this.soon = undefined
      if (this.running !== undefined) {
        this.again = true
        return
      }
      this.running = this.round().then(() => {}, (err: Error) => { this.log.debug({ err: err.message }, 'routing round failed') })
        .finally(() => {
          this.running = undefined
          if (this.again) {
            this.again = false
            this.schedule()
          }
        })
    }, delayMs)
    this.soon.unref?.()
  }

  /** The account of a device, learned from a hello (kept after it disconnects). */
  accountOf (deviceId: string): string | undefined {
    return this.accounts.get(deviceId)
  }

  /** The devices of an account met so far. */
  devicesOf (uri: string): string[] {
    return [...this.accounts].filter(([, a]) => a === uri).map(([d]) => d)
  }

  /** Every account met so far. */
  knownAccounts (): string[] {
    return [...new Set(this.accounts.values())]
  }

  /** The devices desired by the last round. */
  desired (): ReadonlySet<string> {
    return this.desiredSet
  }

  /** For the transport's discovery: is this discovered peer worth a dial? */
  shouldDial (peerId: PeerId): boolean {
    const deviceId = deviceIdOfPeer(peerId)
    if (deviceId !== undefined && this.init.refused?.(deviceId) === true) return false
    return shouldDialDiscovered({
      deviceId,
      desired: this.desiredSet,
      members: this.members,
      closedAt: this.closedAt.get(peerId.toString()),
      now: this.now(),
      cooldownMs: this.init.cooldownMs
    })
  }

  /** One round: plan, then dial and close. Answers the plan (tests, status). */
  async round (): Promise<ConnectionPlan> {
    let conversations: string[][]
    let wanted: Set<string>
    try {
      conversations = await this.init.conversations()
      wanted = new Set(this.init.wanted === undefined ? [] : await this.init.wanted())
      this.last = { conversations, wanted }
    } catch (err) {
      // the store is slow or restarting: the last answer is still the best truth (a device must
      // not stay unconnected because a busy store timed out); none yet: nothing is decided
      if (this.last === undefined) throw err
      this.log.debug({ err: (err as Error).message }, 'routing round on the last known conversations')
      ;({ conversations, wanted } = this.last)
    }
    // refused devices are in no table: their buckets take the next device instead
    const refused = this.init.refused
    if (refused !== undefined) {
      conversations = conversations.map((devices) => devices.filter((id) => !refused(id)))
      wanted = new Set([...wanted].filter((id) => !refused(id)))
    }
    const node = this.init.node
    const lib = node.libp2p
    const connections = lib.getConnections().filter((c) => c.status === 'open').map((c) => connectionInfo(c))
    const byDevice = new Map<string, PeerId>()
    for (const peer of await lib.peerStore.all()) {
      if (peer.addresses.length === 0) continue
      const id = deviceIdOfPeer(peer.id)
      if (id !== undefined) byDevice.set(id, peer.id)
    }
    const unreachable = new Set<string>()
    for (const id of conversations.flat()) {
      if (!this.backoff.allowed(id) || (!byDevice.has(id) && this.init.findAddresses === undefined)) unreachable.add(id)
    }
    const plan = planConnections({
      self: node.deviceId,
      conversations,
      wanted,
      unreachable,
      connections,
      // relays we hold a reservation on are kept like bootstrap peers (our /p2p-circuit addresses)
      bootstrap: new Set([...node.bootstrapPeers(), ...node.relayPeers()]),
      now: this.now(),
      graceMs: this.init.graceMs,
      k: this.init.k
    })
    if (this.stopped) return plan
    const changed = plan.desired.size !== this.desiredSet.size || [...plan.desired].some((id) => !this.desiredSet.has(id))
    if (changed || plan.dial.length > 0 || plan.close.length > 0) {
      this.log.debug({ conversations: conversations.length, desired: plan.desired.size, wanted: wanted.size, connections: connections.length, dial: plan.dial.length, close: plan.close.length }, 'routing round')
    }
    this.desiredSet = plan.desired
    // forget closings older than the cooldown (they no longer hold back a dial)
    const cooldown = this.init.cooldownMs ?? ROUTING_COOLDOWN_MS
    for (const [peerId, at] of this.closedAt) if (this.now() - at >= cooldown) this.closedAt.delete(peerId)
    this.members = new Set(conversations.flat())
    // close only what stayed undesired for the settle period (over successive rounds)
    const now = this.now()
    const candidates = new Set(plan.close)
    for (const peerId of [...this.undesiredSince.keys()]) if (!candidates.has(peerId)) this.undesiredSince.delete(peerId)
    const settle = this.init.settleMs ?? ROUTING_SETTLE_MS
    const closing: string[] = []
    for (const peerId of plan.close) {
      const since = this.undesiredSince.get(peerId) ?? now
      this.undesiredSince.set(peerId, since)
      if (now - since >= settle) closing.push(peerId)
    }
    if (closing.length < plan.close.length) this.schedule(settle)
    for (const peerId of closing) {
      this.undesiredSince.delete(peerId)
      this.closedAt.set(peerId, this.now())
      for (const c of lib.getConnections()) {
        if (c.remotePeer.toString() !== peerId || c.direction !== 'outbound') continue
        this.log.debug({ peer: peerId }, 'closing a connection no routing table desires')
        c.close().catch(() => { c.abort(new Error('closed: not desired')) })
      }
    }
    for (const deviceId of plan.dial) this.dial(deviceId, byDevice.get(deviceId))
    return plan
  }

  private dial (deviceId: string, peerId: PeerId | undefined): void {
    if (this.dialing.has(deviceId) || !this.backoff.allowed(deviceId) || this.stopped || this.init.refused?.(deviceId) === true) return
    if (peerId === undefined && this.init.findAddresses === undefined) return
    this.dialing.add(deviceId)
    void (async () => {
      try {
        const signal = AbortSignal.timeout(ROUTING_DIAL_TIMEOUT_MS)
        if (peerId !== undefined) {
          await this.init.node.libp2p.dial(peerId, { signal })
        } else {
          const addrs = (await this.init.findAddresses!(deviceId)).map((a) => multiaddr(a))
          if (addrs.length === 0) throw new Error('no address known')
          await this.init.node.libp2p.dial(addrs, { signal })
        }
        this.backoff.succeed(deviceId)
        this.log.debug({ deviceId }, 'dialed a desired device')
      } catch (err) {
        const delay = this.backoff.fail(deviceId)
        this.log.debug({ deviceId, delay, err: (err as Error).message }, 'dial of a desired device failed')
      } finally {
        this.dialing.delete(deviceId)
      }
    })()
  }
}

/** The planner's view of a libp2p connection. */
export function connectionInfo (c: Connection): ConnectionInfo {
  return {
    peerId: c.remotePeer.toString(),
    deviceId: deviceIdOfPeer(c.remotePeer),
    direction: c.direction === 'outbound' ? 'outbound' : 'inbound',
    openedAt: c.timeline.open,
    busy: c.streams.some((s) => s.protocol !== undefined && s.protocol.startsWith(GIT_PROTOCOL_PREFIX))
  }
}
