import type { FastifyBaseLogger } from 'fastify'
import type { Method, ProtoType, StoreMethods, SyncMethods } from '@skarm/proto'

/** The request type of a bus method. */
export type RequestOf<M> = M extends Method<infer Req, infer _Res> ? Req : never

/** The response type of a bus method. */
export type ResponseOf<M> = M extends Method<infer _Req, infer Res> ? Res : never

/**
 * The store as the gateway sees it: one async method per entry of `StoreMethods`, same
 * names and protobuf types (`store.sendMessage(req) → SendMessageResponse`). Errors are
 * `SkarmError`s; their `kind` decides the HTTP status.
 */
export type StoreClient = {
  [K in keyof typeof StoreMethods]: (req: RequestOf<typeof StoreMethods[K]>) => Promise<ResponseOf<typeof StoreMethods[K]>>
}

/** The store's sync methods as the gateway sees them (conversation requests, PUBLIC joins). */
export type SyncClient = {
  [K in keyof typeof SyncMethods]: (req: RequestOf<typeof SyncMethods[K]>) => Promise<ResponseOf<typeof SyncMethods[K]>>
}

/** The health of one service process of the device stack. */
export interface ServiceHealth {
  status: 'up' | 'down'
  pid?: number
}

/** One event of `GET /v1/events`: a JSON object whose `event` is a Jami signal name. */
export interface GatewayEvent {
  event: string
  [key: string]: unknown
}

/**
 * How the device reaches and is reached by others (docs/sync.md, "Reaching devices behind
 * NATs"), as the transport reports it.
 */
export interface NetworkHealth {
  /** `public` (a public address verified by AutoNAT), `nat` (behind a NAT, or LAN only), `unknown`. */
  reachability: string
  /** Peer ids of the relays we hold a reservation on, and our `/p2p-circuit` addresses. */
  relays: string[]
  relayAddresses: string[]
  /** This device serves as a relay (`skarm up --relay`), and how many reservations it holds for others. */
  relayServer: boolean
  reservationsServed: number
  /** Open connections, direct and relayed. */
  connections: { direct: number, relayed: number }
  /** QUIC is listened on (`skarm up --quic`). */
  quic: boolean
}

/** A source of {@link GatewayEvent}s; `subscribe` returns the function that unsubscribes. */
export interface GatewayEventSource {
  subscribe: (handler: (evt: GatewayEvent) => void) => () => void
}

/** What {@link buildGateway} needs: the store, the health of every service, the events. */
export interface GatewayDeps {
  store: StoreClient
  /** Conversation requests and joins (`/v1/requests`, `POST …/join`); absent: those routes answer 503. */
  sync?: SyncClient
  /** Every service of the stack by name; a service that does not answer is `down`. */
  health: () => Promise<Record<string, ServiceHealth>>
  /** The transport's network view for `/v1/health` (`network`; null when the transport does not answer). Absent: not reported. */
  network?: () => Promise<NetworkHealth | null>
  events: GatewayEventSource
}

/** Options of {@link buildGateway}; every field is optional. */
export interface GatewayInit {
  /** A pino logger for requests and failures (default: no logging). */
  logger?: FastifyBaseLogger
  /** SSE heartbeat interval in ms (default `DEFAULT_HEARTBEAT_MS`, 15 s). */
  heartbeatMs?: number
  /** Largest request body in bytes (default `DEFAULT_BODY_LIMIT`, 1 MiB). */
  bodyLimit?: number
  /** Unread SSE bytes after which a client's stream is dropped (default `DEFAULT_MAX_EVENT_BACKLOG`, 1 MiB). */
  maxEventBacklog?: number
}

/** The part of `@skarm/bus` that {@link busStoreClient} uses. */
export interface BusRequester {
  request<Req, Res>(method: Method<Req, Res>, req: Req): Promise<Res>
}

/** The part of `@skarm/bus` that {@link busEvents} uses. */
export interface BusSubscriber {
  subscribe<T>(subject: string, type: ProtoType<T>, handler: (msg: T, subject: string) => void): () => void
}
