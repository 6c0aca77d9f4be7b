// Offline delivery (docs/sync.md "Offline delivery", SPEC.md §7–§8): what a device that is not
// connected misses goes through the DHT inboxes of the dht process, and what arrives there is
// turned into a conversation request or a dial of the sender.
//
// Outgoing: a local commit → an `announce` entry for every device of the conversation's routing
// table (K per XOR bucket, connected ones first) that is not connected (coalesced: one per conversation per debounce window, and at most one per device
// and conversation until that device connects to us or the redelivery interval passes); a local
// `member`/`add` (or a ONE_TO_ONE created here, whose initial commit names the peer) → an
// `invite` entry for every device of the invitee account not connected.
// Contacts (1:1): while a contact is not confirmed (not in its ONE_TO_ONE yet), the invitations of
// the ONE_TO_ONEs that invite it are delivered again — at start, then after a delay doubling from
// 30 s to 30 min — so that an account not yet in the DHT, or a device of it found later, gets
// one. An invitation entry lives in the inbox for days (our dht republishes it): one is left per
// device and conversation until it nears its expiry (remembered in DATA/transport/invites-left.json).
// Incoming: an `invite` entry whose `from` is the sender device's account → `add_request` and a
// dial of the sender; an `announce` entry for a commit we lack → a dial of the sender (else of
// another device of the conversation): the hello → heads exchange of the new connection fetches
// what we lack, as on any reconnection.
import { execFile } from 'node:child_process'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Bus } from '@skarm/bus'
import { DhtEvents, DhtMethods, StoreMethods, SyncMethods, type skarm } from '@skarm/proto'
import { deviceIdOfPeer, parseInvite, routingTable, SYNC, type InviteBody, type KnownPeer } from '@skarm/transport'
import type { Logger } from 'pino'

const run = promisify(execFile)
const HEX40 = /^[0-9a-f]{40}$/

/** A burst of local commits in one conversation is delivered once, this long after its first commit, ms. */
export const OFFLINE_DEBOUNCE_MS = 2_000
/** An entry already left for a device and conversation is not left again before this (unless the device connected since), ms. */
export const OFFLINE_REDELIVER_MS = 10 * 60_000
/** A device's account (its DHT records) is remembered this long, ms; an unknown one half a minute. */
export const ACCOUNT_CACHE_MS = 60 * 60_000
export const ACCOUNT_MISS_CACHE_MS = 30_000
/** When no device of the conversation could be dialed after an announce: tried again after these delays, ms. */
export const REACH_RETRY_MS = [30_000, 120_000, 600_000]
/** Timeouts of DHT requests over the bus (a lookup walks the DHT), ms. */
export const DHT_LOOKUP_TIMEOUT_MS = 20_000
export const DHT_DELIVER_TIMEOUT_MS = 60_000
/** Largest payload of an inbox entry (packages/dht MAX_ENTRY_PAYLOAD_BYTES). */
export const MAX_PAYLOAD_BYTES = 4096
/** Entries received before the store answers are kept (at most this many) until `start()`. */
const EARLY_MAX = 256
/** Dial deadline of one device, ms. */
const DIAL_TIMEOUT_MS = 10_000
/** Devices of the conversation tried besides the sender after an announce (at random). */
export const REACH_MAX_OTHERS = 8
/** An unconfirmed contact's invitations are delivered again after this delay, doubling up to the next, ms. */
export const CONTACT_RETRY_FIRST_MS = 30_000
export const CONTACT_RETRY_MAX_MS = 30 * 60_000
/** An invitation entry left in a device's inbox is left again this long before it expires, ms. */
export const INVITE_RENEW_BEFORE_MS = 60 * 60_000
/** Timeout of the store's contact list over the bus, ms. */
const CONTACTS_TIMEOUT_MS = 20_000

