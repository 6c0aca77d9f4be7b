import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Connection, Stream } from '@libp2p/interface'
import type { Logger } from 'pino'
import type { KnownPeer, TransportNode } from '../node.ts'
import { Backoff } from './backoff.ts'
import {
  ANNOUNCE_MAX_BYTES, ANNOUNCE_PROTOCOL, ANTI_ENTROPY_MS, ANNOUNCE_STREAM_PROTOCOL, ANNOUNCE_TYPE, FETCH_MAX_BYTES, FETCH_MAX_COMMITS, FETCH_TIMEOUT_MS, HEADS_MAX_BYTES, HEADS_PROTOCOL,
  INVITE_KEY, INVITE_PROTOCOL, REFUSED_PROTOCOL, MESSAGE_MAX_BYTES, MESSAGE_TIMEOUT_MS, PEER_BACKOFF_BASE_MS, PEER_BACKOFF_MAX_MS, RESYNC_BASE_MS, RESYNC_MAX_MS
} from './constants.ts'
import { FrameChannels, readFrames } from './channel.ts'
import { readMessage, sendMessage } from './framing.ts'
import { handleGit } from './git-tunnel.ts'
import { fromWire, hasLoose, objectsOf, PushPool, readHeadRef, toWire, type PushedObject } from './push.ts'
import { createQuarantine, git, type Quarantine } from './quarantine.ts'
import { ON_LIMITED, openStream } from '../nat.ts'

const HEX40 = /^[0-9a-f]{40}$/
const MODE_NAMES = new Set(['ONE_TO_ONE', 'ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC'])
/** How long an authorization answer is reused on the announce path, ms. */
const AUTH_CACHE_MS = 1_000

/** The body of an invitation (SPEC.md §8). */
export interface InviteBody {
  conversationId: string
  /**
   * The inviting account, as the sender claims it (a device relaying an invitation names the
   * inviter, not itself); a malformed claim is replaced by the sender's account. A claim only:
   * the clone's validated history is what proves who invited.
   */
  from: string
  members: string[]
  title?: string
  description?: string
  avatar?: string
  /** The conversation's mode name (a claim: a contact's ONE_TO_ONE is accepted automatically, and checked at install). */
  mode?: string
}

/** One entry of `/skarm/heads/1.0.0`: a conversation the receiver's account may see. */
export interface HeadEntry {
  conversationId: string
  head: string
  /** The receiver's role in the sender's view. */
  role: string
  /** For role `invited`: the invitation, so a pending invite is delivered on reconnect. */
  invite?: InviteBody
}

/** A conversation as the store lists it for an account. */
export interface BackendHead {
  conversationId: string
  head: string
  role: string
  members: string[]
  /** For role `invited`: the account that invited it ('' when unknown). */
  inviter?: string
  title: string
  description: string
  avatar: string
  /** The mode name ('' when unknown). */
  mode?: string
}

/** OnConversationError codes of sync (Jami passes an int and a text). */
export const SYNC_ERROR = { FETCH_FAILED: 1, INVALID_COMMIT: 2, FETCH_TOO_LARGE: 3, CLONE_FAILED: 4, REFUSED_BY_PEER: 5 } as const

/**
 * What an import did: the new head, the commits new here (deterministic order), whether a merge
 * was made, and whether the branch moved to a head not descending from the old one.
 */
export interface ImportOutcome { head: string, commits: string[], merged: boolean, replaced?: boolean }

/** What the engine asks of the rest of the device (the store and validator over the bus). */
export interface SyncBackend {
  ownUri: string
  ownDeviceId: string
  listHeads: (uri: string, conversationId?: string) => Promise<BackendHead[]>
  authorize: (conversationId: string, uri: string, deviceId: string) => Promise<{ allowed: boolean, repoPath: string, head: string, role: string }>
  /** `objects`: a push, quarantined in memory, read before the repository's objects. */
  validateRange: (repoPath: string, bases: string[], tips: string[], objects?: PushedObject[]) => Promise<{ ok: boolean, invalidCommit: string, rule: string, message: string }>
  /** `repoPath` '' with `objects`: a validated push, written by the store. */
  importQuarantine: (conversationId: string, repoPath: string, tip: string, objects?: PushedObject[]) => Promise<ImportOutcome>
  install: (conversationId: string, repoPath: string, tip: string) => Promise<{ head: string, commits: string[] }>
  addRequest: (invite: InviteBody) => Promise<boolean>
  /** Accepted requests (and PUBLIC joins) waiting for their clone. */
  acceptedRequests: () => Promise<Array<{ conversationId: string, from: string }>>
  reportError: (conversationId: string, code: number, what: string) => void
}

/** Options of {@link SyncEngine}. */
export interface SyncEngineInit {
  node: TransportNode
  backend: SyncBackend
  dataDir: string
  logger: Logger
  maxBytes?: number
  maxCommits?: number
  fetchTimeoutMs?: number
  backoff?: Backoff
  /** How often our heads go again to every connected peer (default {@link ANTI_ENTROPY_MS}). */
  antiEntropyMs?: number
}

interface Job {
  running: boolean
  queue: Map<string, { peer: KnownPeer, commit: string }>
  /** The import running now: from which peer, and how to abort it (access revoked). */
  current?: { peer: string, controller: AbortController }
  /** The next round, when every waiting peer is backed off. */
  later?: ReturnType<typeof setTimeout>
}

