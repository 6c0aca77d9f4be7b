// Bans that bite at the transport (docs/sync.md, "Bans and revocations"). When a ban or a
// device revocation enters a conversation's history here (the store's AccessRevoked), the sync
// work with the devices concerned stops at once, and a device that is then allowed in none of
// our conversations is refused: its connections are closed, dials to it and connections from it
// are denied, until a check finds it allowed again (an unban, a new shared conversation, an
// accepted invitation from its account).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'
import { deviceIdOfPeer } from './keys.ts'
import type { KnownPeer } from './node.ts'

/** How often refusals are checked again, ms (also after member commits and new conversations). */
export const ACCESS_RECHECK_MS = 60_000
/** How long after a change (member commit, new conversation, accepted request) refusals are checked again, ms. */
export const ACCESS_CHANGE_DELAY_MS = 500
/** Most revoked accounts and devices remembered, and most devices remembered from hellos. */
export const ACCESS_MAX_REMEMBERED = 4_096

const HEX40 = /^[0-9a-f]{40}$/

/** A ban or a revocation entered a conversation's history here (proto `skarm.sync.v1.AccessRevoked`). */
export interface Revocation {
  conversationId: string
  /** The banned account; '' when a device is concerned. */
  uri: string
  /** The banned or revoked device; '' when an account is concerned. */
  deviceId: string
}

/** What the guard needs of the transport node. */
export interface AccessNode {
  knownPeers: () => KnownPeer[]
  onPeer: (fn: (peer: KnownPeer) => void) => () => void
  refusePeer: (peerId: PeerId) => Promise<void>
  allowPeer: (peerId: PeerId) => void
  isRefused: (peerId: PeerId) => boolean
}

/** What the guard asks the store (a subset of the sync engine's backend). */
export interface AccessBackend {
  ownUri: string
  ownDeviceId: string
  listHeads: (uri: string) => Promise<Array<{ conversationId: string }>>
  authorize: (conversationId: string, uri: string, deviceId: string) => Promise<{ allowed: boolean }>
  /** Accepted requests (their clone comes from the inviter's devices). */
  acceptedRequests: () => Promise<Array<{ conversationId: string, from: string }>>
}

/** What the guard asks of the sync engine ({@link SyncEngine} has both). */
export interface AccessSync {
  forgetAuthorizations: () => void
  dropPeer: (peer: string, conversationId?: string) => void
}

/** Options of {@link AccessGuard}. */
export interface AccessGuardInit {
  node: AccessNode
  backend: AccessBackend
  sync?: AccessSync
  logger: Logger
  /**
   * A JSON file where the revoked accounts and devices and the refused peers are kept across
   * restarts (the transport's `DATA/revocations.json`). None: in memory only.
   */
  file?: string
  /** Default {@link ACCESS_RECHECK_MS}. */
  recheckMs?: number
  /** Default {@link ACCESS_CHANGE_DELAY_MS}. */
  changeDelayMs?: number
}

/** A device as the guard knows it. */
export interface AccessPeer {
  peerId: PeerId
  deviceId: string
  /** Its account (from its hello); undefined for a peer that showed no certificates. */
  uri?: string
}

/** A bounded map: the oldest entry goes first. */
function remember<K, V> (map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key)
  map.set(key, value)
  while (map.size > max) map.delete(map.keys().next().value!)
}

/**
 * Enforces bans and revocations on connections (docs/sync.md, "Bans and revocations"):
 *
 * - {@link AccessGuard.revoked} (on AccessRevoked): the engine forgets its cached authorizations
 *   and drops its work with the devices concerned in that conversation; each of them (connected,
 *   or met before) that is allowed in no conversation we hold, and is no device of our own
 *   account, is refused by the node (connections closed, dials and connections denied).
 * - A later hello of a device of a revoked account (or of a revoked device) is checked the same way.
 * - Refusals are checked again every {@link ACCESS_RECHECK_MS} and soon after
 *   {@link AccessGuard.changed}: a device allowed again is no longer refused.
 */
export class AccessGuard {
  private readonly node: AccessNode
  private readonly backend: AccessBackend
  private readonly sync: AccessSync | undefined
  private readonly log: Logger
  private readonly file: string | undefined
  private readonly recheckMs: number
  private readonly changeDelayMs: number
  /** Revoked accounts (`a:<uri>`) and devices (`d:<deviceId>`): their hellos are checked. */
  private readonly targets = new Map<string, true>()
  /** Devices met over hello, by peer id (a revocation also concerns those not connected now). */
  private readonly met = new Map<string, AccessPeer>()
  /** Refused peers, by peer id. */
  private readonly refused = new Map<string, AccessPeer>()
  /** Peers whose check failed (the store did not answer): checked at the next review. */
  private readonly unsure = new Map<string, AccessPeer>()
  private readonly checking = new Set<string>()
  private readonly pending = new Set<Promise<unknown>>()
  private offPeer: (() => void) | undefined
  private timer: ReturnType<typeof setInterval> | undefined
  private soon: ReturnType<typeof setTimeout> | undefined
  private reviewing: Promise<void> | undefined
  private again = false
  private saving: Promise<void> = Promise.resolve()
  private stopped = false