/** What offline delivery needs of the transport node. */
export interface OfflineNode {
  deviceId: string
  knownPeers: () => Array<Pick<KnownPeer, 'deviceId'>>
  onPeer: (fn: (peer: KnownPeer) => void) => () => void
  libp2p: { dial: (addrs: Multiaddr[], opts?: { signal?: AbortSignal }) => Promise<unknown> }
}

/** Options of {@link OfflineDelivery}. */
export interface OfflineInit {
  bus: Pick<Bus, 'request' | 'subscribe'>
  node: OfflineNode
  /** This device's account URI. */
  ownUri: string
  /** Where the invitation entries left are remembered (`DATA`); none: in memory only. */
  dataDir?: string
  logger: Logger
  /** Default {@link OFFLINE_DEBOUNCE_MS}. */
  debounceMs?: number
  /** Default {@link OFFLINE_REDELIVER_MS}. */
  redeliverMs?: number
  /** Default {@link REACH_RETRY_MS}. */
  reachRetryMs?: number[]
  /** Delays of an unconfirmed contact's retries: the first, doubling up to the max. Default 30 s → 30 min. */
  contactRetryMs?: { first: number, max: number }
  /** True when `commit` is `head` or one of its ancestors in `repoPath`. Default: `git merge-base --is-ancestor`. */
  inHistory?: (repoPath: string, head: string, commit: string) => Promise<boolean>
  /** The initial commit of `repoPath`: its device (author email) and message. Default: git. */
  readInitial?: (repoPath: string) => Promise<{ deviceId: string, message: string } | undefined>
  now?: () => number
}

type OfflineEntry = skarm.dht.v1.OfflineEntryReceived

/** The announce payload of an offline entry (the `/skarm/announce/1.0.0` message). */
export function announcePayload (conversationId: string, commit: string, deviceId: string): string {
  return JSON.stringify({ type: SYNC.ANNOUNCE_TYPE, conversationId, commit, deviceId })
}

/**
 * The invite payload of an offline entry (the `/skarm/invite/1.0.0` message), within the
 * entry's 4 KiB: the avatar, then the description, then the member list (informative only:
 * the clone's history is what counts) are left out until it fits.
 */
export function invitePayload (body: InviteBody): string | undefined {
  const b: InviteBody = { ...body, members: [...body.members] }
  const text = (): string => JSON.stringify({ [SYNC.INVITE_KEY]: b })
  const fits = (): boolean => Buffer.byteLength(text()) <= MAX_PAYLOAD_BYTES
  if (!fits()) delete b.avatar
  if (!fits()) delete b.description
  while (!fits() && b.members.length > 0) b.members = b.members.slice(0, Math.floor(b.members.length / 2))
  if (!fits()) delete b.title
  return fits() ? text() : undefined
}

// The JSON object in `json`; undefined when it is not JSON or not an object.
function jsonObject (json: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(json)
    return v !== null && typeof v === 'object' ? v as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}

/** Parses an announce payload: `{conversationId, commit}` (40 hex each); undefined when malformed. */
export function parseAnnouncePayload (json: string): { conversationId: string, commit: string } | undefined {
  const o = jsonObject(json)
  if (o === undefined || typeof o.conversationId !== 'string' || !HEX40.test(o.conversationId) || typeof o.commit !== 'string' || !HEX40.test(o.commit)) return undefined
  return { conversationId: o.conversationId, commit: o.commit }
}

/**
 * Parses an invite payload: the `/skarm/invite/1.0.0` message (or a bare invite body), whose
 * `from` must be an account URI (no sender account to default to here).
 */
export function parseInvitePayload (json: string): InviteBody | undefined {
  const o = jsonObject(json)
  if (o === undefined) return undefined
  const body = (typeof o[SYNC.INVITE_KEY] === 'object' ? o[SYNC.INVITE_KEY] : o) as Record<string, unknown> | null
  if (body === null || typeof body.from !== 'string' || !HEX40.test(body.from)) return undefined
  return parseInvite(body, body.from)
}

