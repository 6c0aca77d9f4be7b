import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import { askDhtAddr } from '@skarm/transport'
import type { Libp2p, PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'

/** Backoff of {@link TransportResolver} retries. */
export interface ResolverInit {
  minDelayMs?: number
  maxDelayMs?: number
}

/** Attempts at a non-persistent address before it is forgotten. */
const TRANSIENT_ATTEMPTS = 3

interface Target {
  /** The transport address (ends in /p2p/<transport peer id>). */
  addr: Multiaddr
  /** The DHT node learned through it. */
  dhtPeer?: string
  failures: number
  /** Followed for good (a bootstrap address), or dropped after a few failures (a peer seen once). */
  persistent: boolean
  timer?: ReturnType<typeof setTimeout>
  busy: boolean
}

/**
 * Keeps the DHT node connected to the DHT nodes of other devices known only by a TRANSPORT
 * address (`--bootstrap`, or a transport peer): asks that transport over
 * `/skarm/dht-addr/1.0.0` where its device's DHT listens, dials that, and asks again (with
 * jittered exponential backoff) whenever the learned DHT peer drops: a device that restarts
 * gets a new DHT port.
 */
export class TransportResolver {
  readonly #node: Libp2p
  readonly #log: Logger
  readonly #min: number
  readonly #max: number
  readonly #targets = new Map<string, Target>()
  #stopped = false
  readonly #onDisconnect: (evt: CustomEvent<PeerId>) => void

  constructor (node: Libp2p, logger: Logger, init: ResolverInit = {}) {
    this.#node = node
    this.#log = logger
    this.#min = init.minDelayMs ?? 1_000
    this.#max = init.maxDelayMs ?? 60_000
    this.#onDisconnect = (evt) => {
      const id = evt.detail.toString()
      for (const t of this.#targets.values()) if (t.dhtPeer === id) this.#schedule(t)
    }
    node.addEventListener('peer:disconnect', this.#onDisconnect)
  }

  /** Transport addresses being followed. */
  get size (): number { return this.#targets.size }

  /**
   * Follows a transport address (with `/p2p/`); `dhtAddresses` when already known (asked on
   * the connection that revealed it). No effect for an address already followed.
   */
  add (addr: string | Multiaddr, dhtAddresses?: string[], options: { persistent?: boolean } = {}): void {
    if (this.#stopped) return
    const ma = multiaddr(addr.toString())
    const key = ma.toString()
    if (this.#targets.has(key)) return
    const t: Target = { addr: ma, failures: 0, busy: false, persistent: options.persistent ?? true }
    this.#targets.set(key, t)
    void this.#resolve(t, dhtAddresses)
  }

  #schedule (t: Target): void {
    if (this.#stopped || t.timer != null || t.busy) return
    const base = Math.min(this.#max, this.#min * 2 ** Math.min(t.failures, 30))
    t.timer = setTimeout(() => { t.timer = undefined; void this.#resolve(t) }, Math.round(base * (0.75 + 0.5 * Math.random())))
  }

  async #resolve (t: Target, known?: string[]): Promise<void> {
    if (this.#stopped || t.busy) return
    t.busy = true
    try {
      const addrs = known ?? await askDhtAddr(this.#node, t.addr)
      // We reached its transport only to ask: hang up, its DHT is the peer we keep.
      if (known === undefined) await this.#hangUp(t.addr)
      const self = this.#node.peerId.toString()
      const mas = addrs.map(a => multiaddr(a)).filter(a => a.getComponents().findLast(c => c.name === 'p2p')?.value !== self)
      if (mas.length === 0) throw new Error('no DHT address to dial')
      const conn = await this.#node.dial(mas)
      t.dhtPeer = conn.remotePeer.toString()
      t.failures = 0
      this.#log.debug({ transport: t.addr.toString(), dht: t.dhtPeer }, 'dht peer found through its transport')
    } catch (err) {
      t.failures++
      this.#log.debug({ transport: t.addr.toString(), failures: t.failures, err: (err as Error).message }, 'dht address of a transport not resolved')
      t.busy = false
      if (!t.persistent && t.failures >= TRANSIENT_ATTEMPTS) {
        this.#targets.delete(t.addr.toString())
        return
      }
      this.#schedule(t)
      return
    }
    t.busy = false
  }

  async #hangUp (addr: Multiaddr): Promise<void> {
    const id = addr.getComponents().findLast(c => c.name === 'p2p')?.value
    if (id === undefined) return
    for (const c of this.#node.getConnections()) {
      if (c.remotePeer.toString() === id) await c.close().catch(() => {})
    }
  }

  stop (): void {
    this.#stopped = true
    this.#node.removeEventListener('peer:disconnect', this.#onDisconnect)
    for (const t of this.#targets.values()) clearTimeout(t.timer)
  }
}
