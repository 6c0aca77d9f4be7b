import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { PeerId } from '@libp2p/interface'

const WILDCARDS = new Set(['0.0.0.0', '::'])

/** The interfaces of this host, as `os.networkInterfaces()` gives them. */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>

function isLinkLocal (info: NetworkInterfaceInfo): boolean {
  return info.family === 'IPv6' ? info.address.toLowerCase().startsWith('fe80:') : info.address.startsWith('169.254.')
}

/**
 * The addresses another device can dial: every listen address as a full multiaddr ending in
 * `/p2p/<peerId>`, with wildcard hosts (`0.0.0.0`, `::`) replaced by this host's concrete
 * interface addresses of the same family (never link-local), duplicates removed.
 * Relayed addresses (`/…/p2p/<relay>/p2p-circuit/p2p/<us>`) are kept: the DHT's device record
 * and peers learn how to reach a device behind a NAT.
 * libp2p's TCP listener already expands wildcards; this is the guarantee at our edge.
 */
export function dialableAddresses (addrs: Multiaddr[], peerId: PeerId, interfaces: Interfaces = networkInterfaces()): string[] {
  const suffix = `/p2p/${peerId.toString()}`
  const out = new Set<string>()
  for (const addr of addrs) {
    const text = addr.toString()
    const host = addr.getComponents()[0]
    let hosts = [text]
    if (host != null && (host.name === 'ip4' || host.name === 'ip6') && host.value != null && WILDCARDS.has(host.value)) {
      const family = host.name === 'ip4' ? 'IPv4' : 'IPv6'
      const rest = text.slice(`/${host.name}/${host.value}`.length)
      hosts = Object.values(interfaces).flatMap(list => list ?? [])
        .filter(info => info.family === family && !isLinkLocal(info))
        .map(info => multiaddr(`/${host.name}/${info.address}${rest}`).toString())
    }
    // a relayed address (`…/p2p/<relay>/p2p-circuit`) is kept: it gets our id after the circuit
    for (const h of hosts) out.add(/\/p2p\/[^/]+$/.test(h) ? h : h + suffix)
  }
  return [...out]
}
