import { connect, headers, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node'
import { InvalidInputError, SkarmError, UnavailableError, toSkarmError } from '@skarm/errors'
import type { Method, ProtoType } from '@skarm/proto'
import type { Logger } from 'pino'
import { DEFAULT_REQUEST_TIMEOUT_MS, ERROR_HEADER, RECONNECT_WAIT_MS } from './constants.ts'
import { decodeError, encodeError, requestFailure } from './errors.ts'

/** The device bus: protobuf request/reply and events over the local NATS server. */
export interface Bus {
  /**
   * Sends a request and waits for its reply. Rejects with the SkarmError the handler threw,
   * `UnavailableError('SERVICE_UNAVAILABLE')` when nobody serves the method, or
   * `UnavailableError('SERVICE_TIMEOUT')` after `timeoutMs` (default 10 s).
   */
  request: <Req, Res>(method: Method<Req, Res>, req: Req, opts?: { timeoutMs?: number }) => Promise<Res>
  /**
   * Answers a method. Handlers run concurrently; a thrown error is sent back to the caller,
   * a request that does not decode is answered with `InvalidInputError('BAD_BUS_PAYLOAD')`.
   * Instances with the same `queue` share the requests.
   */
  serve: <Req, Res>(method: Method<Req, Res>, handler: (req: Req) => Promise<Res> | Res, opts?: { queue?: string }) => void
  /** Publishes an event (fire and forget). */
  publish: <T>(subject: string, type: ProtoType<T>, msg: T) => void
  /** Receives decoded events (wildcards allowed); returns the unsubscribe function. Undecodable events are logged and dropped. */
  subscribe: <T>(subject: string, type: ProtoType<T>, handler: (msg: T, subject: string) => void) => () => void
  /** Receives raw payloads (wildcards allowed); returns the unsubscribe function. */
  subscribeRaw: (subject: string, handler: (data: Uint8Array, subject: string) => void) => () => void
  /** Resolves once the server has seen everything sent so far. */
  flush: () => Promise<void>
  /** Drains: lets in-flight handlers answer, delivers what is buffered, then closes. */
  close: () => Promise<void>
}

/** Options of {@link connectBus}. */
export interface BusOptions {
  /** NATS URL(s), comma-separated: `nats://127.0.0.1:4222`. */
  servers: string
  /** Auth token of the server, when it has one. */
  token?: string
  /** Client name shown by the server (the service name). */
  name: string
  /** Where connection events and handler failures are logged; silent by default. */
  logger?: Logger
}

function isPromise (v: unknown): v is PromiseLike<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as { then?: unknown }).then === 'function'
}

class NatsBus implements Bus {
  readonly #nc: NatsConnection
  readonly #log: Logger
  readonly #subs = new Set<Subscription>()

  constructor (nc: NatsConnection, log: Logger) {
    this.#nc = nc
    this.#log = log
  }

  async request<Req, Res> (method: Method<Req, Res>, req: Req, opts: { timeoutMs?: number } = {}): Promise<Res> {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    let payload: Uint8Array
    try {
      payload = method.request.encode(req).finish()
    } catch (err) {
      throw new InvalidInputError('BAD_BUS_PAYLOAD', 'the request does not encode', { subject: method.subject }, { cause: err })
    }
    let reply: Msg
    try {
      reply = await this.#nc.request(method.subject, payload, { timeout: timeoutMs })
    } catch (err) {
      throw requestFailure(err, method.subject, timeoutMs)
    }
    if (reply.headers?.get(ERROR_HEADER) === '1') throw decodeError(reply.data, method.subject)
    try {
      return method.response.decode(reply.data)
    } catch (err) {
      throw new SkarmError('BAD_BUS_REPLY', 'a reply did not decode', { subject: method.subject }, { cause: err })
    }
  }

