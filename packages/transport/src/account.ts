// `/skarm/account/1.0.0`: the account state (preferences, removals, requests, last displayed,
// contacts, devices) between the devices of ONE account (docs/sync.md, Accounts). Only a peer
// whose hello proved our account, and that our state does not list as revoked, is sent to or
// listened to. When such a device's hello completes, each side sends its whole state; after a
// change here, the changed entries go to every connected own device; now and then the whole
// state again (what a lost message or a store that was not up yet missed).
import type { Connection, Stream } from '@libp2p/interface'
import type { Logger } from 'pino'
import type { KnownPeer, TransportNode } from './node.ts'
import { Backoff } from './sync/backoff.ts'
import { readMessage, sendMessage } from './sync/framing.ts'
import { ON_LIMITED, openStream } from './nat.ts'

/** The account state protocol. */
export const ACCOUNT_PROTOCOL = '/skarm/account/1.0.0'
/** The message type: `{"type":"account-state","entries":{"<key>":{"v","c","d"}}}`. */
export const ACCOUNT_MESSAGE_TYPE = 'account-state'
/** Largest message, bytes; a larger state goes in several messages. */
export const ACCOUNT_MAX_BYTES = 1 << 20
/** Changes of one burst go together, this long after the first, ms. */
export const ACCOUNT_CHANGE_DELAY_MS = 200
/** The whole state goes again to every connected own device this often, ms. */
export const ACCOUNT_RESEND_MS = 5 * 60_000
/** How long sending or reading one message may take, ms. */
const ACCOUNT_TIMEOUT_MS = 20_000
/** A failed send to a device is tried again after this delay, doubling, capped, ms. */
const RETRY_BASE_MS = 5_000
const RETRY_MAX_MS = 5 * 60_000

/** Entries as the store keeps them: `{"<key>": {"v", "c", "d"}}` (checked by the store: `checkEntries`). */
export type AccountEntriesJson = Record<string, unknown>

/** What the protocol asks of the device (the store, over the bus). */
export interface AccountBackend {
  /** Every entry of our account state. */
  entries: () => Promise<AccountEntriesJson>
  /** Entries received from `fromDeviceId`, a device of our account (the store checks and merges them). */
  merge: (fromDeviceId: string, entries: AccountEntriesJson) => Promise<void>
}

/** Options of {@link AccountProtocol}. */
export interface AccountProtocolInit {
  node: Pick<TransportNode, 'libp2p' | 'deviceId' | 'knownPeers' | 'identityOf' | 'onPeer'>
  /** Our account URI. */
  ownUri: string
  backend: AccountBackend
  logger: Logger
  maxBytes?: number
  changeDelayMs?: number
  resendMs?: number
}

/** The devices of `entries`' `device/<id>` keys, split by revocation. */
export function devicesOfEntries (entries: AccountEntriesJson): { live: Set<string>, revoked: Set<string> } {
  const live = new Set<string>()
  const revoked = new Set<string>()
  for (const [key, e] of Object.entries(entries)) {
    const m = /^device\/([0-9a-f]{40})$/.exec(key)
    if (m === null) continue
    const v = (e as { v?: unknown } | null)?.v
    if (v === null || v === undefined) continue
    if (typeof v === 'object' && (v as { revoked?: unknown }).revoked === true) revoked.add(m[1]!)
    else live.add(m[1]!)
  }
  for (const id of revoked) live.delete(id)
  return { live, revoked }
}

/**
 * Splits entries into messages of at most `maxBytes` of JSON each (keys in order). An entry
 * too large for any message is left out (the store's values are at most 64 KiB).
 */
export function chunkEntries (entries: AccountEntriesJson, maxBytes = ACCOUNT_MAX_BYTES): AccountEntriesJson[] {
  const budget = maxBytes - 64
  const out: AccountEntriesJson[] = []
  let cur: AccountEntriesJson = {}
  let size = 2
  for (const key of Object.keys(entries).sort()) {
    const bytes = Buffer.byteLength(JSON.stringify(key)) + Buffer.byteLength(JSON.stringify(entries[key])) + 2
    if (bytes > budget) continue
    if (size + bytes > budget && Object.keys(cur).length > 0) {
      out.push(cur)
      cur = {}
      size = 2
    }
    cur[key] = entries[key]
    size += bytes
  }
  if (Object.keys(cur).length > 0) out.push(cur)
  return out
}

