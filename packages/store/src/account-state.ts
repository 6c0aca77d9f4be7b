import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Mutex, writeFileAtomic } from '@skarm/conversation'
import { InvalidInputError } from '@skarm/errors'

/**
 * One entry of the account state: a JSON value, the Lamport clock of the write that made it
 * and the device that wrote it. `v: null` is a deletion (kept, so that it wins over older
 * writes arriving later).
 */
export interface AccountEntry {
  v: unknown
  c: number
  d: string
}

/** Entries by key. */
export type AccountEntries = Record<string, AccountEntry>

/** Most entries an account state holds (a peer cannot grow it without bound). */
export const MAX_ACCOUNT_ENTRIES = 20_000
/** Largest JSON of one entry's value, bytes. */
export const MAX_ACCOUNT_VALUE_BYTES = 64 * 1024
/** Keys: lowercase words and ids separated by `/` (`conv/<id>/prefs`, `contact/<uri>`, `device/<id>`). */
export const ACCOUNT_KEY = /^[a-z][a-z_]{0,31}(\/[0-9A-Za-z_.-]{1,64}){0,3}$/
const HEX40 = /^[0-9a-f]{40}$/

/**
 * True when entry `a` wins over `b` for `key`: the higher Lamport clock, then the higher
 * device id. Timestamps play no part. One exception: a device entry that says `revoked`
 * wins over one that does not (a revocation is never undone).
 */
export function entryWins (key: string, a: AccountEntry, b: AccountEntry | undefined): boolean {
  if (b === undefined) return true
  if (key.startsWith('device/')) {
    const ra = isRevoked(a.v)
    const rb = isRevoked(b.v)
    if (ra !== rb) return ra
  }
  return a.c !== b.c ? a.c > b.c : a.d > b.d
}

function isRevoked (v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { revoked?: unknown }).revoked === true
}

/** Checks entries received from elsewhere (another device, a file): throws ACCOUNT_STATE_INVALID. */
export function checkEntries (raw: unknown): AccountEntries {
  const bad = (why: string): never => { throw new InvalidInputError('ACCOUNT_STATE_INVALID', `account state: ${why}`) }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('not a JSON object')
  const obj = raw as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length > MAX_ACCOUNT_ENTRIES) bad(`more than ${MAX_ACCOUNT_ENTRIES} entries`)
  const out: AccountEntries = {}
  for (const key of keys) {
    if (!ACCOUNT_KEY.test(key)) bad(`bad key ${JSON.stringify(key.slice(0, 80))}`)
    const e = obj[key] as Partial<AccountEntry> | null
    if (typeof e !== 'object' || e === null || !('v' in e)) return bad(`entry ${key} is not {v, c, d}`)
    if (!Number.isSafeInteger(e.c) || e.c! < 1) bad(`entry ${key}: c must be a positive integer`)
    if (typeof e.d !== 'string' || !HEX40.test(e.d)) bad(`entry ${key}: d must be a device id`)
    if (JSON.stringify(e.v ?? null).length > MAX_ACCOUNT_VALUE_BYTES) bad(`entry ${key}: value larger than ${MAX_ACCOUNT_VALUE_BYTES} bytes`)
    out[key] = { v: e.v ?? null, c: e.c!, d: e.d! }
  }
  return out
}

/**
 * The state an account's own devices share (SPEC.md §8: preferences, removals, requests, last
 * displayed; also contacts and the account's devices), as a map of last-writer-wins entries
 * ordered by Lamport clocks. `DATA/account/state.json`, written atomically (fsync'd). Merging
 * the same entries in any order, on any device, gives the same state.
 *
 * ```ts
 * const state = new AccountState(dataDir, deviceId)
 * await state.set('conv/<id>/prefs', { color: '#336699' })
 * const changed = await state.merge(entriesFromAnotherDevice) // keys whose value changed here
 * ```
 */
export class AccountState {
  private readonly path: string
  private readonly deviceId: string
  private readonly lock = new Mutex()
  private entries: AccountEntries | undefined
  private clock = 0

  constructor (dataDir: string, deviceId: string) {
    this.path = join(dataDir, 'account', 'state.json')
    this.deviceId = deviceId
  }

  private async load (): Promise<AccountEntries> {
    if (this.entries !== undefined) return this.entries
    let entries: AccountEntries = {}
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as { clock?: unknown, entries?: unknown }
      entries = checkEntries(parsed.entries ?? {})
      if (Number.isSafeInteger(parsed.clock)) this.clock = parsed.clock as number
    } catch (err) {
      if ((err as { code?: string }).code !== 'ENOENT') throw err
    }
    for (const e of Object.values(entries)) if (e.c > this.clock) this.clock = e.c
    this.entries = entries
    return entries
  }

  private async save (entries: AccountEntries): Promise<void> {
    await mkdir(join(this.path, '..'), { recursive: true })
    await writeFileAtomic(this.path, JSON.stringify({ clock: this.clock, entries }) + '\n', undefined, true)
  }

  /** The value of `key` (undefined when absent or deleted). */
  async get<T = unknown> (key: string): Promise<T | undefined> {
    const e = (await this.load())[key]
    return e === undefined || e.v === null ? undefined : structuredClone(e.v) as T
  }

  /** Every live entry whose key starts with `prefix`, by key. */
  async list<T = unknown> (prefix: string): Promise<Map<string, T>> {
    const out = new Map<string, T>()
    for (const [k, e] of Object.entries(await this.load())) if (k.startsWith(prefix) && e.v !== null) out.set(k, structuredClone(e.v) as T)
    return out
  }

  /** A copy of every entry (deletions included): what goes to the other devices. */
  async all (): Promise<AccountEntries> {
    return structuredClone(await this.load())
  }

  /** Writes `value` under `key` (null deletes) with a clock above every one seen; persisted before it resolves. */
  async set (key: string, value: unknown): Promise<AccountEntry> {
    if (!ACCOUNT_KEY.test(key)) throw new InvalidInputError('ACCOUNT_STATE_INVALID', `bad account state key ${JSON.stringify(key)}`)
    return await this.lock.run(async () => {
      const entries = await this.load()
      const entry: AccountEntry = { v: structuredClone(value ?? null), c: ++this.clock, d: this.deviceId }
      entries[key] = entry
      await this.save(entries)
      return structuredClone(entry)
    })
  }

  /** Takes every remote entry that wins over ours; answers the keys that changed here. */
  async merge (remote: AccountEntries): Promise<string[]> {
    const checked = checkEntries(remote)
    return await this.lock.run(async () => {
      const entries = await this.load()
      const changed: string[] = []
      for (const [key, e] of Object.entries(checked)) {
        if (e.c > this.clock) this.clock = e.c
        const mine = entries[key]
        if (mine !== undefined && mine.c === e.c && mine.d === e.d) continue
        if (!entryWins(key, e, mine)) continue
        if (Object.keys(entries).length >= MAX_ACCOUNT_ENTRIES && mine === undefined) continue
        entries[key] = e
        changed.push(key)
      }
      if (changed.length > 0) await this.save(entries)
      return changed.sort()
    })
  }
}