  constructor (init: AccessGuardInit) {
    this.node = init.node
    this.backend = init.backend
    this.sync = init.sync
    this.log = init.logger
    this.file = init.file
    this.recheckMs = init.recheckMs ?? ACCESS_RECHECK_MS
    this.changeDelayMs = init.changeDelayMs ?? ACCESS_CHANGE_DELAY_MS
  }

  private track (p: Promise<unknown>): void {
    const q = p.catch((err: Error) => { this.log.debug({ err: err.message }, 'access task failed') }).finally(() => { this.pending.delete(q) })
    this.pending.add(q)
  }

  /**
   * Loads what the file kept (refused peers are refused again at once, then checked), starts
   * checking hellos and the periodic review.
   */
  async start (): Promise<void> {
    await this.load()
    for (const p of this.refused.values()) await this.node.refusePeer(p.peerId)
    this.offPeer = this.node.onPeer((peer) => { this.hello(peer) })
    for (const peer of this.node.knownPeers()) this.hello(peer)
    this.timer = setInterval(() => { this.changed(0) }, this.recheckMs)
    this.timer.unref?.()
    if (this.refused.size > 0) this.changed()
  }

  /** Stops the checks; waits for those in flight and the last save. */
  async stop (): Promise<void> {
    this.stopped = true
    this.offPeer?.()
    clearInterval(this.timer)
    clearTimeout(this.soon)
    await this.reviewing?.catch(() => {})
    await Promise.allSettled([...this.pending])
    await this.saving
  }

  /** The refused peers (peer id, device id, account). */
  refusedPeers (): AccessPeer[] {
    return [...this.refused.values()]
  }

  /** True when a ban or a revocation named the peer's account or device. */
  concerns (peer: { deviceId: string, uri?: string }): boolean {
    return this.targets.has(`d:${peer.deviceId}`) || (peer.uri !== undefined && this.targets.has(`a:${peer.uri}`))
  }

  /**
   * A ban or a revocation entered a conversation's history here: cached authorizations are
   * forgotten, the sync work with the devices concerned in that conversation is dropped, and
   * each of them allowed nowhere else is refused. Resolves once every check is done.
   */
  async revoked (r: Revocation): Promise<void> {
    this.sync?.forgetAuthorizations()
    const uri = HEX40.test(r.uri) ? r.uri : undefined
    const deviceId = HEX40.test(r.deviceId) ? r.deviceId : undefined
    if (uri === undefined && deviceId === undefined) return
    if (uri !== undefined) remember(this.targets, `a:${uri}`, true, ACCESS_MAX_REMEMBERED)
    if (deviceId !== undefined) remember(this.targets, `d:${deviceId}`, true, ACCESS_MAX_REMEMBERED)
    this.save()
    const concerned = (p: { deviceId: string, uri?: string }): boolean => (uri !== undefined && p.uri === uri) || (deviceId !== undefined && p.deviceId === deviceId)
    const candidates = new Map<string, AccessPeer>()
    for (const p of this.met.values()) if (concerned(p)) candidates.set(p.peerId.toString(), p)
    for (const p of this.node.knownPeers()) {
      const c = { peerId: p.peerId, deviceId: p.deviceId, uri: p.accountUri }
      if (concerned(c)) candidates.set(p.peerId.toString(), c)
    }
    // in that conversation, nothing more from them: not even from a device of our own account
    for (const key of candidates.keys()) this.sync?.dropPeer(key, r.conversationId)
    this.log.info({ conversationId: r.conversationId, uri, deviceId, devices: candidates.size }, 'access revoked')
    await Promise.all([...candidates.values()].map(async (c) => { await this.consider(c) }))
  }

  /** Something that may allow a refused device again happened (member commit, new conversation, accepted request): a review soon. */
  changed (delayMs = this.changeDelayMs): void {
    if (this.stopped || this.soon !== undefined) return
    this.soon = setTimeout(() => {
      this.soon = undefined
      if (this.reviewing !== undefined) {
        this.again = true
        return
      }
      this.reviewing = this.review().catch((err: Error) => { this.log.debug({ err: err.message }, 'access review failed') }).finally(() => {
        this.reviewing = undefined
        if (this.again) {
          this.again = false
          this.changed()
        }
      })
    }, delayMs)
    this.soon.unref?.()
  }