/** The transport multiaddrs of a device record that really lead to that device (`/p2p/<its key>`). */
export function addressesOfDevice (deviceId: string, addresses: string[]): Multiaddr[] {
  const out: Multiaddr[] = []
  for (const a of addresses) {
    try {
      const ma = multiaddr(a)
      const p = ma.getComponents().findLast((c) => c.name === 'p2p')?.value
      if (p === undefined || deviceIdOfPeer(peerIdFromString(p)) !== deviceId) continue
      out.push(ma)
    } catch {}
  }
  return out
}

function shuffle<T> (list: T[]): T[] {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

async function gitInHistory (repoPath: string, head: string, commit: string): Promise<boolean> {
  if (commit === head) return true
  if (head === '') return false
  try {
    await run('git', ['--git-dir', repoPath, 'merge-base', '--is-ancestor', commit, head])
    return true
  } catch {
    return false
  }
}

async function gitReadInitial (repoPath: string): Promise<{ deviceId: string, message: string } | undefined> {
  try {
    const roots = (await run('git', ['--git-dir', repoPath, 'rev-list', '--max-parents=0', 'HEAD'])).stdout.trim().split('\n')
    if (roots.length !== 1 || !HEX40.test(roots[0]!)) return undefined
    const out = (await run('git', ['--git-dir', repoPath, 'log', '-1', '--format=%ae%x00%B', roots[0]!])).stdout
    const i = out.indexOf('\0')
    return i < 0 ? undefined : { deviceId: out.slice(0, i), message: out.slice(i + 1) }
  } catch {
    return undefined
  }
}

/** Offline invites and announces through the DHT (see the file comment). */
export class OfflineDelivery {
  private readonly bus: Pick<Bus, 'request' | 'subscribe'>
  private readonly node: OfflineNode
  private readonly ownUri: string
  private readonly log: Logger
  private readonly debounceMs: number
  private readonly redeliverMs: number
  private readonly reachRetryMs: number[]
  private readonly inHistory: (repoPath: string, head: string, commit: string) => Promise<boolean>
  private readonly readInitial: (repoPath: string) => Promise<{ deviceId: string, message: string } | undefined>
  private readonly now: () => number
  /** Per conversation: the latest local commit not yet delivered, and its timer. */
  private readonly pending = new Map<string, { commit: string, timer: ReturnType<typeof setTimeout> }>()
  /** `<kind>/<deviceId>/<conversationId>` → when an entry was left. */
  private readonly delivered = new Map<string, number>()
  private readonly accounts = new Map<string, { uri: string | undefined, until: number }>()
  private readonly reachRetries = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly contactRetryMs: { first: number, max: number }
  /** Unconfirmed contacts by URI: the delay of the next retry and its timer. */
  private readonly contactRetries = new Map<string, { delay: number, timer: ReturnType<typeof setTimeout> | undefined }>()
  private readonly invitesFile: string | undefined
  /** `<deviceId>/<conversationId>` → when the invitation entry left there expires, ms. */
  private invitesLeft: Map<string, number> | undefined
  private readonly early: Array<() => Promise<void>> = []
  private readonly tasks = new Set<Promise<unknown>>()
  /** Outgoing DHT work runs one piece at a time. */
  private chain: Promise<void> = Promise.resolve()
  private readonly offs: Array<() => void> = []
  private started = false
  private stopped = false

  constructor (init: OfflineInit) {
    this.bus = init.bus
    this.node = init.node
    this.ownUri = init.ownUri
    this.log = init.logger
    this.debounceMs = init.debounceMs ?? OFFLINE_DEBOUNCE_MS
    this.redeliverMs = init.redeliverMs ?? OFFLINE_REDELIVER_MS
    this.reachRetryMs = init.reachRetryMs ?? REACH_RETRY_MS
    this.contactRetryMs = init.contactRetryMs ?? { first: CONTACT_RETRY_FIRST_MS, max: CONTACT_RETRY_MAX_MS }
    this.invitesFile = init.dataDir === undefined ? undefined : join(init.dataDir, 'transport', 'invites-left.json')
    this.inHistory = init.inHistory ?? gitInHistory
    this.readInitial = init.readInitial ?? gitReadInitial
    this.now = init.now ?? Date.now
    // subscribed at once (the dht process may poll its inbox before the store answers); the
    // entries wait for start()
    this.offs.push(this.bus.subscribe(DhtEvents.InviteReceived.subject, DhtEvents.InviteReceived.type, (e) => { this.received(async () => { await this.onInvite(e) }) }))
    this.offs.push(this.bus.subscribe(DhtEvents.AnnounceReceived.subject, DhtEvents.AnnounceReceived.type, (e) => { this.received(async () => { await this.onAnnounce(e) }) }))
    // a device that connects has read (or no longer needs) what we left for it
    this.offs.push(this.node.onPeer((peer) => { this.forgetDevice(peer.deviceId) }))
  }

  /** Handles the entries received so far and from now on (call once the store answers). */
  start (): void {
    if (this.started || this.stopped) return
    this.started = true
    for (const fn of this.early.splice(0)) this.track(fn())
    // contacts not confirmed yet: their invitations again, now (the last run may have ended first)
    this.track(this.scanContacts())
  }

  /** Stops: pending deliveries are dropped (the heads exchange of a later connection makes up for them). */
  async stop (): Promise<void> {
    this.stopped = true
    for (const off of this.offs.splice(0)) off()
    for (const p of this.pending.values()) clearTimeout(p.timer)
    this.pending.clear()
    for (const t of this.reachRetries.values()) clearTimeout(t)
    this.reachRetries.clear()
    for (const r of this.contactRetries.values()) clearTimeout(r.timer)
    this.contactRetries.clear()
    this.early.length = 0
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks])
  }

  /** Waits for the work in flight (tests). */
  async idle (): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks])
  }

  private track (p: Promise<unknown>): void {
    const q = p.catch((err: Error) => { this.log.debug({ err: err.message }, 'offline delivery task failed') }).finally(() => { this.tasks.delete(q) })
    this.tasks.add(q)
  }

  private received (fn: () => Promise<void>): void {
    if (this.stopped) return
    if (this.started) this.track(fn())
    else if (this.early.length < EARLY_MAX) this.early.push(fn)
  }

  private serial (fn: () => Promise<void>): void {
    const next = this.chain.then(async () => { if (!this.stopped) await fn() })
    this.chain = next.catch(() => {})
    this.track(next)
  }

  private connectedDevices (): Set<string> {
    return new Set(this.node.knownPeers().map((p) => p.deviceId))
  }

  private forgetDevice (deviceId: string): void {
    for (const key of [...this.delivered.keys()]) if (key.split('/')[1] === deviceId) this.delivered.delete(key)
  }

  // ── outgoing ───────────────────────────────────────────────────────────────────────────

  /** A local commit in `conversationId`: devices not connected get an announce (coalesced). */
  committed (conversationId: string, commit: string): void {
    if (this.stopped || !HEX40.test(conversationId) || !HEX40.test(commit)) return
    const p = this.pending.get(conversationId)
    if (p !== undefined) {
      p.commit = commit
      return
    }
    const timer = setTimeout(() => {
      const due = this.pending.get(conversationId)
      this.pending.delete(conversationId)
      if (due !== undefined) this.serial(async () => { await this.flushAnnounce(conversationId, due.commit) })
    }, this.debounceMs)
    timer.unref?.()
    this.pending.set(conversationId, { commit, timer })
  }

  /** A local `member`/`add` of `uri`: the invitee's devices not connected get the invitation. */
  invited (conversationId: string, uri: string): void {
    if (this.stopped || !HEX40.test(conversationId) || !HEX40.test(uri)) return
    this.serial(async () => { await this.deliverInvite(conversationId, uri) })
  }

  /**
   * A conversation ready here (`ConversationReady`): when this device created it as a
   * ONE_TO_ONE, its initial commit names the peer (no `member`/`add`): the peer's devices not
   * connected get the invitation.
   */
  created (conversationId: string): void {
    if (this.stopped || !HEX40.test(conversationId)) return
    this.serial(async () => {
      const local = await this.bus.request(SyncMethods.authorize, { conversationId, uri: this.ownUri, deviceId: this.node.deviceId })
      if (!local.allowed || local.repoPath === '') return
      const initial = await this.readInitial(local.repoPath)
      if (initial === undefined || initial.deviceId !== this.node.deviceId) return
      let invited: unknown
      try {
        invited = (JSON.parse(initial.message) as Record<string, unknown>).invited
      } catch {
        return
      }
      if (typeof invited !== 'string' || !HEX40.test(invited) || invited === this.ownUri) return
      await this.deliverInvite(conversationId, invited)
      // a contact's ONE_TO_ONE: delivered again until the contact is in it
      if (!this.contactRetries.has(invited)) this.retryContact(invited, this.contactRetryMs.first, this.contactRetryMs.first)
    })
  }

  // ── contacts ───────────────────────────────────────────────────────────────────────────

  private async scanContacts (): Promise<void> {
    let contacts: skarm.store.v1.IContact[]
    try {
      contacts = (await this.bus.request(StoreMethods.listContacts, {}, { timeoutMs: CONTACTS_TIMEOUT_MS })).contacts
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, 'contacts not listed: no retries of their invitations')
      return
    }
    for (const c of contacts) {
      if (c.confirmed !== true && HEX40.test(c.uri ?? '') && !this.contactRetries.has(c.uri!)) this.retryContact(c.uri!, 0, this.contactRetryMs.first)
    }
  }

  /** The next attempt for contact `uri` in `inMs`; the one after it `delay` later. */
  private retryContact (uri: string, inMs: number, delay: number): void {
    if (this.stopped) return
    const cur = this.contactRetries.get(uri)
    if (cur !== undefined) clearTimeout(cur.timer)
    const entry: { delay: number, timer: ReturnType<typeof setTimeout> | undefined } = { delay, timer: undefined }
    entry.timer = setTimeout(() => {
      entry.timer = undefined
      this.serial(async () => { await this.contactAttempt(uri, entry) })
    }, inMs)
    entry.timer.unref?.()
    this.contactRetries.set(uri, entry)
  }

  // One retry: the invitations of every ONE_TO_ONE that still invites the contact; then the next
  // one later, unless the contact is gone, confirmed, or nothing invites it any more.
  private async contactAttempt (uri: string, entry: { delay: number }): Promise<void> {
    if (this.contactRetries.get(uri) !== entry) return
    const next = (): void => { this.retryContact(uri, entry.delay, Math.min(entry.delay * 2, this.contactRetryMs.max)) }
    let invitedIn: string[]
    try {
      const contact = (await this.bus.request(StoreMethods.listContacts, {}, { timeoutMs: CONTACTS_TIMEOUT_MS })).contacts.find((c) => c.uri === uri)
      if (contact == null || contact.confirmed === true) {
        this.contactRetries.delete(uri)
        return
      }
      invitedIn = (await this.bus.request(SyncMethods.listHeads, { uri, conversationId: '' })).conversations
        .filter((h) => h.role === 'invited' && h.mode === 'ONE_TO_ONE').map((h) => h.conversationId ?? '')
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, 'contact retry postponed')
      next()
      return
    }
    if (invitedIn.length === 0) {
      this.contactRetries.delete(uri)
      return
    }
    for (const conversationId of invitedIn) {
      if (this.stopped) return
      try {
        await this.deliverInvite(conversationId, uri)
      } catch (err) {
        this.log.debug({ conversationId, err: (err as Error).message }, 'contact invitation not delivered')
      }
    }
    this.log.debug({ conversations: invitedIn.length, nextInMs: entry.delay }, 'contact invitations delivered again')
    next()
  }

  private async loadInvitesLeft (): Promise<Map<string, number>> {
    if (this.invitesLeft !== undefined) return this.invitesLeft
    const left = new Map<string, number>()
    if (this.invitesFile !== undefined) {
      const o = jsonObject(await readFile(this.invitesFile, 'utf8').catch(() => '{}')) ?? {}
      for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && v > this.now()) left.set(k, v)
    }
    return (this.invitesLeft ??= left)
  }

  private async rememberInvite (key: string, expiresAtMs: number): Promise<void> {
    const left = await this.loadInvitesLeft()
    const now = this.now()
    for (const [k, exp] of left) if (exp <= now) left.delete(k)
    left.set(key, expiresAtMs)
    if (this.invitesFile === undefined) return
    const tmp = `${this.invitesFile}.tmp-${process.pid}`
    await mkdir(join(this.invitesFile, '..'), { recursive: true })
    await writeFile(tmp, JSON.stringify(Object.fromEntries(left)) + '\n')
    await rename(tmp, this.invitesFile)
  }

  private async deliver (deviceId: string, kind: 'announce' | 'invite', conversationId: string, payloadJson: string): Promise<void> {
    const key = `${kind}/${deviceId}/${conversationId}`
    const last = this.delivered.get(key)
    if (last !== undefined && this.now() - last < this.redeliverMs) return
    if (this.connectedDevices().has(deviceId)) return
    // an invitation waiting in the device's inbox is enough (a second would only crowd it)
    const exp = kind === 'invite' ? (await this.loadInvitesLeft()).get(`${deviceId}/${conversationId}`) : undefined
    if (exp !== undefined && exp - INVITE_RENEW_BEFORE_MS > this.now()) return
    const r = await this.bus.request(DhtMethods.deliverOffline, { deviceId, entry: { kind, payloadJson } }, { timeoutMs: DHT_DELIVER_TIMEOUT_MS })
    this.delivered.set(key, this.now())
    if (kind === 'invite') await this.rememberInvite(`${deviceId}/${conversationId}`, Number(r.expiresAtMs ?? 0) || this.now() + this.redeliverMs)
    this.log.debug({ deviceId, conversationId, kind, entryId: r.entryId }, 'offline entry left in the dht')
    // The invitee's device may be online where its DHT node cannot be reached (behind a NAT:
    // the entry waits for its next inbox poll, up to a minute). Dial it at the addresses of its
    // record (a relay's among them): the heads exchange of the new connection carries the
    // invitation at once.
    if (kind === 'invite' && !this.connectedDevices().has(deviceId) && await this.dial(deviceId)) {
      this.log.debug({ deviceId, conversationId }, 'dialed an invited device: the invitation goes with the heads')
    }
  }

  private async flushAnnounce (conversationId: string, commit: string): Promise<void> {
    const [head] = (await this.bus.request(SyncMethods.listHeads, { uri: this.ownUri, conversationId })).conversations
    if (head == null) return
    const connected = this.connectedDevices()
    const payload = announcePayload(conversationId, commit, this.node.deviceId)
    // Not connected is not offline in a routed swarm (docs/sync.md, Routing): only the devices of
    // our routing table (connected first, then nearest by XOR, K per bucket) that have no
    // connection, i.e. devices the connection manager wants and cannot reach, get an entry. So a
    // burst costs at most about 2·log2(n) entries, and every device is in the table of its
    // nearest neighbour. The rest catch up through their own tables when they return.
    const table = routingTable(this.node.deviceId, head.devices ?? [], { connected })
    for (const deviceId of table.buckets.flatMap((b) => b.desired)) {
      if (this.stopped) return
      if (connected.has(deviceId)) continue
      const last = this.delivered.get(`announce/${deviceId}/${conversationId}`)
      if (last !== undefined && this.now() - last < this.redeliverMs) continue
      try {
        // only a device whose account may see the conversation
        const uri = await this.accountOf(deviceId)
        if (uri === undefined) continue
        const auth = await this.bus.request(SyncMethods.authorize, { conversationId, uri, deviceId })
        if (!auth.allowed) continue
        await this.deliver(deviceId, 'announce', conversationId, payload)
      } catch (err) {
        this.log.debug({ deviceId, conversationId, err: (err as Error).message }, 'offline announce not delivered')
      }
    }
  }

  private async deliverInvite (conversationId: string, uri: string): Promise<void> {
    const [head] = (await this.bus.request(SyncMethods.listHeads, { uri, conversationId })).conversations
    if (head == null || head.role !== 'invited') return
    const body: InviteBody = {
      conversationId,
      from: head.inviter != null && HEX40.test(head.inviter) ? head.inviter : this.ownUri,
      members: head.members ?? []
    }
    if ((head.title ?? '') !== '') body.title = head.title!
    if ((head.description ?? '') !== '') body.description = head.description!
    if ((head.avatar ?? '') !== '') body.avatar = head.avatar!
    if ((head.mode ?? '') !== '') body.mode = head.mode!
    const payload = invitePayload(body)
    if (payload === undefined) return
    const acc = await this.bus.request(DhtMethods.findAccountDevices, { uri }, { timeoutMs: DHT_LOOKUP_TIMEOUT_MS })
    if (!acc.found) {
      this.log.debug({ conversationId }, 'invitee account not found in the dht: invitation left for the heads exchange')
      return
    }
    const connected = this.connectedDevices()
    for (const deviceId of acc.deviceIds ?? []) {
      if (this.stopped) return
      if (!HEX40.test(deviceId) || deviceId === this.node.deviceId || connected.has(deviceId)) continue
      try {
        const auth = await this.bus.request(SyncMethods.authorize, { conversationId, uri, deviceId })
        if (!auth.allowed) continue
        await this.deliver(deviceId, 'invite', conversationId, payload)
      } catch (err) {
        this.log.debug({ deviceId, conversationId, err: (err as Error).message }, 'offline invitation not delivered')
      }
    }
  }

  /**
   * The account of a device: the account URI of its signed DHT address record, refused when the
   * account's own record (signed by the account key) is found and does not list the device.
   */
  async accountOf (deviceId: string): Promise<string | undefined> {
    const cached = this.accounts.get(deviceId)
    if (cached !== undefined && cached.until > this.now()) return cached.uri
    let uri: string | undefined
    const dev = await this.bus.request(DhtMethods.findDevice, { deviceId }, { timeoutMs: DHT_LOOKUP_TIMEOUT_MS })
    if (dev.found && HEX40.test(dev.accountUri ?? '')) {
      uri = dev.accountUri!
      const acc = await this.bus.request(DhtMethods.findAccountDevices, { uri }, { timeoutMs: DHT_LOOKUP_TIMEOUT_MS })
      if (acc.found && !(acc.deviceIds ?? []).includes(deviceId)) uri = undefined
    }
    if (this.accounts.size > 10_000) this.accounts.clear()
    this.accounts.set(deviceId, { uri, until: this.now() + (uri === undefined ? ACCOUNT_MISS_CACHE_MS : ACCOUNT_CACHE_MS) })
    return uri
  }

  // ── incoming ───────────────────────────────────────────────────────────────────────────

  private async onInvite (e: OfflineEntry): Promise<void> {
    const from = e.fromDeviceId ?? ''
    if (!HEX40.test(from) || from === this.node.deviceId) return
    const invite = parseInvitePayload(e.payloadJson ?? '')
    if (invite === undefined) {
      this.log.info({ fromDeviceId: from, entryId: e.entryId }, 'malformed offline invitation dropped')
      return
    }
    // the entry is signed by the sender's device: the invitation must name that device's account
    const account = await this.accountOf(from)
    if (account === undefined || account !== invite.from) {
      this.log.info({ fromDeviceId: from, conversationId: invite.conversationId }, 'offline invitation refused: its sender is not a device of the inviting account')
      return
    }
    const local = await this.bus.request(SyncMethods.authorize, { conversationId: invite.conversationId, uri: this.ownUri, deviceId: this.node.deviceId })
    // held here already (accepted on another path): nothing to ask
    if (local.allowed) return
    await this.bus.request(SyncMethods.addRequest, {
      conversationId: invite.conversationId, from: invite.from, title: invite.title ?? '', description: invite.description ?? '', avatar: invite.avatar ?? '', mode: invite.mode ?? ''
    })
    this.log.info({ fromDeviceId: from, conversationId: invite.conversationId }, 'offline invitation received')
    // connect to the inviter: an accepted request is cloned from it, and the heads exchange
    // brings the invitation's details
    await this.reach(invite.conversationId, from, [])
  }

  private async onAnnounce (e: OfflineEntry): Promise<void> {
    const from = e.fromDeviceId ?? ''
    if (!HEX40.test(from) || from === this.node.deviceId) return
    const a = parseAnnouncePayload(e.payloadJson ?? '')
    if (a === undefined) return
    const local = await this.bus.request(SyncMethods.authorize, { conversationId: a.conversationId, uri: this.ownUri, deviceId: this.node.deviceId })
    // a conversation we do not hold is not fetched on an announce (an invitation comes as one)
    if (!local.allowed || local.repoPath === '') return
    if (await this.inHistory(local.repoPath, local.head, a.commit)) return
    const [head] = (await this.bus.request(SyncMethods.listHeads, { uri: this.ownUri, conversationId: a.conversationId })).conversations
    this.log.info({ fromDeviceId: from, conversationId: a.conversationId }, 'offline announce received')
    await this.reach(a.conversationId, from, head?.devices ?? [])
  }

  /**
   * Connects to `first`, else to another of `others` (any device of the conversation can serve
   * it): the new connection's hello → heads exchange fetches what we lack. Nothing to do when
   * `first` is connected already; when another device of the conversation is, only `first` is
   * tried (the connected one gossips the commit to us once it has it). No device reachable:
   * tried again later (bounded).
   */
  private async reach (conversationId: string, first: string, others: string[], attempt = 0): Promise<void> {
    const connected = this.connectedDevices()
    if (connected.has(first)) return
    const rest = others.filter((d) => d !== first && d !== this.node.deviceId && HEX40.test(d))
    const candidates = [first]
    if (!rest.some((d) => connected.has(d))) candidates.push(...shuffle(rest).slice(0, REACH_MAX_OTHERS))
    for (const deviceId of candidates) {
      if (this.stopped) return
      if (await this.dial(deviceId)) {
        this.log.debug({ deviceId, conversationId }, 'dialed a device of the conversation after an offline entry')
        return
      }
    }
    const delay = this.reachRetryMs[attempt]
    if (delay === undefined || this.stopped || this.reachRetries.has(conversationId)) return
    const timer = setTimeout(() => {
      this.reachRetries.delete(conversationId)
      if (!this.stopped) this.track(this.reach(conversationId, first, others, attempt + 1))
    }, delay)
    timer.unref?.()
    this.reachRetries.set(conversationId, timer)
  }

  private async dial (deviceId: string): Promise<boolean> {
    try {
      const dev = await this.bus.request(DhtMethods.findDevice, { deviceId }, { timeoutMs: DHT_LOOKUP_TIMEOUT_MS })
      if (!dev.found) return false
      const addrs = addressesOfDevice(deviceId, dev.addresses ?? [])
      if (addrs.length === 0) return false
      await this.node.libp2p.dial(addrs, { signal: AbortSignal.timeout(DIAL_TIMEOUT_MS) })
      return true
    } catch (err) {
      this.log.debug({ deviceId, err: (err as Error).message }, 'device from the dht not reachable')
      return false
    }
  }
}
