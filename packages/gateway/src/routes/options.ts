import type { GatewayDeps } from '../types.ts'

/** The options every route plugin receives: the gateway's deps and its resolved init. */
export interface RouteOptions {
  deps: GatewayDeps
  heartbeatMs: number
  maxEventBacklog: number
}
