import { SERVICES, TransportMethods, healthMethod } from '@skarm/proto'
import type { Method } from '@skarm/proto'
import { DEFAULT_HEALTH_TIMEOUT_MS } from './constants.ts'
import type { NetworkHealth, ServiceHealth } from './types.ts'

/** The part of `@skarm/bus` that {@link busHealth} uses: a request with a timeout. */
export interface BusHealthRequester {
  request<Req, Res>(method: Method<Req, Res>, req: Req, opts?: { timeoutMs?: number }): Promise<Res>
}

/** Options of {@link busHealth}; every field is optional. */
export interface BusHealthInit {
  /** The services to ask (default `SERVICES` of `@skarm/proto`). */
  services?: readonly string[]
  /** How long a service may take to answer before it counts as down (default `DEFAULT_HEALTH_TIMEOUT_MS`, 1.5 s). */
  timeoutMs?: number
  /** This process's own service name: reported up with `process.pid` without a bus round trip. */
  self?: string
  /** The pid reported for `self` (default `process.pid`). */
  selfPid?: number
}

/**
 * The `health` dependency of the gateway over the bus: asks `healthMethod(service)` of every
 * service in parallel; one that fails or does not answer within `timeoutMs` is `down`.
 */
export function busHealth (bus: BusHealthRequester, init: BusHealthInit = {}): () => Promise<Record<string, ServiceHealth>> {
  const services = init.services ?? SERVICES
  const timeoutMs = init.timeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS
  return async () => {
    const entries = await Promise.all(services.map(async (service): Promise<[string, ServiceHealth]> => {
      // the process answering the HTTP request is up, even before its own bus health is served
      if (service === init.self) return [service, { status: 'up', pid: init.selfPid ?? process.pid }]
      try {
        const res = await bus.request(healthMethod(service), {}, { timeoutMs })
        const status = res.status === 'up' ? 'up' : 'down'
        return [service, res.pid > 0 ? { status, pid: res.pid } : { status }]
      } catch {
        return [service, { status: 'down' }]
      }
    }))
    return Object.fromEntries(entries)
  }
}

/**
 * The `network` dependency of the gateway over the bus: the transport's `get_network` answer
 * (reachability, relay reservations, direct and relayed connections); null when it does not
 * answer within `timeoutMs`.
 */
export function busNetwork (bus: BusHealthRequester, init: { timeoutMs?: number } = {}): () => Promise<NetworkHealth | null> {
  const timeoutMs = init.timeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS
  return async () => {
    try {
      const res = await bus.request(TransportMethods.getNetwork, {}, { timeoutMs })
      return {
        reachability: res.reachability === '' ? 'unknown' : res.reachability,
        relays: [...res.relays],
        relayAddresses: [...res.relayAddresses],
        relayServer: res.relayServer,
        reservationsServed: res.reservationsServed,
        connections: { direct: res.directConnections, relayed: res.relayedConnections },
        quic: res.quic
      }
    } catch {
      return null
    }
  }
}
