// The devices this device has met, kept across restarts (docs/sync.md, "Rejoining after a
// restart"): a restarted device redials them from DATA/peers.json before it asks the DHT.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Connection, IdentifyResult, PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'
import { deviceIdOfPeer } from './keys.ts'
import type { KnownPeer, TransportNode } from './node.ts'

/** The file of the remembered peers inside the data directory. */
export const PEER_MEMORY_FILE = 'peers.json'
/** How many devices are remembered; the least recently seen go first. */
export const PEER_MEMORY_MAX_PEERS = 256
/** How long a device not seen again is remembered, ms (30 days). */
export const PEER_MEMORY_MAX_AGE_MS = 30 * 24 * 3600_000
/** How many addresses are kept per device, newest first. */
export const PEER_MEMORY_MAX_ADDRESSES = 16
/** How long changes wait before they are written (several changes, one write), ms. */
export const PEER_MEMORY_SAVE_DELAY_MS = 2_000
/** The version of the file format. */
const FORMAT_VERSION = 1
/** Longest address kept (a multiaddr longer than this is no real address). */
const MAX_ADDRESS_LENGTH = 1024

/** One remembered device. */
export interface RememberedPeer {
  /** The device id (from the key of the peer id). */
  deviceId: string
  /** Its libp2p peer id. */
  peerId: string
  /** Dialable multiaddrs without the trailing `/p2p/<peerId>`, newest first. */
  addresses: string[]
  /** When it was last connected, ms since the epoch. */
  lastSeen: number
  /** Its account, from its hello. */
  accountUri?: string
}

/** Bounds of the memory. */
export interface PeerMemoryLimits {
  maxPeers: number
  maxAgeMs: number
  maxAddresses: number
}

/** The default bounds. */
export const PEER_MEMORY_LIMITS: PeerMemoryLimits = { maxPeers: PEER_MEMORY_MAX_PEERS, maxAgeMs: PEER_MEMORY_MAX_AGE_MS, maxAddresses: PEER_MEMORY_MAX_ADDRESSES }

/** What was seen of a peer just now. */
export interface PeerSighting {
  peerId: string
  /** New addresses, best first: put before the known ones. */
  addresses?: string[]
  accountUri?: string
}

/** `addr` without a trailing `/p2p/<peerId>` (a relay's `/p2p/<relay>/p2p-circuit` stays). */
export function stripPeer (addr: string, peerId: string): string {
  const suffix = `/p2p/${peerId}`
  return addr.endsWith(suffix) ? addr.slice(0, -suffix.length) : addr
}

/** A checked multiaddr string, or undefined. */
function checkAddress (a: unknown): string | undefined {
  if (typeof a !== 'string' || a === '' || a.length > MAX_ADDRESS_LENGTH) return undefined
  try {
    return multiaddr(a).toString()
  } catch {
    return undefined
  }
}

/** The device id of a peer id string, or undefined when it is none (not a peer id, not Ed25519). */
function deviceOf (peerId: string): string | undefined {
  try {
    return deviceIdOfPeer(peerIdFromString(peerId))
  } catch {
    return undefined
  }
}

/**
 * The remembered peers of a file's text. Nothing here throws: what cannot be read is named in
 * `problems` and left out (a corrupt file is an empty memory, a bad entry is skipped).
 */