  serve<Req, Res> (method: Method<Req, Res>, handler: (req: Req) => Promise<Res> | Res, opts: { queue?: string } = {}): void {
    const sub = this.#nc.subscribe(method.subject, {
      queue: opts.queue,
      // The callback returns at once: each request is handled on its own, so a slow one never
      // holds the others back (handlers run concurrently).
      callback: (err, msg) => {
        if (err !== null) {
          this.#log.warn({ err, subject: method.subject }, 'bus subscription error')
          return
        }
        void this.#answer(method, handler, msg)
      }
    })
    this.#track(sub)
  }

  async #answer<Req, Res> (method: Method<Req, Res>, handler: (req: Req) => Promise<Res> | Res, msg: Msg): Promise<void> {
    let body: Uint8Array
    try {
      let req: Req
      try {
        req = method.request.decode(msg.data)
      } catch (err) {
        throw new InvalidInputError('BAD_BUS_PAYLOAD', `the request to ${method.subject} does not decode`, { subject: method.subject }, { cause: err })
      }
      const res = handler(req)
      const value = isPromise(res) ? await res : res
      try {
        body = method.response.encode(value).finish()
      } catch (err) {
        throw new SkarmError('BAD_BUS_REPLY', `the reply of ${method.subject} does not encode`, { subject: method.subject }, { cause: err })
      }
    } catch (err) {
      const e = toSkarmError(err)
      if (e.kind === 'internal') this.#log.error({ err, code: e.code, subject: method.subject }, 'bus handler failed')
      else this.#log.debug({ code: e.code, subject: method.subject }, 'bus handler refused a request')
      this.#reply(msg, encodeError(e), true)
      return
    }
    this.#reply(msg, body, false)
  }

  #reply (msg: Msg, body: Uint8Array, isError: boolean): void {
    if (msg.reply === undefined || msg.reply === '') return
    try {
      if (isError) {
        const h = headers()
        h.set(ERROR_HEADER, '1')
        msg.respond(body, { headers: h })
      } else {
        msg.respond(body)
      }
    } catch (err) {
      // the connection closed under us: the caller will see a timeout
      this.#log.warn({ err, subject: msg.subject }, 'bus reply not sent')
    }
  }

  publish<T> (subject: string, type: ProtoType<T>, msg: T): void {
    this.#nc.publish(subject, type.encode(msg).finish())
  }

  subscribe<T> (subject: string, type: ProtoType<T>, handler: (msg: T, subject: string) => void): () => void {
    return this.subscribeRaw(subject, (data, subj) => {
      let msg: T
      try {
        msg = type.decode(data)
      } catch (err) {
        this.#log.warn({ err, subject: subj }, 'bus event dropped: does not decode')
        return
      }
      handler(msg, subj)
    })
  }

  subscribeRaw (subject: string, handler: (data: Uint8Array, subject: string) => void): () => void {
    const sub = this.#nc.subscribe(subject, {
      callback: (err, msg) => {
        if (err !== null) {
          this.#log.warn({ err, subject }, 'bus subscription error')
          return
        }
        try {
          handler(msg.data, msg.subject)
        } catch (e) {
          // one faulty listener must not take the others (or the process) down
          this.#log.error({ err: e, subject: msg.subject }, 'bus event handler failed')
        }
      }
    })
    this.#track(sub)
    return () => {
      this.#subs.delete(sub)
      if (!sub.isClosed()) sub.unsubscribe()
    }
  }

  #track (sub: Subscription): void {
    this.#subs.add(sub)
    void sub.closed.then(() => this.#subs.delete(sub), () => this.#subs.delete(sub))
  }

  async flush (): Promise<void> {
    try {
      await this.#nc.flush()
    } catch (err) {
      throw new UnavailableError('BUS_CLOSED', 'the bus connection is closed', {}, { cause: err })
    }
  }

  async close (): Promise<void> {
    if (this.#nc.isClosed()) return
    try {
      await this.#nc.drain()
    } catch (err) {
      // already draining or closed: either way it ends closed
      this.#log.debug({ err }, 'bus drain failed; closing')
      await this.#nc.close().catch(() => {})
    }
  }

  /** Logs disconnections and reconnections until the connection closes. */
  async watchStatus (): Promise<void> {
    for await (const s of this.#nc.status()) {
      if (s.type === 'disconnect') this.#log.warn({ server: s.server }, 'bus disconnected')
      else if (s.type === 'reconnect') this.#log.info({ server: s.server }, 'bus reconnected')
      else if (s.type === 'error') this.#log.warn({ err: s.error }, 'bus server error')
    }
  }
}

/**
 * Connects to the device's NATS server. The first connection must succeed (else
 * `UnavailableError('BUS_UNAVAILABLE')`); after that the client reconnects forever.
 */
export async function connectBus (opts: BusOptions): Promise<Bus> {
  // loaded only when needed: every Skarm process passes its own logger
  const log = opts.logger ?? (await import('pino')).pino({ level: 'silent' })
  let nc: NatsConnection
  try {
    nc = await connect({
      servers: opts.servers.split(',').map((s) => s.trim()).filter((s) => s !== ''),
      token: opts.token,
      name: opts.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: RECONNECT_WAIT_MS,
      // no stack captured per request: every message pays for it, and a bus error carries
      // its method and code already
      noAsyncTraces: true
    })
  } catch (err) {
    throw new UnavailableError('BUS_UNAVAILABLE', `cannot connect to the bus at ${opts.servers}: ${err instanceof Error ? err.message : String(err)}`, { servers: opts.servers }, { cause: err })
  }
  const bus = new NatsBus(nc, log)
  void bus.watchStatus().catch(() => {})
  return bus
}