/** Checks a received message; the entries, or undefined when it is not an account state message. */
export function parseAccountMessage (msg: unknown): AccountEntriesJson | undefined {
  const m = msg as Record<string, unknown> | null
  if (m === null || typeof m !== 'object' || m.type !== ACCOUNT_MESSAGE_TYPE) return undefined
  const e = m.entries
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return undefined
  return e as AccountEntriesJson
}

/** The account state protocol of one device (see the file comment). */
export class AccountProtocol {
  private readonly node: AccountProtocolInit['node']
  private readonly ownUri: string
  private readonly backend: AccountBackend
  private readonly log: Logger
  private readonly maxBytes: number
  private readonly changeDelayMs: number
  private readonly resendMs: number
  private readonly retries = new Backoff({ baseMs: RETRY_BASE_MS, maxMs: RETRY_MAX_MS })
  private readonly retryTimers = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly tasks = new Set<Promise<unknown>>()
  private live = new Set<string>()
  private revoked = new Set<string>()
  private loaded: Promise<void> | undefined
  private pendingKeys: Set<string> | undefined
  private changeTimer: ReturnType<typeof setTimeout> | undefined
  private resendTimer: ReturnType<typeof setInterval> | undefined
  private offPeer: (() => void) | undefined
  private stopped = false

  constructor (init: AccountProtocolInit) {
    this.node = init.node
    this.ownUri = init.ownUri
    this.backend = init.backend
    this.log = init.logger
    this.maxBytes = init.maxBytes ?? ACCOUNT_MAX_BYTES
    this.changeDelayMs = init.changeDelayMs ?? ACCOUNT_CHANGE_DELAY_MS
    this.resendMs = init.resendMs ?? ACCOUNT_RESEND_MS
  }

  private track (p: Promise<unknown>): void {
    const q = p.catch((err: Error) => { this.log.debug({ err: err.message }, 'account state task failed') }).finally(() => { this.tasks.delete(q) })
    this.tasks.add(q)
  }

  /** Registers the protocol, sends the whole state to the own devices connected already, and to every one whose hello completes from now on. */
  async start (): Promise<void> {
    await this.ready()
    await this.node.libp2p.handle(ACCOUNT_PROTOCOL, async (stream, conn) => { await this.receive(stream, conn) }, ON_LIMITED)
    this.offPeer = this.node.onPeer((peer) => { if (this.isOwn(peer)) this.track(this.sendAll(peer)) })
    for (const peer of this.ownPeers()) this.track(this.sendAll(peer))
    this.resendTimer = setInterval(() => {
      if (this.stopped) return
      for (const peer of this.ownPeers()) this.track(this.sendAll(peer))
    }, this.resendMs)
    this.resendTimer.unref?.()
  }