export function parsePeerMemory (text: string, limits: PeerMemoryLimits = PEER_MEMORY_LIMITS): { peers: RememberedPeer[], problems: string[] } {
  let obj: unknown
  try {
    obj = JSON.parse(text)
  } catch (err) {
    return { peers: [], problems: [`not JSON: ${(err as Error).message}`] }
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj) || !Array.isArray((obj as { peers?: unknown }).peers)) {
    return { peers: [], problems: ['not an object with a "peers" array'] }
  }
  const problems: string[] = []
  const peers = new Map<string, RememberedPeer>()
  for (const [i, e] of ((obj as { peers: unknown[] }).peers).entries()) {
    const bad = (why: string): void => { problems.push(`entry ${i}: ${why}`) }
    if (e === null || typeof e !== 'object' || Array.isArray(e)) { bad('not an object'); continue }
    const { peerId, deviceId, addresses, lastSeen, accountUri } = e as Record<string, unknown>
    if (typeof peerId !== 'string') { bad('no peerId'); continue }
    const device = deviceOf(peerId)
    if (device === undefined) { bad('peerId is no device key'); continue }
    if (deviceId !== device) { bad('deviceId does not match peerId'); continue }
    if (typeof lastSeen !== 'number' || !Number.isFinite(lastSeen) || lastSeen < 0) { bad('no lastSeen time'); continue }
    if (!Array.isArray(addresses)) { bad('no addresses array'); continue }
    if (accountUri !== undefined && typeof accountUri !== 'string') { bad('accountUri is not a string'); continue }
    const addrs = [...new Set(addresses.map(checkAddress).filter((a) => a !== undefined).map((a) => stripPeer(a, peerId)))].slice(0, limits.maxAddresses)
    const entry: RememberedPeer = { deviceId: device, peerId, addresses: addrs, lastSeen, ...(accountUri === undefined ? {} : { accountUri }) }
    const before = peers.get(peerId)
    if (before === undefined || before.lastSeen < lastSeen) peers.set(peerId, entry)
  }
  return { peers: [...peers.values()], problems }
}

/**
 * The peers to keep at `now`: those seen within `maxAgeMs` (a time in the future counts as now),
 * at most `maxPeers` of them, the most recently seen first.
 */
export function prunePeers (peers: Iterable<RememberedPeer>, now: number, limits: PeerMemoryLimits = PEER_MEMORY_LIMITS): RememberedPeer[] {
  return [...peers]
    .filter((p) => now - p.lastSeen < limits.maxAgeMs)
    .sort((a, b) => b.lastSeen - a.lastSeen || (a.peerId < b.peerId ? -1 : 1))
    .slice(0, limits.maxPeers)
}

/**
 * `before` (may be undefined: a new device) updated with a sighting at `now`: new addresses
 * first, then the known ones, no duplicates, at most `maxAddresses`. Undefined when the peer id
 * is no device key.
 */
export function notePeer (before: RememberedPeer | undefined, seen: PeerSighting, now: number, limits: PeerMemoryLimits = PEER_MEMORY_LIMITS): RememberedPeer | undefined {
  const deviceId = before?.deviceId ?? deviceOf(seen.peerId)
  if (deviceId === undefined) return undefined
  const fresh = (seen.addresses ?? []).map(checkAddress).filter((a) => a !== undefined).map((a) => stripPeer(a, seen.peerId))
  const addresses = [...new Set([...fresh, ...(before?.addresses ?? [])])].slice(0, limits.maxAddresses)
  const accountUri = seen.accountUri ?? before?.accountUri
  return { deviceId, peerId: seen.peerId, addresses, lastSeen: Math.max(now, before?.lastSeen ?? 0), ...(accountUri === undefined ? {} : { accountUri }) }
}

/** The text of the file. */
export function formatPeerMemory (peers: RememberedPeer[]): string {
  return JSON.stringify({ version: FORMAT_VERSION, peers }, null, 1) + '\n'
}

/** Options of {@link PeerMemory}. */
export interface PeerMemoryInit {
  /** The file, e.g. `DATA/peers.json`. */
  file: string
  logger: Logger
  limits?: Partial<PeerMemoryLimits>
  /** Default {@link PEER_MEMORY_SAVE_DELAY_MS}. */
  saveDelayMs?: number
  now?: () => number
}

