import { hostname } from 'node:os'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { crlPath, exists, MODES, Mutex, rolesOf, type ModeName } from '@skarm/conversation'
import { ForbiddenError, InvalidInputError, NotFoundError } from '@skarm/errors'
import { createCrl, isId, parseCertificate, revokedSerials, verifyDeviceChain, type Identity } from '@skarm/identity'
import { AccountState, checkEntries, type AccountEntries } from './account-state.ts'
import type { ConversationInfoFile, Preferences } from './local-state.ts'
import type { RequestEntry } from './requests.ts'
import type { Store } from './store.ts'
import type { StoreSync } from './sync.ts'

/**
 * What the store tells the account state when the user changes, on this device, something the
 * account's other devices share (SPEC.md §8). Called by `Store` and `StoreSync` after the local
 * write; each writes one entry.
 */
export interface AccountHooks {
  /** A conversation created, installed (accepted, joined) here: `conv/<id>` = `{mode}`. */
  joined: (id: string, mode: ModeName) => Promise<void>
  /** removeConversation: `conv/<id>` = null. */
  removed: (id: string) => Promise<void>
  /** setConversationPreferences (the merged preferences): `conv/<id>/prefs`. */
  preferences: (id: string, prefs: Preferences) => Promise<void>
  /** setMessageDisplayed: `conv/<id>/displayed` = commit id. */
  displayed: (id: string, commit: string) => Promise<void>
  /** A request received, accepted or declined here: `conv/<id>/request`. */
  request: (entry: RequestEntry) => Promise<void>
}

/** Status of a conversation request in the account state. */
export type RequestStatus = 'pending' | 'accepted' | 'declined'

/** The value of `conv/<id>/request`: what the request says, and the decision about it. */
export type RequestValue = Pick<RequestEntry, 'from' | 'received' | 'title' | 'description' | 'avatar' | 'mode'> & { status: RequestStatus }

/** The value of `device/<deviceId>`: the device's certificate, its name, and `revoked` for ever once revoked. */
export interface DeviceValue {
  cert: string
  name?: string
  revoked?: true
}

/** Where an entry goes when another device's value wins (keys of other work: contacts). */
export type EntryApplier = (key: string, value: unknown) => Promise<void>

/** A logger as the store's process passes it (pino's shape). */
export interface AccountLogger {
  warn: (obj: object, msg: string) => void
}

/** What {@link AccountSync} is built over. */
export interface AccountSyncComponents {
  store: Store
  sync: StoreSync
  identity: Identity
  dataDir: string
  /** The process's one AccountState (it caches the file: two instances would lose each other's writes). Default: a new one. */
  state?: AccountState
  /** After every change of the state (local or merged): the keys (the transport sends their entries to the other own devices). */
  changed?: (keys: string[]) => void
  logger?: AccountLogger
}

const CONV_KEY = /^conv\/([0-9a-f]{40})(?:\/(prefs|displayed|request))?$/
const COLOR = /^#[0-9a-fA-F]{6}$/
const MAX_SYMBOL = 32

/** The preferences in a value from another device: only well-formed fields. */
export function preferencesOf (v: unknown): Preferences {
  const o = typeof v === 'object' && v !== null ? v as Record<string, unknown> : {}
  const out: Preferences = {}
  if (typeof o.color === 'string' && COLOR.test(o.color)) out.color = o.color
  if (typeof o.ignoreNotifications === 'boolean') out.ignoreNotifications = o.ignoreNotifications
  if (typeof o.symbol === 'string' && o.symbol.length <= MAX_SYMBOL) out.symbol = o.symbol
  return out
}

/** A request value from another device, or undefined when malformed. */
export function requestValueOf (v: unknown): RequestValue | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const o = v as Record<string, unknown>
  if (typeof o.from !== 'string' || !isId(o.from)) return undefined
  if (o.status !== 'pending' && o.status !== 'accepted' && o.status !== 'declined') return undefined
  const out: RequestValue = { from: o.from, received: Number.isSafeInteger(o.received) && (o.received as number) >= 0 ? o.received as number : 0, status: o.status }
  for (const k of ['title', 'description', 'avatar'] as const) if (typeof o[k] === 'string' && o[k] !== '') out[k] = o[k]
  if (typeof o.mode === 'string' && (MODES as readonly string[]).includes(o.mode)) out.mode = o.mode as ModeName
  return out
}

function statusOf (r: RequestEntry): RequestStatus {
  return r.declined === true ? 'declined' : r.accepted === true ? 'accepted' : 'pending'
}

