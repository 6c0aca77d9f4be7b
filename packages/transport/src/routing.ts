// The swarm routing table (docs/sync.md, Routing): per conversation, the devices are sorted
// into buckets by the XOR distance of their device id to ours, as Jami's swarm routing table;
// each bucket keeps at most K devices connected ("desired"), the others are only known.
// Pure: no I/O, no clock.

/** Devices kept connected per bucket. */
export const ROUTING_K = 2

/** Bits of a device id (SPEC.md §2: 20 bytes, 40 hex digits). */
export const DEVICE_ID_BITS = 160

const HEX40 = /^[0-9a-f]{40}$/

/** True when `id` is a device id: 40 lowercase hex digits. */
export function isDeviceId (id: string): boolean {
  return HEX40.test(id)
}

/**
 * How many leading bits two device ids share (160 when equal): the bucket index of `b`
 * in `a`'s table (and of `a` in `b`'s).
 */
export function commonPrefixBits (a: string, b: string): number {
  for (let i = 0; i < 40; i++) {
    const x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)
    if (x !== 0) return i * 4 + Math.clz32(x) - 28
  }
  return DEVICE_ID_BITS
}

/** The XOR of two device ids, as 40 hex digits: compares as the Kademlia distance. */
export function xorDistance (a: string, b: string): string {
  let out = ''
  for (let i = 0; i < 40; i++) out += (parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)).toString(16)
  return out
}

/** One bucket: the devices sharing exactly `index` leading bits with ours. */
export interface Bucket {
  index: number
  /** At most K: kept connected (connected ones first, then nearest by XOR distance). */
  desired: string[]
  /** The rest, nearest first: replacements when a desired device drops. */
  known: string[]
}

/** A conversation's routing table, seen from device `self`. */
export interface RoutingTable {
  self: string
  /** Non-empty buckets, by increasing index (the farthest half of the swarm first). */
  buckets: Bucket[]
}

/** What the order inside a bucket depends on. */
export interface TableOptions {
  /** Devices connected now (either direction). */
  connected?: ReadonlySet<string>
  /**
   * Of those, the ones that dialed us: the remote keeps that connection anyway (it desires
   * us), so choosing it costs no connection. Taken before the other connected ones.
   */
  inbound?: ReadonlySet<string>
  /** Devices we cannot reach now (no address, dials failing): taken last. */
  unreachable?: ReadonlySet<string>
  /** Desired devices per bucket. Default {@link ROUTING_K}. */
  k?: number
}

/**
 * The routing table of `self` over `devices` (the device ids of one conversation; `self`,
 * duplicates and malformed ids are ignored). In each bucket the devices in `connected` come
 * first (a connection that works is not traded for a nearer device: no churn), those that
 * dialed us (`inbound`) before those we dialed; then the reachable ones, then the unreachable
 * ones (so a dropped device is replaced from the bucket's known devices); each group nearest
 * first by XOR distance; the first `k` are desired.
 */
export function routingTable (self: string, devices: Iterable<string>, opts: TableOptions = {}): RoutingTable {
  const connected = opts.connected ?? new Set()
  const inbound = opts.inbound ?? new Set()
  const unreachable = opts.unreachable ?? new Set()
  const k = opts.k ?? ROUTING_K
  const byBucket = new Map<number, string[]>()
  for (const id of new Set(devices)) {
    if (id === self || !isDeviceId(id)) continue
    const index = commonPrefixBits(self, id)
    const list = byBucket.get(index)
    if (list === undefined) byBucket.set(index, [id])
    else list.push(id)
  }
  const buckets: Bucket[] = []
  for (const index of [...byBucket.keys()].sort((a, b) => a - b)) {
    const ordered = byBucket.get(index)!
      .map((id) => ({ id, rank: inbound.has(id) ? 0 : connected.has(id) ? 1 : unreachable.has(id) ? 3 : 2, distance: xorDistance(self, id) }))
      .sort((a, b) => a.rank - b.rank || (a.distance < b.distance ? -1 : a.distance > b.distance ? 1 : 0))
      .map((e) => e.id)
    buckets.push({ index, desired: ordered.slice(0, k), known: ordered.slice(k) })
  }
  return { self, buckets }
}

/**
 * The devices `self` keeps connected over all its conversations (`conversations`: the device
 * ids of each): the union of the desired devices of every conversation's table.
 */
export function desiredDevices (self: string, conversations: Iterable<Iterable<string>>, opts: TableOptions = {}): Set<string> {
  const out = new Set<string>()
  for (const devices of conversations) {
    for (const bucket of routingTable(self, devices, opts).buckets) {
      for (const id of bucket.desired) out.add(id)
    }
  }
  return out
}

/**
 * The most devices `self` desires in one conversation whatever is connected:
 * the sum over its buckets of min(k, bucket size).
 */
export function tableCapacity (self: string, devices: Iterable<string>, k: number = ROUTING_K): number {
  return routingTable(self, devices, { k }).buckets.reduce((n, b) => n + b.desired.length, 0)
}