/**
 * The remembered devices of a data directory: read once ({@link PeerMemory.load}), updated by
 * {@link PeerMemory.saw}, written atomically (a temporary file renamed) a little after the
 * changes, and at {@link PeerMemory.flush}. Bounded and expiring (see {@link PEER_MEMORY_LIMITS}).
 */
export class PeerMemory {
  private readonly init: PeerMemoryInit
  private readonly limits: PeerMemoryLimits
  private readonly now: () => number
  private readonly peers = new Map<string, RememberedPeer>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> = Promise.resolve()
  private dirty = false
  /** Peer ids being put into libp2p's peer store now (see {@link PeerMemory.isSeeding}). */
  readonly seeding = new Set<string>()

  constructor (init: PeerMemoryInit) {
    this.init = init
    this.limits = { ...PEER_MEMORY_LIMITS, ...init.limits }
    this.now = init.now ?? Date.now
  }

  /** Reads the file; a missing file is an empty memory, a bad one is logged and ignored. */
  async load (): Promise<RememberedPeer[]> {
    let text: string
    try {
      text = await readFile(this.init.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.init.logger.warn({ file: this.init.file, err: (err as Error).message }, 'remembered peers not read; starting without them')
      return []
    }
    const { peers, problems } = parsePeerMemory(text, this.limits)
    if (problems.length > 0) this.init.logger.warn({ file: this.init.file, problems: problems.slice(0, 10), count: problems.length }, 'remembered peers: unreadable entries ignored')
    this.peers.clear()
    for (const p of prunePeers(peers, this.now(), this.limits)) this.peers.set(p.peerId, p)
    return this.list()
  }

  /** The remembered devices, the most recently seen first. */
  list (): RememberedPeer[] {
    return prunePeers(this.peers.values(), this.now(), this.limits)
  }

  /** The remembered entry of a peer id. */
  get (peerId: string): RememberedPeer | undefined {
    return this.peers.get(peerId)
  }

  /** The remembered entry of a device id. */
  byDevice (deviceId: string): RememberedPeer | undefined {
    for (const p of this.peers.values()) if (p.deviceId === deviceId) return p
    return undefined
  }

  /** Full dialable addresses of a device (`…/p2p/<peerId>`), newest first; [] when unknown. */
  addressesOf (deviceId: string): string[] {
    const p = this.byDevice(deviceId)
    return p === undefined ? [] : p.addresses.map((a) => `${a}/p2p/${p.peerId}`)
  }

  /** A device seen now (connected, identified or disconnected): remembered, written soon. */
  saw (seen: PeerSighting): void {
    const next = notePeer(this.peers.get(seen.peerId), seen, this.now(), this.limits)
    if (next === undefined) return
    this.peers.set(seen.peerId, next)
    if (this.peers.size > this.limits.maxPeers) {
      const keep = new Set(prunePeers(this.peers.values(), this.now(), this.limits).map((p) => p.peerId))
      for (const id of [...this.peers.keys()]) if (!keep.has(id)) this.peers.delete(id)
    }
    this.changed()
  }

  /**
   * True while `peerId` is being put into libp2p's peer store from this memory. libp2p reports
   * every peer new to its peer store as discovered: a transport's `dialDiscovered` answers false
   * for these, so that the routing tables, not the memory, decide whom to dial.
   */
  isSeeding (peerId: PeerId | string): boolean {
    return this.seeding.has(peerId.toString())
  }

  /** Forgets a device (e.g. refused). */
  forget (peerId: string): void {
    if (this.peers.delete(peerId)) this.changed()
  }

  /** Writes now what changed (waits for a write under way). */
  async flush (): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const run = this.writing.then(async () => {
      if (!this.dirty) return
      this.dirty = false
      try {
        await writeAtomic(this.init.file, formatPeerMemory(this.list()))
      } catch (err) {
        this.dirty = true
        this.init.logger.warn({ file: this.init.file, err: (err as Error).message }, 'remembered peers not written')
      }
    })
    this.writing = run
    await run
  }