  /** Stops: nothing more is sent or taken; waits for the work in flight. */
  async stop (): Promise<void> {
    this.stopped = true
    this.offPeer?.()
    clearTimeout(this.changeTimer)
    clearInterval(this.resendTimer)
    for (const t of this.retryTimers.values()) clearTimeout(t)
    this.retryTimers.clear()
    await this.node.libp2p.unhandle(ACCOUNT_PROTOCOL).catch(() => {})
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks])
  }

  /** Our other devices named by our state, not revoked. */
  ownDevices (): Set<string> {
    const out = new Set(this.live)
    out.delete(this.node.deviceId)
    return out
  }

  /** The devices of our account our state lists as revoked. */
  revokedDevices (): Set<string> {
    return new Set(this.revoked)
  }

  /**
   * The keys of our state that changed (AccountStateChanged): their entries go to every
   * connected own device, together with the other changes of the next {@link ACCOUNT_CHANGE_DELAY_MS}.
   */
  changed (keys: string[]): void {
    if (this.stopped) return
    if (this.pendingKeys === undefined) {
      const pending = this.pendingKeys = new Set<string>()
      this.changeTimer = setTimeout(() => {
        this.pendingKeys = undefined
        this.track(this.flush(pending))
      }, this.changeDelayMs)
      this.changeTimer.unref?.()
    }
    for (const k of keys) this.pendingKeys.add(k)
  }

  private async flush (keys: Set<string>): Promise<void> {
    const all = await this.backend.entries()
    this.learn(all)
    const picked: AccountEntriesJson = {}
    for (const k of keys) if (all[k] !== undefined) picked[k] = all[k]
    if (Object.keys(picked).length === 0) return
    for (const peer of this.ownPeers()) this.track(this.sendEntries(peer, picked))
  }

  private async refresh (): Promise<void> {
    this.learn(await this.backend.entries())
  }

  private learn (entries: AccountEntriesJson): void {
    const { live, revoked } = devicesOfEntries(entries)
    this.live = live
    this.revoked = revoked
  }

  // The revocations known before deciding whom to listen to (the store may not have answered at start).
  private async ready (): Promise<void> {
    this.loaded ??= this.refresh().catch((err: Error) => {
      this.loaded = undefined
      throw err
    })
    await this.loaded
  }

  private isOwn (peer: KnownPeer): boolean {
    return peer.accountUri === this.ownUri && peer.deviceId !== this.node.deviceId && !this.revoked.has(peer.deviceId)
  }

  private ownPeers (): KnownPeer[] {
    const seen = new Set<string>()
    return this.node.knownPeers().filter((p) => {
      if (!this.isOwn(p) || seen.has(p.deviceId)) return false
      seen.add(p.deviceId)
      return true
    })
  }

  private async sendAll (peer: KnownPeer): Promise<void> {
    const all = await this.backend.entries()
    this.learn(all)
    if (!this.isOwn(peer)) return
    await this.sendEntries(peer, all)
  }

  private async sendEntries (peer: KnownPeer, entries: AccountEntriesJson): Promise<void> {
    if (this.stopped) return
    const key = peer.peerId.toString()
    try {
      for (const chunk of chunkEntries(entries, this.maxBytes)) {
        const signal = AbortSignal.timeout(ACCOUNT_TIMEOUT_MS)
        const stream = await openStream(this.node.libp2p, peer.peerId, ACCOUNT_PROTOCOL, { signal })
        try {
          await sendMessage(stream, { type: ACCOUNT_MESSAGE_TYPE, entries: chunk }, signal)
        } catch (err) {
          stream.abort(err as Error)
          throw err
        }
      }
      this.retries.succeed(key)
      this.log.debug({ deviceId: peer.deviceId, entries: Object.keys(entries).length }, 'account state sent')
    } catch (err) {
      // the whole state goes again later (the peer's store restarting, a lost stream)
      const delay = this.retries.fail(key)
      this.log.debug({ deviceId: peer.deviceId, err: (err as Error).message, delay }, 'account state not sent')
      if (this.retryTimers.has(key) || this.stopped) return
      const timer = setTimeout(() => {
        this.retryTimers.delete(key)
        if (!this.stopped && this.node.identityOf(peer.peerId) !== undefined) this.track(this.sendAll(peer))
      }, delay)
      timer.unref?.()
      this.retryTimers.set(key, timer)
    }
  }

  private async receive (stream: Stream, conn: Connection): Promise<void> {
    try {
      const msg = await readMessage(stream, this.maxBytes, AbortSignal.timeout(ACCOUNT_TIMEOUT_MS))
      stream.close().catch(() => {})
      await this.ready()
      const peer = this.node.identityOf(conn.remotePeer)
      // only our own account's devices, not revoked, are listened to
      if (peer === undefined || !this.isOwn(peer)) {
        this.log.info({ peer: conn.remotePeer.toString() }, 'account state refused: not a device of this account')
        return
      }
      const entries = parseAccountMessage(msg)
      if (entries === undefined) {
        this.log.info({ deviceId: peer.deviceId }, 'malformed account state message dropped')
        return
      }
      await this.backend.merge(peer.deviceId, entries)
      this.log.debug({ deviceId: peer.deviceId, entries: Object.keys(entries).length }, 'account state received')
    } catch (err) {
      this.log.debug({ peer: conn.remotePeer.toString(), err: (err as Error).message }, 'account state message failed')
      stream.abort(err as Error)
    }
  }
}
