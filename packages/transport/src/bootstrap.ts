import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Connection, Libp2p, PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'
import { BOOTSTRAP_MAX_DELAY_MS, BOOTSTRAP_MIN_DELAY_MS } from './constants.ts'

/** Options of {@link startBootstrapDialer}; every field optional. */
export interface BootstrapDialerInit {
  /** First redial delay in ms; doubles after each failure. Default {@link BOOTSTRAP_MIN_DELAY_MS}. */
  minDelayMs?: number
  /** Cap of the redial delay in ms. Default {@link BOOTSTRAP_MAX_DELAY_MS}. */
  maxDelayMs?: number
  /** A number in [0, 1) for jitter. Default `Math.random`. */
  random?: () => number
  /**
   * Decides whether a bootstrap peer is worth keeping once connected (e.g. it speaks the
   * DHT protocol); false closes the connection and drops the address for good. Default: keep.
   */
  keep?: (connection: Connection) => Promise<boolean>
}

/** A running bootstrap dialer. */
export interface BootstrapDialer {
  /** Cancels every pending redial. */
  stop: () => void
}

interface Target {
  addr: Multiaddr
  /** From `/p2p/<id>` in the address, or learned from the first connection. */
  peerId?: string
  failures: number
  timer?: ReturnType<typeof setTimeout>
  dialing: boolean
}

function peerIdOf (addr: Multiaddr): string | undefined {
  return addr.getComponents().findLast(c => c.name === 'p2p')?.value
}

/**
 * Dials every bootstrap address now, and again whenever that peer disconnects or a dial
 * fails, with exponential backoff (jittered, capped): a bootstrap peer that goes away and
 * comes back is reconnected without anyone asking. Our own address is skipped.
 */
export function startBootstrapDialer (node: Libp2p, addrs: Array<string | Multiaddr>, logger: Logger, init: BootstrapDialerInit = {}): BootstrapDialer {
  const minDelay = init.minDelayMs ?? BOOTSTRAP_MIN_DELAY_MS
  const maxDelay = init.maxDelayMs ?? BOOTSTRAP_MAX_DELAY_MS
  const random = init.random ?? Math.random
  const self = node.peerId.toString()
  let stopped = false
  const targets: Target[] = addrs.map(a => multiaddr(a.toString()))
    .filter(addr => peerIdOf(addr) !== self)
    .map(addr => ({ addr, peerId: peerIdOf(addr), failures: 0, dialing: false }))

  const schedule = (t: Target): void => {
    if (stopped || t.timer != null || t.dialing) return
    const base = Math.min(maxDelay, minDelay * 2 ** Math.min(t.failures, 30))
    const delay = Math.round(base * (0.75 + 0.5 * random()))
    t.timer = setTimeout(() => { t.timer = undefined; void dial(t) }, delay)
  }

  const dial = async (t: Target): Promise<void> => {
    if (stopped || t.dialing) return
    t.dialing = true
    try {
      const conn = await node.dial(t.addr)
      const remote = conn.remotePeer.toString()
      if (remote === self) {
        // Our own listen address given as a bootstrap peer: nothing to keep alive.
        targets.splice(targets.indexOf(t), 1)
        await conn.close().catch(() => {})
        return
      }
      // A failing check keeps the peer: only a clear "no" may lose a bootstrap peer.
      if (init.keep !== undefined && !(await init.keep(conn).catch(() => true))) {
        logger.info({ peer: remote, addr: t.addr.toString() }, 'bootstrap peer dropped: not the kind of node wanted')
        targets.splice(targets.indexOf(t), 1)
        await conn.close().catch(() => {})
        return
      }
      t.peerId = remote
      t.failures = 0
      logger.debug({ peer: remote, addr: t.addr.toString() }, 'bootstrap peer connected')
    } catch (err) {
      t.failures++
      logger.debug({ addr: t.addr.toString(), failures: t.failures, err: (err as Error).message }, 'bootstrap dial failed')
      t.dialing = false
      schedule(t)
      return
    }
    t.dialing = false
  }

  const onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    for (const t of targets) {
      if (t.peerId === id) {
        logger.info({ peer: id }, 'bootstrap peer disconnected, redialing')
        schedule(t)
      }
    }
  }

  node.addEventListener('peer:disconnect', onDisconnect)
  for (const t of targets) void dial(t)

  return {
    stop: () => {
      stopped = true
      node.removeEventListener('peer:disconnect', onDisconnect)
      for (const t of targets) clearTimeout(t.timer)
    }
  }
}