/** Where a commit learned of should be fetched from. */
export function pickFetch (queue: Map<string, { peer: KnownPeer, commit: string }>, allowed: (key: string) => boolean): [string, { peer: KnownPeer, commit: string }] | undefined {
  for (const entry of queue) if (allowed(entry[0])) return entry
  return undefined
}

/** The devices to announce a commit to: connected, with an account, not us, not the source. */
export function announceTargets (peers: KnownPeer[], ownDeviceId: string, except?: string): KnownPeer[] {
  const seen = new Set<string>()
  return peers.filter((p) => {
    const key = p.peerId.toString()
    if (p.accountUri === undefined || p.deviceId === ownDeviceId || key === except || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Checks an announce message; undefined when malformed. Pushed `objects` (the commits' new
 * objects, docs/sync.md "Push") are optional: malformed ones are ignored, not the announce.
 */
export function parseAnnounce (msg: unknown): { conversationId: string, commit: string, deviceId: string, objects?: PushedObject[] } | undefined {
  const m = msg as Record<string, unknown> | null
  if (m === null || typeof m !== 'object' || m.type !== ANNOUNCE_TYPE) return undefined
  const { conversationId, commit, deviceId } = m
  if (typeof conversationId !== 'string' || !HEX40.test(conversationId) || typeof commit !== 'string' || !HEX40.test(commit) || typeof deviceId !== 'string' || !HEX40.test(deviceId)) return undefined
  const objects = m.objects === undefined ? undefined : fromWire(m.objects)
  return objects === undefined ? { conversationId, commit, deviceId } : { conversationId, commit, deviceId, objects }
}

/** Commits known to be in the local history: checked before asking git. Bounded, oldest dropped. */
class RecentCommits {
  private readonly set = new Set<string>()
  private readonly max: number
  constructor (max = 8_192) { this.max = max }
  has (oid: string): boolean { return this.set.has(oid) }
  clear (): void { this.set.clear() }
  add (oids: Iterable<string>): void {
    for (const oid of oids) {
      this.set.delete(oid)
      this.set.add(oid)
    }
    while (this.set.size > this.max) this.set.delete(this.set.values().next().value!)
  }
}

/** Checks an invite body; a missing or malformed `from` becomes the sender's account. */
export function parseInvite (body: unknown, sender: string): InviteBody | undefined {
  const b = body as Record<string, unknown> | null
  if (b === null || typeof b !== 'object' || typeof b.conversationId !== 'string' || !HEX40.test(b.conversationId)) return undefined
  const str = (v: unknown, max: number): string | undefined => typeof v === 'string' && v.length <= max ? v : undefined
  const members = Array.isArray(b.members) ? b.members.filter((m): m is string => typeof m === 'string' && HEX40.test(m)).slice(0, 1000) : []
  const from = typeof b.from === 'string' && HEX40.test(b.from) ? b.from : sender
  const out: InviteBody = { conversationId: b.conversationId, from, members }
  const title = str(b.title, 1024)
  const description = str(b.description, 4096)
  const avatar = str(b.avatar, 64 * 1024)
  if (title !== undefined && title !== '') out.title = title
  if (description !== undefined && description !== '') out.description = description
  if (avatar !== undefined && avatar !== '') out.avatar = avatar
  if (typeof b.mode === 'string' && MODE_NAMES.has(b.mode)) out.mode = b.mode
  return out
}

/**
 * Sync between devices (docs/sync.md): heads exchange after every hello, announces after
 * local commits, fetch → quarantine → validate → import with one fetch at a time per
 * conversation (never under the store's write lock), gossip of merged heads, invitations,
 * and clones of accepted requests.
 */
export class SyncEngine {
  private readonly node: TransportNode
  private readonly backend: SyncBackend
  private readonly dataDir: string
  private readonly log: Logger
  private readonly maxBytes: number
  private readonly maxCommits: number
  private readonly fetchTimeoutMs: number
  readonly backoff: Backoff
  private readonly jobs = new Map<string, Job>()
  private readonly cloning = new Set<string>()
  private readonly resyncs = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly retries = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly resyncFailures = new Map<string, number>()
  private stopped = false
  private offPeer: (() => void) | undefined
  private readonly pending = new Set<Promise<unknown>>()
  /** Objects pushed with announces, waiting for their import. */
  readonly pool = new PushPool()
  private readonly recent = new RecentCommits()
  // local commits waiting for the end of this turn of the event loop, per conversation (announceLocal)
  private readonly localBatches = new Map<string, string[]>()
  // refusals already reported (peer/commit), so a peer cannot flood the user with one commit
  private readonly told = new RecentCommits(1_024)
  private channels: FrameChannels | undefined
  private antiEntropy: ReturnType<typeof setInterval> | undefined
  private readonly antiEntropyMs: number
  private readonly auths = new Map<string, { value: { allowed: boolean, repoPath: string, head: string, role: string }, at: number }>()
  // bumped by forgetAuthorizations: an answer asked before is not remembered
  private authEpoch = 0

  constructor (init: SyncEngineInit) {
    this.node = init.node
    this.backend = init.backend
    this.dataDir = init.dataDir
    this.log = init.logger
    this.maxBytes = init.maxBytes ?? FETCH_MAX_BYTES
    this.maxCommits = init.maxCommits ?? FETCH_MAX_COMMITS
    this.fetchTimeoutMs = init.fetchTimeoutMs ?? FETCH_TIMEOUT_MS
    this.antiEntropyMs = init.antiEntropyMs ?? ANTI_ENTROPY_MS
    this.backoff = init.backoff ?? new Backoff({ baseMs: PEER_BACKOFF_BASE_MS, maxMs: PEER_BACKOFF_MAX_MS })
  }

  private track (p: Promise<unknown>): void {
    const q = p.catch((err: Error) => { this.log.debug({ err: err.message }, 'sync task failed') }).finally(() => { this.pending.delete(q) })
    this.pending.add(q)
  }

  /** Registers the protocols and starts reacting to peers. */
  async start (): Promise<void> {
    // quarantines left by a crash: only this process writes there, nothing in them was imported
    await rm(join(this.dataDir, 'quarantine'), { recursive: true, force: true })
    const lib = this.node.libp2p
    await handleGit(lib, async (id, conn) => await this.authorizeConnection(id, conn), this.log)
    await lib.handle(HEADS_PROTOCOL, async (stream, conn) => { await this.receive(stream, conn, HEADS_MAX_BYTES, async (peer, msg) => { await this.onHeads(peer, msg) }) }, ON_LIMITED)
    await lib.handle(ANNOUNCE_PROTOCOL, async (stream, conn) => { await this.receive(stream, conn, ANNOUNCE_MAX_BYTES, async (peer, msg) => { await this.onAnnounce(peer, msg) }) }, ON_LIMITED)
    this.channels = new FrameChannels(lib, ANNOUNCE_STREAM_PROTOCOL)
    await lib.handle(ANNOUNCE_STREAM_PROTOCOL, async (stream, conn) => {
      await readFrames(stream, conn, ANNOUNCE_MAX_BYTES, (msg, c) => {
        const peer = this.node.identityOf(c.remotePeer)
        if (peer?.accountUri !== undefined) this.track(this.onAnnounce(peer, msg))
      })
    }, ON_LIMITED)
    await lib.handle(REFUSED_PROTOCOL, async (stream, conn) => { await this.receive(stream, conn, MESSAGE_MAX_BYTES, async (peer, msg) => { await this.onRefused(peer, msg) }) }, ON_LIMITED)
    await lib.handle(INVITE_PROTOCOL, async (stream, conn) => { await this.receive(stream, conn, MESSAGE_MAX_BYTES, async (peer, msg) => { await this.onInvite(peer, msg) }) }, ON_LIMITED)
    this.offPeer = this.node.onPeer((peer) => {
      this.track(this.headsOrLater(peer))
      // accepted requests (and PUBLIC joins) still waiting for a clone: try the new peer
      this.track(this.cloneWaiting())
    })
    // peers whose hello completed before we started (a bootstrap peer, often): heads, and the
    // accepted requests waiting for a clone (an imported account's conversations)
    for (const peer of this.node.knownPeers()) this.track(this.headsOrLater(peer))
    if (this.node.knownPeers().length > 0) this.track(this.cloneWaiting())
    // Anti-entropy: our heads again to every connected peer now and then. Whatever was lost
    // (an announce on a connection the routing closed, a peer busy when it came), the two
    // sides find out then: the one behind fetches, the one ahead answers with its head.
    this.antiEntropy = setInterval(() => {
      if (this.stopped) return
      for (const peer of this.node.knownPeers()) this.track(this.sendHeads(peer))
    }, this.antiEntropyMs)
    this.antiEntropy.unref?.()
  }

  /** Stops reacting; waits for the tasks in flight. */
  async stop (): Promise<void> {
    this.stopped = true
    this.offPeer?.()
    if (this.antiEntropy !== undefined) clearInterval(this.antiEntropy)
    this.channels?.close()
    for (const t of [...this.resyncs.values(), ...this.retries.values()]) clearTimeout(t)
    for (const job of this.jobs.values()) if (job.later !== undefined) clearTimeout(job.later)
    this.resyncs.clear()
    this.retries.clear()
    await Promise.allSettled([...this.pending])
  }

  /**
   * `backend.authorize`, remembered for {@link AUTH_CACHE_MS}: the announce path asks it several
   * times per message. Only allowances are kept, only for what we send and whom we listen to;
   * serving a fetch always asks afresh, and every commit is validated whatever the cache says.
   */
  private async authorizeCached (conversationId: string, uri: string, deviceId: string): Promise<{ allowed: boolean, repoPath: string, head: string, role: string }> {
    const key = `${conversationId}/${uri}/${deviceId}`
    const now = Date.now()
    const hit = this.auths.get(key)
    if (hit !== undefined && now - hit.at < AUTH_CACHE_MS) return hit.value
    const epoch = this.authEpoch
    const value = await this.backend.authorize(conversationId, uri, deviceId)
    // a refusal is never remembered: a conversation cloned a moment ago must be seen at once
    if (!value.allowed) return value
    // access was revoked while we asked: the answer may predate the ban; ask again, keep nothing
    if (epoch !== this.authEpoch) return await this.backend.authorize(conversationId, uri, deviceId)
    if (this.auths.size >= 4_096) this.auths.clear()
    this.auths.set(key, { value, at: now })
    return value
  }

  /**
   * Forgets every remembered authorization (a ban or a revocation entered a history here,
   * docs/sync.md "Bans and revocations"): the next announce, heads entry or import asks the
   * store again, and an answer asked before this call is not remembered.
   */
  forgetAuthorizations (): void {
    this.auths.clear()
    this.authEpoch++
  }

  /**
   * Stops the sync work with a peer (its access was revoked): what it announced and waits in a
   * queue is dropped, an import from it running now is aborted (nothing of it is imported), a
   * retry of a failed fetch is cancelled, and the objects it pushed leave the pool.
   * `conversationId` undefined: in every conversation. `peer` is its peer id.
   */
  dropPeer (peer: string, conversationId?: string): void {
    const ours = (key: string): boolean => conversationId === undefined ? key.startsWith(`${peer}/`) : key === `${peer}/${conversationId}`
    for (const [id, job] of this.jobs) {
      if (conversationId !== undefined && id !== conversationId) continue
      job.queue.delete(peer)
      if (job.current?.peer === peer) job.current.controller.abort(new Error('access revoked'))
    }
    for (const [key, timer] of [...this.retries]) {
      if (!ours(key)) continue
      clearTimeout(timer)
      this.retries.delete(key)
    }
    const dropped = this.pool.dropFrom(ours)
    this.log.debug({ peer, conversationId, dropped }, 'sync with a peer stopped: access revoked')
  }

  /**
   * Our own view of a conversation with its current head: the head is read from the branch
   * file (the store moves it atomically) rather than asked over the bus on every message.
   */
  private async localHead (conversationId: string): Promise<{ allowed: boolean, repoPath: string, head: string }> {
    const local = await this.authorizeCached(conversationId, this.backend.ownUri, this.backend.ownDeviceId)
    if (!local.allowed) return local
    const head = readHeadRef(local.repoPath)
    return head === undefined ? await this.backend.authorize(conversationId, this.backend.ownUri, this.backend.ownDeviceId) : { ...local, head }
  }

  private async authorizeConnection (conversationId: string, conn: Connection): Promise<string | undefined> {
    const peer = this.node.identityOf(conn.remotePeer)
    if (peer?.accountUri === undefined) return undefined
    const auth = await this.backend.authorize(conversationId, peer.accountUri, peer.deviceId)
    return auth.allowed ? auth.repoPath : undefined
  }

  private async receive (stream: Stream, conn: Connection, max: number, fn: (peer: KnownPeer, msg: unknown) => Promise<void>): Promise<void> {
    try {
      const msg = await readMessage(stream, max, AbortSignal.timeout(MESSAGE_TIMEOUT_MS))
      // not awaited: the close handshake is a round trip the message need not wait for
      stream.close().catch(() => {})
      const peer = this.node.identityOf(conn.remotePeer)
      if (peer?.accountUri === undefined) return
      await fn(peer, msg)
    } catch (err) {
      this.log.debug({ peer: conn.remotePeer.toString(), err: (err as Error).message }, 'sync message refused')
      stream.abort(err as Error)
    }
  }

  private async send (peer: KnownPeer, protocol: string, msg: unknown): Promise<void> {
    const signal = AbortSignal.timeout(MESSAGE_TIMEOUT_MS)
    const stream = await openStream(this.node.libp2p, peer.peerId, protocol, { signal })
    try {
      await sendMessage(stream, msg, signal)
    } catch (err) {
      stream.abort(err as Error)
      throw err
    }
  }

  private inviteOf (h: BackendHead): InviteBody {
    const out: InviteBody = { conversationId: h.conversationId, from: h.inviter !== undefined && HEX40.test(h.inviter) ? h.inviter : this.backend.ownUri, members: h.members }
    if (h.title !== '') out.title = h.title
    if (h.description !== '') out.description = h.description
    if (h.avatar !== '') out.avatar = h.avatar
    if (h.mode !== undefined && h.mode !== '') out.mode = h.mode
    return out
  }

  /**
   * Sends our heads to `peer` again after a delay (doubling while it keeps failing, capped):
   * what an announce that did not get through (a stalled or slow peer) failed to tell.
   * One pending resync per peer; dropped when the peer disconnects.
   */
  private resyncLater (peer: KnownPeer): void {
    const key = peer.peerId.toString()
    if (this.stopped || this.resyncs.has(key)) return
    const failures = (this.resyncFailures.get(key) ?? 0) + 1
    this.resyncFailures.set(key, failures)
    const delay = Math.min(RESYNC_MAX_MS, RESYNC_BASE_MS * 2 ** Math.min(failures - 1, 20))
    const timer = setTimeout(() => {
      this.resyncs.delete(key)
      if (this.stopped || this.node.identityOf(peer.peerId) === undefined) return
      this.track(this.sendHeads(peer).then(() => { this.resyncFailures.delete(key) }, (err: Error) => {
        this.resyncLater(peer)
        throw err
      }))
    }, delay)
    timer.unref?.()
    this.resyncs.set(key, timer)
  }

  // heads that could not be sent (the peer not ready yet, our store restarting) go later
  private async headsOrLater (peer: KnownPeer): Promise<void> {
    try {
      await this.sendHeads(peer)
    } catch (err) {
      this.resyncLater(peer)
      throw err
    }
  }

  /** `/skarm/heads/1.0.0`: the heads of every conversation the peer's account may see. */
  async sendHeads (peer: KnownPeer): Promise<void> {
    if (this.stopped || peer.accountUri === undefined) return
    const heads = await this.backend.listHeads(peer.accountUri)
    const entries: HeadEntry[] = heads.map((h) => h.role === 'invited'
      ? { conversationId: h.conversationId, head: h.head, role: h.role, invite: this.inviteOf(h) }
      : { conversationId: h.conversationId, head: h.head, role: h.role })
    await this.send(peer, HEADS_PROTOCOL, { heads: entries })
    this.log.debug({ peer: peer.peerId.toString(), conversations: entries.length }, 'heads sent')
  }

  private async onHeads (peer: KnownPeer, msg: unknown): Promise<void> {
    const list = (msg as { heads?: unknown } | null)?.heads
    if (!Array.isArray(list)) return
    for (const raw of list.slice(0, 10_000)) {
      const e = raw as Partial<HeadEntry> | null
      if (e === null || typeof e !== 'object' || typeof e.conversationId !== 'string' || !HEX40.test(e.conversationId) || typeof e.head !== 'string' || !HEX40.test(e.head)) continue
      await this.learned(peer, e.conversationId, e.head, e.role === 'invited' ? e.invite : undefined, undefined, true)
    }
  }

  private async onAnnounce (peer: KnownPeer, msg: unknown): Promise<void> {
    const a = parseAnnounce(msg)
    if (a === undefined) return
    await this.learned(peer, a.conversationId, a.commit, undefined, a.objects)
  }

  private async onInvite (peer: KnownPeer, msg: unknown): Promise<void> {
    const body = parseInvite((msg as Record<string, unknown> | null)?.[INVITE_KEY], peer.accountUri!)
    if (body !== undefined) await this.invited(peer, body)
  }

  private async invited (peer: KnownPeer, body: InviteBody): Promise<void> {
    const local = await this.backend.authorize(body.conversationId, this.backend.ownUri, this.backend.ownDeviceId)
    if (local.allowed) return
    await this.backend.addRequest(body)
    const accepted = await this.backend.acceptedRequests()
    if (accepted.some((r) => r.conversationId === body.conversationId)) this.track(this.clone(body.conversationId, peer.accountUri))
  }

  /** A peer holds `commit` of `conversationId` (and may have pushed its objects): get it when we lack it. */
  private async learned (peer: KnownPeer, conversationId: string, commit: string, invite?: unknown, objects?: PushedObject[], fromHeads = false): Promise<void> {
    const local = await this.authorizeCached(conversationId, this.backend.ownUri, this.backend.ownDeviceId)
    if (!local.allowed) {
      const body = invite === undefined ? undefined : parseInvite(invite, peer.accountUri!)
      if (body !== undefined && body.conversationId === conversationId) await this.invited(peer, body)
      return
    }
    if (local.role === 'removed') {
      // removed here after our leave (docs/sync.md): nothing is imported any more, but a peer
      // whose head is not ours gets our head, the leave, when it tells us its heads
      if (fromHeads && commit !== local.head && (await this.authorizeCached(conversationId, peer.accountUri!, peer.deviceId)).allowed) {
        this.track(this.announceTo([peer], conversationId, local.head, []))
      }
      return
    }
    const known = commit === local.head || this.recent.has(commit)
    if (known && !fromHeads) return
    // the peer must be allowed in our view of the conversation too
    const auth = await this.authorizeCached(conversationId, peer.accountUri!, peer.deviceId)
    if (!auth.allowed) return
    if (objects !== undefined) this.pool.add(objects, Date.now(), `${peer.peerId.toString()}/${conversationId}`)
    if (known || await this.inLocalHistory(local, commit)) {
      // A peer whose head we hold, and which is not ours, is behind: it gets our head now
      // rather than at its next resync (our heads may have reached it before it listened).
      // Only in answer to a heads exchange, never to an announce.
      if (fromHeads) {
        const head = readHeadRef(local.repoPath) ?? local.head
        if (head !== commit) this.track(this.announceTo([peer], conversationId, head, []))
      }
      return
    }
    this.schedule(conversationId, peer, commit)
  }

  /**
   * True when `commit` is on our branch. A pushed commit we do not hold as a loose object is
   * new (the hot path: no git process); anything else asks git.
   */
  private async inLocalHistory (local: { repoPath: string, head: string }, commit: string): Promise<boolean> {
    if (commit === local.head || this.recent.has(commit)) return true
    if (this.pool.has(commit) && !await hasLoose(local.repoPath, commit)) return false
    return await inHistory(local.repoPath, local.head, commit)
  }

  private schedule (conversationId: string, peer: KnownPeer, commit: string): void {
    let job = this.jobs.get(conversationId)
    if (job === undefined) {
      job = { running: false, queue: new Map() }
      this.jobs.set(conversationId, job)
    }
    job.queue.set(peer.peerId.toString(), { peer, commit })
    if (!job.running) this.track(this.drain(conversationId, job))
  }

  // One fetch at a time per conversation. What a backed-off peer announced waits for the end
  // of its backoff (one entry per peer, the newest): dropping it could leave its last message
  // undelivered until it writes again.
  private async drain (conversationId: string, job: Job): Promise<void> {
    job.running = true
    if (job.later !== undefined) clearTimeout(job.later)
    job.later = undefined
    try {
      while (!this.stopped) {
        const next = pickFetch(job.queue, (k) => this.backoff.allowed(k))
        if (next === undefined) break
        job.queue.delete(next[0])
        const local = await this.localHead(conversationId)
        if (!local.allowed || await this.inLocalHistory(local, next[1].commit)) continue
        const peer = next[1].peer
        if (this.node.identityOf(peer.peerId) === undefined) continue
        // asked again (remembered for a moment): a ban may have come since the peer announced
        if (!(await this.authorizeCached(conversationId, peer.accountUri!, peer.deviceId)).allowed) continue
        const controller = new AbortController()
        job.current = { peer: next[0], controller }
        try {
          if (await this.pushImport(conversationId, peer, local, next[1].commit, controller.signal)) continue
          await this.fetchFrom(conversationId, peer, local, next[1].commit, controller.signal)
        } finally {
          job.current = undefined
        }
      }
    } finally {
      job.running = false
      for (const [key, e] of job.queue) if (this.node.identityOf(e.peer.peerId) === undefined) job.queue.delete(key)
      if (this.stopped || job.queue.size === 0) {
        job.queue.clear()
        this.jobs.delete(conversationId)
      } else {
        const wait = Math.min(...[...job.queue.keys()].map((k) => this.backoff.remaining(k)))
        job.later = setTimeout(() => {
          job.later = undefined
          if (!job.running && !this.stopped) this.track(this.drain(conversationId, job))
        }, Math.max(wait, 10))
        job.later.unref?.()
      }
    }
  }

  private async fetchInto (q: Quarantine, conversationId: string, peer: KnownPeer, abort?: AbortSignal): Promise<string> {
    // native upload-pack → native index-pack over the tunnel (pack-fetch.ts)
    const { fetchPack } = await import('./pack-fetch.ts')
    const timeout = AbortSignal.timeout(this.fetchTimeoutMs)
    const signal = abort === undefined ? timeout : AbortSignal.any([timeout, abort])
    const { tip } = await fetchPack(this.node.libp2p, peer.peerId, { conversationId, gitdir: q.path, signal, maxBytes: this.maxBytes })
    if (!HEX40.test(tip)) throw new Error('the peer has no branch')
    return tip
  }

  private async countNew (q: Quarantine, tip: string, base?: string): Promise<number> {
    const args = ['rev-list', '--count', tip, ...(base === undefined ? [] : ['--not', base])]
    return Number((await git(q.path, args)).trim())
  }

  /**
   * Imports `commit` from the objects pushed with announces, when the pool holds it: the pooled
   * objects it reaches (down to our head) stay in memory (the quarantine of a push): the
   * validator reads them before the repository's objects, and only once they are valid does
   * the store write them and move the branch. False when there is nothing to do it with, or the push lacks objects (the caller
   * then fetches); true when done (imported, or refused and the peer backed off).
   */
  private async pushImport (conversationId: string, peer: KnownPeer, local: { repoPath: string, head: string }, commit: string, abort?: AbortSignal): Promise<boolean> {
    const objects = this.pool.closure(commit, (oid) => oid === local.head || this.recent.has(oid))
    if (objects === undefined) return false
    const v = await this.backend.validateRange(local.repoPath, [local.head], [commit], objects)
    // the peer's access was revoked meanwhile: nothing of it is imported
    if (abort?.aborted === true) return true
    if (!v.ok && v.rule === 'OBJECT_MISSING') return false
    for (const o of objects) this.pool.drop(o.oid)
    if (!v.ok) {
      this.refused(conversationId, peer, v)
      return true
    }
    this.imported(conversationId, peer, commit, await this.backend.importQuarantine(conversationId, '', commit, objects))
    return true
  }

  private refused (conversationId: string, peer: KnownPeer, v: { invalidCommit: string, rule: string, message: string }): void {
    const key = peer.peerId.toString()
    const delay = this.backoff.fail(key)
    this.log.warn({ peer: key, conversationId, commit: v.invalidCommit, rule: v.rule, delay }, 'fetched commit refused, peer backed off')
    this.backend.reportError(conversationId, SYNC_ERROR.INVALID_COMMIT, `commit ${v.invalidCommit} from device ${peer.deviceId} refused (${v.rule}): ${v.message}. The peer may run an outdated or malicious version.`)
    // the peer is told (SPEC.md §5), so its user learns why its history does not spread
    const msg = { type: 'refused', conversationId, commit: v.invalidCommit, rule: v.rule.slice(0, 64), message: v.message.slice(0, 1024) }
    this.track(this.send(peer, REFUSED_PROTOCOL, msg))
  }

  /** A peer refused one of our commits: our user is told (OnConversationError), once per commit and peer. */
  private async onRefused (peer: KnownPeer, msg: unknown): Promise<void> {
    const m = msg as Record<string, unknown> | null
    if (m === null || typeof m !== 'object' || m.type !== 'refused') return
    const { conversationId, commit } = m
    if (typeof conversationId !== 'string' || !HEX40.test(conversationId) || typeof commit !== 'string' || !HEX40.test(commit)) return
    const rule = typeof m.rule === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(m.rule) ? m.rule : 'UNKNOWN'
    const text = typeof m.message === 'string' ? m.message.slice(0, 1024) : ''
    const key = `${peer.peerId.toString()}/${commit}`
    if (this.told.has(key)) return
    const local = await this.authorizeCached(conversationId, this.backend.ownUri, this.backend.ownDeviceId)
    if (!local.allowed) return
    const auth = await this.authorizeCached(conversationId, peer.accountUri!, peer.deviceId)
    if (!auth.allowed) return
    this.told.add([key])
    this.log.warn({ peer: peer.peerId.toString(), conversationId, commit, rule }, 'a peer refused our commit')
    this.backend.reportError(conversationId, SYNC_ERROR.REFUSED_BY_PEER, `device ${peer.deviceId} refused commit ${commit} (${rule})${text === '' ? '' : `: ${text}`}`)
  }

  private imported (conversationId: string, peer: KnownPeer, tip: string, r: ImportOutcome): void {
    const key = peer.peerId.toString()
    this.backoff.succeed(key)
    // `recent` stands for "on our branch": after a move to a head that does not descend from
    // the old one, merges we announced or imported may have left it. Kept, they made us drop
    // the announce of a head we must import (ten devices stayed split on equal-content heads).
    if (r.replaced === true) this.recent.clear()
    this.recent.add([...r.commits, r.head])
    this.log.debug({ peer: key, conversationId, commits: r.commits.length, merged: r.merged }, 'fetch imported')
    // gossip: a fast-forward to the source's head is not echoed back; a merge is new to it
    if (r.commits.length > 0) this.announce(conversationId, r.head, r.merged ? undefined : key, r.commits)
    // We kept a head the source lacks (ours is the higher of two equal-content heads, or was
    // ahead): the source learns it now; it may never hear it otherwise, and both would stay put.
    else if (r.head !== tip) this.track(this.announceTo([peer], conversationId, r.head, []))
  }

  /** fetch → quarantine → validate → import, then gossip. */
  private async fetchFrom (conversationId: string, peer: KnownPeer, local: { repoPath: string, head: string }, commit: string, abort?: AbortSignal): Promise<void> {
    const key = peer.peerId.toString()
    const q = await createQuarantine(this.dataDir, conversationId, local.repoPath, local.head)
    try {
      let tip: string
      try {
        tip = await this.fetchInto(q, conversationId, peer, abort)
      } catch (err) {
        // aborted because the peer's access was revoked: no backoff, no retry
        if (abort?.aborted === true) return
        const tooLarge = (err as { code?: string }).code === 'FETCH_TOO_LARGE'
        const delay = this.backoff.fail(key)
        this.log.info({ peer: key, conversationId, err: (err as Error).message, delay }, 'fetch failed, peer backed off')
        if (tooLarge) this.backend.reportError(conversationId, SYNC_ERROR.FETCH_TOO_LARGE, `fetch from device ${peer.deviceId} exceeds ${this.maxBytes} bytes: nothing merged`)
        // a network failure is tried again once the peer's backoff has passed (one timer per
        // peer and conversation; the backoff doubles while it keeps failing)
        else this.retryLater(conversationId, peer, commit, delay)
        return
      }
      if (await inHistory(local.repoPath, local.head, tip)) return
      const count = await this.countNew(q, tip, local.head)
      if (count > this.maxCommits) {
        this.backoff.fail(key)
        this.backend.reportError(conversationId, SYNC_ERROR.FETCH_TOO_LARGE, `fetch from device ${peer.deviceId} brings ${count} commits (limit ${this.maxCommits}): nothing merged`)
        return
      }
      const v = await this.backend.validateRange(q.path, [local.head], [tip])
      if (abort?.aborted === true) return
      if (!v.ok) {
        this.refused(conversationId, peer, v)
        return
      }
      this.imported(conversationId, peer, tip, await this.backend.importQuarantine(conversationId, q.path, tip))
    } finally {
      await q.remove()
    }
  }

  private retryLater (conversationId: string, peer: KnownPeer, commit: string, delay: number): void {
    const key = `${peer.peerId.toString()}/${conversationId}`
    if (this.stopped || this.retries.has(key)) return
    const timer = setTimeout(() => {
      this.retries.delete(key)
      if (this.stopped || this.node.identityOf(peer.peerId) === undefined) return
      this.track(this.learned(peer, conversationId, commit))
    }, delay)
    timer.unref?.()
    this.retries.set(key, timer)
  }

  /**
   * A commit made here: announced together with the other local commits of its conversation
   * that arrive in the same turn of the event loop (a group commit's messages come together),
   * as one announce of the newest carrying the objects of all: one frame per peer and one
   * import on its side instead of one per message.
   */
  announceLocal (conversationId: string, commit: string): void {
    let batch = this.localBatches.get(conversationId)
    if (batch === undefined) {
      const commits: string[] = batch = []
      this.localBatches.set(conversationId, commits)
      setImmediate(() => {
        this.localBatches.delete(conversationId)
        this.announce(conversationId, commits[commits.length - 1]!, undefined, commits)
      })
    }
    batch.push(commit)
  }

  /**
   * Announces `commit` to every connected device allowed in the conversation (not `except`).
   * The new objects of `commits` (the new commits up to `commit`, children after parents;
   * default `commit` alone) travel with it when they are small (docs/sync.md "Push"), so a peer on the parent imports
   * at once, without a fetch.
   */
  announce (conversationId: string, commit: string, except?: string, commits?: string[]): void {
    if (this.stopped) return
    commits ??= [commit]
    this.recent.add([commit, ...commits])
    const targets = announceTargets(this.node.knownPeers(), this.backend.ownDeviceId, except)
    if (targets.length === 0) return
    this.track(this.announceTo(targets, conversationId, commit, commits))
  }

  private async announceTo (targets: KnownPeer[], conversationId: string, commit: string, commits: string[]): Promise<void> {
    const msg: Record<string, unknown> = { type: ANNOUNCE_TYPE, conversationId, commit, deviceId: this.backend.ownDeviceId }
    if (commits.length > 0 && commits[commits.length - 1] === commit) {
      const local = await this.authorizeCached(conversationId, this.backend.ownUri, this.backend.ownDeviceId)
      const objects = local.allowed ? await objectsOf(local.repoPath, commits).catch(() => undefined) : undefined
      if (objects !== undefined) msg.objects = toWire(objects)
    }
    for (const peer of targets) {
      this.track((async () => {
        const auth = await this.authorizeCached(conversationId, peer.accountUri!, peer.deviceId)
        if (!auth.allowed) return
        try {
          await this.channels!.send(peer.peerId, msg, AbortSignal.timeout(MESSAGE_TIMEOUT_MS))
        } catch (err) {
          // a lost announce is made good by a later heads exchange with that peer
          this.resyncLater(peer)
          throw err
        }
        // an invited account that may not have the conversation yet gets the invitation too:
        // invitations travel with the gossip, not only from the inviter's own device
        if (auth.role === 'invited') await this.sendInvite(conversationId, [peer])
      })())
    }
  }

  private async sendInvite (conversationId: string, targets: KnownPeer[]): Promise<void> {
    const uri = targets[0]?.accountUri
    if (uri === undefined) return
    const [head] = await this.backend.listHeads(uri, conversationId)
    if (head === undefined || head.role !== 'invited') return
    const msg = { [INVITE_KEY]: this.inviteOf(head) }
    await Promise.allSettled(targets.map(async (p) => { await this.send(p, INVITE_PROTOCOL, msg) }))
  }

  /** After a local `member`/`add`: the invitation to the invitee's connected devices. */
  invite (conversationId: string, uri: string): void {
    const targets = this.node.knownPeers().filter((p) => p.accountUri === uri)
    if (targets.length === 0) return
    this.track(this.sendInvite(conversationId, targets))
  }

  private async cloneWaiting (): Promise<void> {
    for (const r of await this.backend.acceptedRequests()) this.track(this.clone(r.conversationId, r.from === '' ? undefined : r.from))
  }

  /**
   * A new conversation here (a ONE_TO_ONE names its peer in the initial commit, with no
   * `member`/`add`): connected devices of invited accounts get the invitation.
   */
  offerInvites (conversationId: string): void {
    for (const peer of announceTargets(this.node.knownPeers(), this.backend.ownDeviceId)) this.track(this.sendInvite(conversationId, [peer]))
  }

  /** Clones an accepted conversation from `from`'s devices first, then any connected device. */
  requestClone (conversationId: string, from?: string): void {
    this.track(this.clone(conversationId, from))
  }

  private async clone (conversationId: string, from?: string): Promise<void> {
    if (this.cloning.has(conversationId) || this.stopped) return
    this.cloning.add(conversationId)
    try {
      const peers = announceTargets(this.node.knownPeers(), this.backend.ownDeviceId)
        .sort((a, b) => Number(b.accountUri === from) - Number(a.accountUri === from))
      for (const peer of peers) {
        const key = peer.peerId.toString()
        if (!this.backoff.allowed(key)) continue
        const q = await createQuarantine(this.dataDir, conversationId)
        try {
          let tip: string
          try {
            tip = await this.fetchInto(q, conversationId, peer)
          } catch (err) {
            // a peer that does not hold the conversation (or does not let us read it) refuses
            // it: not a failure of the peer (an imported account clones many conversations,
            // each from the few peers that hold it; backing the others off would starve them)
            if (refusedByPeer(err)) continue
            const delay = this.backoff.fail(key)
            this.log.debug({ peer: key, conversationId, err: (err as Error).message, delay }, 'clone fetch failed')
            continue
          }
          const count = await this.countNew(q, tip)
          if (count > this.maxCommits) {
            this.backoff.fail(key)
            this.backend.reportError(conversationId, SYNC_ERROR.FETCH_TOO_LARGE, `clone from device ${peer.deviceId} brings ${count} commits (limit ${this.maxCommits})`)
            continue
          }
          const v = await this.backend.validateRange(q.path, [], [tip])
          if (!v.ok) {
            this.backoff.fail(key)
            this.backend.reportError(conversationId, SYNC_ERROR.INVALID_COMMIT, `commit ${v.invalidCommit} from device ${peer.deviceId} refused (${v.rule}): ${v.message}`)
            continue
          }
          await this.backend.install(conversationId, q.path, tip)
          this.backoff.succeed(key)
          this.log.info({ peer: key, conversationId, commits: count }, 'conversation cloned')
          return
        } finally {
          await q.remove()
        }
      }
      // No peer could serve it now (all failed or backed off): try once more when the first
      // backoff ends, so an accepted request never waits for a new connection to be cloned.
      const waits = peers.map((p) => this.backoff.remaining(p.peerId.toString())).filter((w) => w > 0)
      if (waits.length > 0) this.retryClone(conversationId, from, Math.min(...waits))
    } finally {
      this.cloning.delete(conversationId)
    }
  }

  private retryClone (conversationId: string, from: string | undefined, delay: number): void {
    const key = `clone/${conversationId}`
    if (this.stopped || this.retries.has(key)) return
    const timer = setTimeout(() => {
      this.retries.delete(key)
      if (this.stopped) return
      this.track((async () => {
        const waiting = await this.backend.acceptedRequests()
        if (waiting.some((r) => r.conversationId === conversationId)) await this.clone(conversationId, from)
      })())
    }, delay)
    timer.unref?.()
    this.retries.set(key, timer)
  }
}

/** True when a fetch failed because the peer refused it (403: it does not hold the conversation, or does not let us read it). */
function refusedByPeer (err: unknown): boolean {
  const e = err as { code?: unknown, data?: { status?: unknown } } | null
  return e?.code === 'GIT_REMOTE_ERROR' && e.data?.status === 403
}

/**
 * True when `oid` is the local head or one of its ancestors. Holding the object is not enough:
 * a commit can be stored without being on the branch (a merge that lost to the higher head,
 * an import whose check failed), and a device on another head must still import it so that the
 * store's rules (fast-forward, merge, or move to the higher head) run.
 */
async function inHistory (repoPath: string, head: string, oid: string): Promise<boolean> {
  if (oid === head) return true
  try {
    await git(repoPath, ['merge-base', '--is-ancestor', oid, head])
    return true
  } catch {
    return false
  }
}
