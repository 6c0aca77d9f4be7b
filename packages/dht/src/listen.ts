import { multiaddr } from '@multiformats/multiaddr'

/**
 * A listen address on the same host as `addr` but port 0, so the DHT node listens where
 * the transport does without taking its port: `/ip4/0.0.0.0/tcp/4001` → `/ip4/0.0.0.0/tcp/0`.
 */
export function withPortZero (addr: string): string {
  return multiaddr(addr.replace(/\/tcp\/\d+/, '/tcp/0')).toString()
}

/** `addr` up to its TCP port, with `port` instead: `/ip4/H/tcp/4001/p2p/X` → `/ip4/H/tcp/<port>`. */
function atTcpPort (addr: string, port: number): string {
  return multiaddr(addr.replace(/\/tcp\/\d+.*$/, `/tcp/${port}`)).toString()
}

/**
 * The DHT node's listen addresses: the TCP addresses of the transport's `listen`, on the
 * device's own DHT port (`dhtPort` of DATA/config.json, chosen once: peers that met our DHT
 * node find it again at the same address after a restart). Where the transport asks for any
 * port (`/tcp/0`), or no `dhtPort` is set, the DHT takes any port too. Non-TCP addresses (QUIC)
 * are the transport's own: none of them here.
 */
export function dhtListen (transportListen: string[], dhtPort?: number): string[] {
  const out = new Set<string>()
  for (const addr of transportListen) {
    const m = /\/tcp\/(\d+)/.exec(addr)
    if (m === null) continue
    const port = m[1] === '0' || dhtPort === undefined ? 0 : dhtPort
    out.add(atTcpPort(addr, port))
  }
  return out.size > 0 ? [...out] : ['/ip4/0.0.0.0/tcp/0']
}


/**
 * The DHT node's announced addresses: the hosts of the device's `announce` addresses (TCP ones)
 * at the port the DHT node listens on. A device that tells the world where its transport is
 * (a relay on a public host) tells where its DHT node is too: AutoNAT runs in the transport
 * only, and without an announced address a public DHT node offers no address to store records
 * on. Empty when the DHT listens on any port (`port` 0).
 *
 * ```ts
 * dhtAnnounce(['/ip4/203.0.113.5/tcp/4001'], 4002) // ['/ip4/203.0.113.5/tcp/4002']
 * ```
 */
export function dhtAnnounce (announce: string[], port: number): string[] {
  if (port === 0) return []
  const out = new Set<string>()
  for (const addr of announce) {
    if (!/\/tcp\/\d+/.test(addr)) continue
    out.add(atTcpPort(addr, port))
  }
  return [...out]
}

/** How often the transport's peers are looked at for DHT nodes to join while the routing table is empty, ms. */
export const PEER_SCAN_ALONE_MS = 2_000
/** How often once the DHT node has peers, ms. */
export const PEER_SCAN_MS = 30_000

/**
 * When to look at the transport's peers next: soon while our DHT node knows nobody (a device
 * just started: its transport redials remembered devices within seconds, their DHT nodes are
 * joined as soon as they are connected), every {@link PEER_SCAN_MS} after that.
 */
export function peerScanDelay (routingTableSize: number): number {
  return routingTableSize === 0 ? PEER_SCAN_ALONE_MS : PEER_SCAN_MS
}