  /** Stops the delayed write and writes what is left. */
  async close (): Promise<void> {
    await this.flush()
  }

  private changed (): void {
    this.dirty = true
    if (this.timer !== undefined) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, this.init.saveDelayMs ?? PEER_MEMORY_SAVE_DELAY_MS)
    this.timer.unref?.()
  }
}

/** Writes `text` to `file` through a temporary file and a rename: a reader sees the old or the new file, whole. */
export async function writeAtomic (file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await writeFile(tmp, text, { mode: 0o600 })
    await rename(tmp, file)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

/** Options of {@link rememberPeers}. */
export interface RememberPeersInit {
  node: TransportNode
  memory: PeerMemory
  logger: Logger
}

/**
 * Wires a {@link PeerMemory} to a transport node: the remembered devices' addresses are put in
 * libp2p's peer store (so a dial by peer id finds them; nothing is dialed here: the routing
 * manager dials the desired ones, and the node's `dialDiscovered` should refuse peers for which
 * {@link PeerMemory.isSeeding} is true), and from then on every device whose
 * hello completes is remembered with the addresses it listens on (identify) and the address we
 * dialed, and its last-seen time is renewed when it disconnects. Returns the stop (writes the
 * file a last time).
 */
export async function rememberPeers (init: RememberPeersInit): Promise<() => Promise<void>> {
  const { node, memory, logger } = init
  const lib = node.libp2p
  let seeded = 0
  for (const p of await memory.load()) {
    if (p.addresses.length === 0 || node.isRefused(p.peerId)) continue
    memory.seeding.add(p.peerId)
    try {
      await lib.peerStore.merge(peerIdFromString(p.peerId), { multiaddrs: p.addresses.map((a) => multiaddr(a)) })
      seeded++
    } catch (err) {
      logger.debug({ peer: p.peerId, err: (err as Error).message }, 'a remembered peer was not put in the peer store')
    } finally {
      memory.seeding.delete(p.peerId)
    }
  }
  logger.info({ remembered: seeded }, 'remembered peers loaded')

  // only devices whose hello completed are remembered (a stranger's DHT node is not)
  const dialedAddresses = (peerId: PeerId): string[] => lib.getConnections(peerId)
    .filter((c: Connection) => c.direction === 'outbound' && c.status === 'open')
    .map((c) => c.remoteAddr.toString())
  const offPeer = node.onPeer((peer: KnownPeer) => {
    if (node.isRefused(peer.peerId)) return
    memory.saw({ peerId: peer.peerId.toString(), addresses: dialedAddresses(peer.peerId), accountUri: peer.accountUri })
    // identify may have finished before the hello: take what the peer store has learnt
    lib.peerStore.get(peer.peerId).then((p) => {
      const listen = p.addresses.map((a) => a.multiaddr.toString())
      if (listen.length > 0) memory.saw({ peerId: peer.peerId.toString(), addresses: [...dialedAddresses(peer.peerId), ...listen] })
    }, () => {})
  })
  const onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    const id = evt.detail.peerId
    if (node.identityOf(id) === undefined || node.isRefused(id)) return
    memory.saw({ peerId: id.toString(), addresses: [...dialedAddresses(id), ...evt.detail.listenAddrs.map((a) => a.toString())] })
  }
  const onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    if (node.isRefused(id)) memory.forget(id)
    else if (memory.get(id) !== undefined) memory.saw({ peerId: id })
  }
  lib.addEventListener('peer:identify', onIdentify)
  lib.addEventListener('peer:disconnect', onDisconnect)
  return async () => {
    offPeer()
    lib.removeEventListener('peer:identify', onIdentify)
    lib.removeEventListener('peer:disconnect', onDisconnect)
    // the devices still connected were seen until now
    for (const peer of node.knownPeers()) if (!node.isRefused(peer.peerId)) memory.saw({ peerId: peer.peerId.toString() })
    await memory.close()
  }
}