  /**
   * Checks every refusal again: a device now allowed in one of our conversations (or whose
   * account invited us to one we accepted) is allowed again. Peers whose check failed before
   * are checked too.
   */
  async review (): Promise<void> {
    let lifted = false
    for (const [key, p] of [...this.refused]) {
      if (this.stopped) return
      let allowed: boolean
      try {
        allowed = await this.allowedAnywhere(p)
      } catch (err) {
        this.log.debug({ peer: key, err: (err as Error).message }, 'refusal not checked: the store did not answer')
        continue
      }
      if (!allowed) continue
      this.refused.delete(key)
      this.node.allowPeer(p.peerId)
      lifted = true
      this.log.info({ peer: key, deviceId: p.deviceId, uri: p.uri }, 'refusal lifted: the device is allowed again')
    }
    if (lifted) this.save()
    for (const p of [...this.unsure.values()]) await this.consider(p)
  }

  // a hello: remembered; checked when a revocation named its account or device
  private hello (peer: KnownPeer): void {
    const p: AccessPeer = { peerId: peer.peerId, deviceId: peer.deviceId, uri: peer.accountUri }
    remember(this.met, peer.peerId.toString(), p, ACCESS_MAX_REMEMBERED)
    if (this.concerns(p)) this.track(this.consider(p))
  }

  private own (p: AccessPeer): boolean {
    return p.uri === this.backend.ownUri || p.deviceId === this.backend.ownDeviceId
  }

  /**
   * Is the device allowed in one of our conversations (the store's `authorize` for every
   * conversation `listHeads` answers for its account, with its device), or did its account
   * invite us to a conversation we accepted (its clone needs that connection)?
   */
  async allowedAnywhere (p: AccessPeer): Promise<boolean> {
    if (p.uri === undefined) return false
    if ((await this.backend.acceptedRequests()).some((r) => r.from === p.uri)) return true
    for (const h of await this.backend.listHeads(p.uri)) {
      if ((await this.backend.authorize(h.conversationId, p.uri, p.deviceId)).allowed) return true
    }
    return false
  }

  // refuses the device when it is allowed nowhere (never one of our own account's)
  private async consider (p: AccessPeer): Promise<void> {
    const key = p.peerId.toString()
    if (this.stopped || this.own(p) || this.node.isRefused(p.peerId) || this.checking.has(key)) return
    this.checking.add(key)
    try {
      let allowed: boolean
      try {
        allowed = await this.allowedAnywhere(p)
      } catch (err) {
        // the store did not answer: checked again at the next review
        remember(this.unsure, key, p, ACCESS_MAX_REMEMBERED)
        this.changed(this.recheckMs)
        this.log.debug({ peer: key, err: (err as Error).message }, 'access not checked: the store did not answer')
        return
      }
      this.unsure.delete(key)
      if (allowed || this.stopped) return
      this.refused.set(key, p)
      this.save()
      this.sync?.dropPeer(key)
      this.log.info({ peer: key, deviceId: p.deviceId, uri: p.uri }, 'device allowed in none of our conversations: refused')
      await this.node.refusePeer(p.peerId)
    } finally {
      this.checking.delete(key)
    }
  }

  private async load (): Promise<void> {
    if (this.file === undefined) return
    let data: { targets?: unknown, refused?: unknown }
    try {
      data = JSON.parse(await readFile(this.file, 'utf8')) as typeof data
    } catch {
      return // none yet, or unreadable: hints only, the store decides anyway
    }
    if (Array.isArray(data.targets)) {
      for (const t of data.targets.slice(-ACCESS_MAX_REMEMBERED)) if (typeof t === 'string' && /^[ad]:[0-9a-f]{40}$/.test(t)) this.targets.set(t, true)
    }
    if (Array.isArray(data.refused)) {
      for (const raw of data.refused.slice(0, ACCESS_MAX_REMEMBERED)) {
        const e = raw as { peerId?: unknown, uri?: unknown } | null
        if (e === null || typeof e !== 'object' || typeof e.peerId !== 'string') continue
        let peerId: PeerId
        try {
          peerId = peerIdFromString(e.peerId)
        } catch {
          continue
        }
        const deviceId = deviceIdOfPeer(peerId)
        if (deviceId === undefined) continue
        const p: AccessPeer = typeof e.uri === 'string' && HEX40.test(e.uri) ? { peerId, deviceId, uri: e.uri } : { peerId, deviceId }
        if (!this.own(p)) this.refused.set(peerId.toString(), p)
      }
    }
  }

  // written after each change, one write at a time, atomically (a temporary file renamed)
  private save (): void {
    const file = this.file
    if (file === undefined) return
    this.saving = this.saving.then(async () => {
      const data = {
        targets: [...this.targets.keys()],
        refused: [...this.refused.values()].map((p) => p.uri === undefined ? { peerId: p.peerId.toString() } : { peerId: p.peerId.toString(), uri: p.uri })
      }
      const tmp = `${file}.tmp-${process.pid}`
      try {
        await mkdir(dirname(file), { recursive: true })
        await writeFile(tmp, JSON.stringify(data) + '\n')
        await rename(tmp, file)
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'revocations not saved')
      }
    })
  }
}