function isRevokedDevice (v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as DeviceValue).revoked === true
}

/**
 * The account state shared by the account's own devices (`AccountState`, last writer wins on
 * Lamport clocks), tied to the store: local changes become entries ({@link AccountHooks}), and
 * entries won from another device are applied here (preferences written, a removal made, a
 * request shown, accepted or declined, a conversation of the account we lack cloned). After any
 * change the changed keys go to `changed` (AccountStateChanged on the bus).
 *
 * ```ts
 * const account = new AccountSync({ store, sync, identity, dataDir, changed: (keys) => publish(keys) })
 * await account.start()                              // device entry, hooks attached, state applied
 * await account.merge(otherDeviceId, entriesFromIt)  // keys changed here
 * ```
 */
export class AccountSync implements AccountHooks {
  readonly state: AccountState
  private readonly store: Store
  private readonly sync: StoreSync
  private readonly identity: Identity
  private readonly changedFn: (keys: string[]) => void
  private readonly logger: AccountLogger | undefined
  // remote entries are applied one merge at a time
  private readonly applying = new Mutex()
  // one revocation at a time (each CRL revokes what the ones before it did)
  private readonly revoking = new Mutex()
  private readonly appliers: Array<{ prefix: string, fn: EntryApplier }> = []

  constructor (c: AccountSyncComponents) {
    this.store = c.store
    this.sync = c.sync
    this.identity = c.identity
    this.state = c.state ?? new AccountState(c.dataDir, c.identity.deviceId)
    this.changedFn = c.changed ?? (() => {})
    this.logger = c.logger
  }

  /** Applies the entries under `prefix` that another device wins with (contacts: `contact/`). */
  register (prefix: string, fn: EntryApplier): void {
    this.appliers.push({ prefix, fn })
  }

  /**
   * Called once at start, before requests are served: this device's entry (`device/<id>` =
   * its certificate and name), an entry for every conversation here that has none yet (made
   * before the state existed), then every entry applied again (what a crash between a merge and
   * its application left undone). Attaches the hooks to the store.
   */
  async start (): Promise<void> {
    const changed: string[] = []
    const own = `device/${this.identity.deviceId}`
    const mine = await this.state.get<DeviceValue>(own)
    if (mine === undefined || (mine.cert !== this.identity.deviceCert && mine.revoked !== true)) {
      await this.state.set(own, { cert: this.identity.deviceCert, name: hostname().slice(0, 64) } satisfies DeviceValue)
      changed.push(own)
    }
    const all = await this.state.all()
    for (const c of await this.store.listConversations()) {
      const key = `conv/${c.id}`
      if (all[key] !== undefined) continue
      await this.state.set(key, { mode: c.mode })
      changed.push(key)
    }
    this.store.account = this
    await this.applying.run(async () => {
      const all = await this.state.all()
      for (const key of Object.keys(all).sort()) await this.applyOne(key, all)
    })
    if (changed.length > 0) this.changedFn(changed)
  }

  /** Every entry (deletions included): what goes to the other devices. */
  async entries (): Promise<AccountEntries> {
    return await this.state.all()
  }

  /** The account's devices known here (their certificates issued by the account) and not revoked: this device first, then by id. */
  async devices (): Promise<string[]> {
    const out: string[] = []
    for (const [key, v] of await this.state.list<DeviceValue>('device/')) {
      const id = key.slice('device/'.length)
      if (!isRevokedDevice(v) && id !== this.identity.deviceId && this.ofAccount(id, v.cert)) out.push(id)
    }
    return [this.identity.deviceId, ...out.sort()]
  }

  /** The account's devices revoked (by any of its devices). */
  async revokedDevices (): Promise<Set<string>> {
    const out = new Set<string>()
    for (const [key, v] of await this.state.list<DeviceValue>('device/')) if (isRevokedDevice(v)) out.add(key.slice('device/'.length))
    return out
  }

  /**
   * Entries received from `fromDeviceId`, another device of this account: every entry that
   * wins is kept and applied here; answers the keys that changed. A revoked device is not
   * listened to (ACCOUNT_DEVICE_REVOKED); malformed entries are refused whole
   * (ACCOUNT_STATE_INVALID).
   */
  async merge (fromDeviceId: string, raw: unknown): Promise<string[]> {
    if (!isId(fromDeviceId)) throw new InvalidInputError('DEVICE_ID_INVALID', 'a device id is 40 hex characters', { deviceId: fromDeviceId })
    if (fromDeviceId === this.identity.deviceId) return []
    if ((await this.revokedDevices()).has(fromDeviceId)) throw new ForbiddenError('ACCOUNT_DEVICE_REVOKED', 'this device of the account is revoked: its state is not taken', { deviceId: fromDeviceId })
    const entries = checkEntries(raw)
    const changed = await this.applying.run(async () => {
      const keys = await this.state.merge(entries)
      const all = keys.length === 0 ? {} : await this.state.all()
      for (const key of keys) await this.applyOne(key, all)
      return keys
    })
    if (changed.length > 0) this.changedFn(changed)
    return changed
  }

