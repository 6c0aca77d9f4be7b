import { multiaddr } from '@multiformats/multiaddr'

/**
 * A listen address on the same host as `addr` but port 0, so the DHT node listens where
 * the transport does without taking its port: `/ip4/0.0.0.0/tcp/4001` → `/ip4/0.0.0.0/tcp/0`.
 */
export function withPortZero (addr: string): string {
  return multiaddr(addr.replace(/\/tcp\/\d+/, '/tcp/0')).toString()
}