  /**
   * revokeDevice: `deviceId`, another device of this account, is revoked for ever. The
   * account's CRL, issued with the account key, revokes the certificate serial of every device
   * revoked so far (and whatever our earlier CRLs revoked); it becomes the `crl` entry, the
   * device's entry says `revoked`, and every live conversation where the account is an admin or
   * a member gets an `application/revoke-device` commit carrying it (AccessRevoked follows:
   * the transport stops exchanging with the device). Answers the conversations committed to.
   * Refused: a malformed id (DEVICE_ID_INVALID), this device (DEVICE_SELF), a device that is
   * not one of this account's (DEVICE_NOT_FOUND).
   */
  async revokeDevice (deviceId: string): Promise<{ conversations: string[] }> {
    if (!isId(deviceId)) throw new InvalidInputError('DEVICE_ID_INVALID', 'a device id is 40 hex characters', { deviceId })
    if (deviceId === this.identity.deviceId) throw new ForbiddenError('DEVICE_SELF', 'a device cannot revoke itself: revoke it from another device of the account', { deviceId })
    const entry = await this.state.get<DeviceValue>(`device/${deviceId}`)
    if (entry === undefined || !this.ofAccount(deviceId, entry.cert)) throw new NotFoundError('DEVICE_NOT_FOUND', 'no device of this account has this id', { deviceId })
    return await this.revoking.run(async () => {
      const conversations = await this.accountConversations()
      const crl = await this.currentCrl(conversations, deviceId)
      const keys = [`device/${deviceId}`, 'crl']
      await this.state.set(keys[0]!, { ...entry, revoked: true } satisfies DeviceValue)
      await this.state.set(keys[1]!, crl)
      this.changedFn(keys)
      const done: string[] = []
      for (const id of conversations) {
        try {
          await this.store.revokeDevice(id, deviceId, crl)
          done.push(id)
        } catch (err) {
          // published there already (a revocation asked again), or the conversation cannot take
          // it now: the others still get theirs
          if ((err as { code?: string }).code !== 'DEVICE_ALREADY_REVOKED') this.logger?.warn({ conversationId: id, err: (err as Error).message }, 'device revocation not committed in a conversation')
        }
      }
      return { conversations: done }
    })
  }

  // True when `cert` is `deviceId`'s certificate, issued by our account.
  private ofAccount (deviceId: string, cert: unknown): boolean {
    if (typeof cert !== 'string') return false
    try {
      return verifyDeviceChain(cert, this.identity.accountCert).device.id === deviceId
    } catch {
      return false
    }
  }

  // The live conversations in which the account is an admin or a member.
  private async accountConversations (): Promise<string[]> {
    const out: string[] = []
    for (const c of await this.store.listConversations()) {
      try {
        const roles = rolesOf(await (await this.store.conversation(c.id)).conv.tree())
        if (roles.admins.has(this.identity.uri) || roles.members.has(this.identity.uri)) out.push(c.id)
      } catch {
        // an unreadable conversation is not one to revoke in
      }
    }
    return out
  }

  // The account's CRL after revoking `deviceId`: every revoked device's serial, and every
  // serial our CRLs revoked before (the `crl` entry, our file in each conversation: a
  // revocation is never undone). Never our own device's.
  private async currentCrl (conversations: string[], deviceId: string): Promise<string> {
    const serials = new Set<string>()
    const own = parseCertificate(this.identity.deviceCert).serialNumber
    for (const [key, v] of await this.state.list<DeviceValue>('device/')) {
      if (!isRevokedDevice(v) && key !== `device/${deviceId}`) continue
      if (this.ofAccount(key.slice('device/'.length), v.cert)) serials.add(parseCertificate(v.cert).serialNumber)
    }
    const earlier: unknown[] = [await this.state.get('crl')]
    for (const id of conversations) {
      try {
        const { conv } = await this.store.conversation(id)
        const file = (await conv.tree()).get(crlPath(this.identity.uri, this.identity.deviceId))
        if (file !== undefined) earlier.push((await conv.repo.readBlob(file.oid)).toString('utf8'))
      } catch {}
    }
    for (const pem of earlier) {
      if (typeof pem !== 'string') continue
      try {
        for (const serial of await revokedSerials(pem, this.identity.accountCert)) serials.add(serial)
      } catch {
        // not a CRL of our account: nothing of it to keep
      }
    }
    serials.delete(own)
    return await createCrl(this.identity.account, this.identity.accountCert, [...serials].sort())
  }

  // ── local changes (AccountHooks) ─────────────────────────────────────────────────────────

  private async write (key: string, value: unknown): Promise<void> {
    await this.state.set(key, value)
    this.changedFn([key])
  }

  async joined (id: string, mode: ModeName): Promise<void> {
    const cur = await this.state.get<{ mode?: string }>(`conv/${id}`)
    if (cur?.mode === mode) return
    await this.write(`conv/${id}`, { mode })
  }

  async removed (id: string): Promise<void> {
    await this.write(`conv/${id}`, null)
  }

  async preferences (id: string, prefs: Preferences): Promise<void> {
    await this.write(`conv/${id}/prefs`, prefs)
  }

  async displayed (id: string, commit: string): Promise<void> {
    if (await this.state.get(`conv/${id}/displayed`) === commit) return
    await this.write(`conv/${id}/displayed`, commit)
  }

  async request (entry: RequestEntry): Promise<void> {
    const key = `conv/${entry.conversationId}/request`
    const status = statusOf(entry)
    const all = await this.state.all()
    const cur = all[key]
    const curValue = requestValueOf(cur?.v)
    if (status === 'pending' && cur !== undefined) {
      // a request received here never takes the place of one decided elsewhere, unless the
      // account left the conversation since that decision (this is a new invitation)
      const conv = all[`conv/${entry.conversationId}`]
      if (conv === undefined || conv.v !== null || conv.c < cur.c) return
    } else if (curValue?.status === status) {
      return
    }
    await this.write(key, this.requestValue(entry, status))
  }

  private requestValue (r: RequestEntry, status: RequestStatus): RequestValue {
    const v: RequestValue = { from: r.from, received: r.received, status }
    for (const k of ['title', 'description', 'avatar'] as const) if (r[k] !== undefined && r[k] !== '') v[k] = r[k]
    if (r.mode !== undefined) v.mode = r.mode
    return v
  }

  // ── entries won from another device ──────────────────────────────────────────────────────

  // Applies the value of `key` in `all` (the state after the merge) here. Idempotent: applying
  // an entry twice changes nothing.
  private async applyOne (key: string, all: AccountEntries): Promise<void> {
    try {
      const m = CONV_KEY.exec(key)
      const value = all[key]?.v ?? undefined
      if (m !== null) {
        const id = m[1]!
        // what was decided about a conversation before the account left it is history
        const conv = all[`conv/${id}`]
        const stale = m[2] !== undefined && conv !== undefined && conv.v === null && conv.c > (all[key]?.c ?? 0)
        switch (m[2]) {
          case undefined: await this.applyConversation(id, value, all); break
          case 'prefs': await this.applyPreferences(id, value); break
          case 'displayed': await this.applyDisplayed(id, value); break
          case 'request': if (!stale) await this.applyRequest(id, value); break
        }
        return
      }
      for (const a of this.appliers) if (key.startsWith(a.prefix)) await a.fn(key, value)
    } catch (err) {
      // one entry that cannot be applied (a disk error, a conversation being written) does not
      // stop the others; it is applied again at the next start
      this.logger?.warn({ key, err: (err as Error).message }, 'account state entry not applied')
    }
  }

  private async here (id: string): Promise<boolean> {
    return await exists(join(this.store.dir, id)) && !await this.store.isRemoved(id)
  }

  private async applyConversation (id: string, value: unknown, all: AccountEntries): Promise<void> {
    if (value === undefined) {
      // removed on another device: removed here too, without a second `member`/`remove` commit
      // (the other device made it); the repository goes, nothing here needs it any more. A
      // request decided before the removal goes too (a clone in flight would bring the
      // conversation back); one newer than the removal (a new invitation) stays.
      const removal = all[`conv/${id}`]
      const decided = all[`conv/${id}/request`]
      const request = await this.sync.requests.get(id)
      if (request !== undefined && request.declined !== true && (decided === undefined || (removal !== undefined && decided.c < removal.c))) await this.sync.requests.remove(id)
      if (!await this.here(id)) return
      await this.store.withWriteLock(id, async () => {
        await this.store.local.write(id, 'info.json', { removed: Math.floor(Date.now() / 1000) } satisfies ConversationInfoFile)
        this.store.forget(id)
        await rm(join(this.store.dir, id), { recursive: true, force: true })
      })
      this.store.emit({ event: 'ConversationRemoved', conversationId: id })
      return
    }
    // a conversation the account is in (created, accepted or joined on another device)
    if (await this.here(id)) return
    if (await this.store.isRemoved(id)) {
      // removed here earlier, joined again elsewhere since: shown again
      await this.store.local.write(id, 'info.json', {} satisfies ConversationInfoFile)
      this.store.forget(id)
      if (await exists(join(this.store.dir, id))) {
        this.store.emit({ event: 'ConversationReady', conversationId: id })
        return
      }
    }
    const request = await this.sync.requests.get(id)
    if (request?.accepted === true) return
    const mode = (value as { mode?: unknown } | null)?.mode
    // an accepted request from our own account: the transport clones it from our other devices
    // or any member (the account is a member, so they serve it)
    await this.sync.requests.put({
      ...request,
      conversationId: id,
      from: request?.from ?? this.identity.uri,
      received: request?.received ?? Math.floor(Date.now() / 1000),
      ...(typeof mode === 'string' && (MODES as readonly string[]).includes(mode) ? { mode: mode as ModeName } : {}),
      accepted: true,
      declined: false
    })
    this.store.emit({ event: 'CloneRequested', conversationId: id, from: request?.from ?? this.identity.uri })
  }

  private async applyPreferences (id: string, value: unknown): Promise<void> {
    const prefs = preferencesOf(value)
    const cur = await this.store.local.read<Preferences>(id, 'preferences.json', {})
    if (JSON.stringify(cur) === JSON.stringify(prefs)) return
    await this.store.local.write(id, 'preferences.json', prefs)
    if (await this.here(id)) this.store.emit({ event: 'ConversationPreferencesUpdated', conversationId: id, preferences: prefs })
  }

  private async applyDisplayed (id: string, value: unknown): Promise<void> {
    if (!isId(value)) return
    const displayed = await this.store.local.read<Record<string, string>>(id, 'displayed.json', {})
    if (displayed[this.identity.uri] === value) return
    displayed[this.identity.uri] = value
    await this.store.local.write(id, 'displayed.json', displayed)
  }

  private async applyRequest (id: string, value: unknown): Promise<void> {
    const r = requestValueOf(value)
    if (r === undefined) return
    const key = `conv/${id}/request`
    if (await this.here(id)) {
      // the account is in the conversation: accepted, whatever another device says
      if (r.status !== 'accepted') await this.write(key, { ...r, status: 'accepted' } satisfies RequestValue)
      return
    }
    const local = await this.sync.requests.get(id)
    if (local !== undefined) {
      const mine = statusOf(local)
      if (r.status === 'pending') {
        // pending never undoes a decision: ours goes out again, with a newer clock
        if (mine !== 'pending') await this.write(key, this.requestValue(local, mine))
        return
      }
      if (mine === r.status) return
      if (r.status === 'accepted') {
        await this.sync.requests.update(id, { accepted: true, declined: false })
        this.store.emit({ event: 'CloneRequested', conversationId: id, from: local.from })
      } else {
        await this.sync.requests.update(id, { accepted: false, declined: true })
      }
      return
    }
    const entry: RequestEntry = { conversationId: id, from: r.from, received: r.received }
    for (const k of ['title', 'description', 'avatar'] as const) if (r[k] !== undefined) entry[k] = r[k]
    if (r.mode !== undefined) entry.mode = r.mode
    if (r.status === 'pending') {
      if (!await this.sync.requests.add(entry)) return
      const event: Extract<Parameters<Store['emit']>[0], { event: 'ConversationRequestReceived' }> = { event: 'ConversationRequestReceived', conversationId: id, from: r.from, received: r.received }
      for (const k of ['title', 'description', 'avatar'] as const) if (r[k] !== undefined) event[k] = r[k]
      this.store.emit(event)
    } else if (r.status === 'accepted') {
      await this.sync.requests.put({ ...entry, accepted: true })
      this.store.emit({ event: 'CloneRequested', conversationId: id, from: r.from })
    } else {
      // declined elsewhere: an invitation arriving here later is not shown
      await this.sync.requests.put({ ...entry, declined: true })
    }
  }
}
