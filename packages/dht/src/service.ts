import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { KeyObject } from 'node:crypto'
import type { Logger } from 'pino'
import { InvalidInputError } from '@skarm/errors'
import { createAccountRecord, mergeAccountDevices, type AccountDevice } from './account.ts'
import { createInboxEntry, inboxEntryId, isLive, mergeInbox, type InboxEntry, type InboxRecord } from './inbox.ts'
import type { AccountKey } from './keys.ts'
import type { DhtNode } from './node.ts'
import { createDeviceRecord, type DeviceRecord } from './record.ts'

/** Default period of the address (and account) record republication, in ms (records live 48 h in kad-dht). */
export const PUBLISH_INTERVAL_MS = 30 * 60_000

/** Default period of the inbox poll, in ms. */
export const POLL_INTERVAL_MS = 60_000

/** Default period of the outbox republication (entries this device left for others), in ms. */
export const REPUBLISH_INTERVAL_MS = 6 * 3600_000

/** At start, wait up to this many 200 ms steps for a first DHT peer before publishing and polling. */
const FIRST_WAIT_STEPS = 50

/** Entry ids remembered for the push event of other devices' entries (memory only). */
const PUSH_MEMORY = 4096

/** A verified inbox entry for this device, as the events carry it. */
export interface ReceivedEntry {
  entryId: string
  fromDeviceId: string
  toDeviceId: string
  kind: string
  payloadJson: string
  sentAtMs: number
  expiresAtMs: number
}

/** A device pinged through the DHT. */
export interface PushNotice {
  deviceId: string
  reason: string
  entryId: string
  fromDeviceId: string
}

/** Options of {@link startDhtService}. */
export interface DhtServiceInit {
  node: DhtNode
  device: { deviceId: string, privateKey: KeyObject, publicKey: KeyObject }
  /** The account key: with it the account record is published too. */
  account?: AccountKey
  /** The transport's current addresses (over the bus: `TransportMethods.getAddresses`). */
  transportAddresses: () => Promise<string[]>
  /** A new verified entry of this device's inbox (invite, announce, …). */
  onEntry: (entry: ReceivedEntry) => void
  /** A device (this one, a watched one, or one whose inbox this node stores) was pinged. */
  onPush: (notice: PushNotice) => void
  /** Where the state lives (`DATA/dht`): last seq, entry ids already delivered, outbox. */
  stateDir: string
  logger: Logger
  /** Devices whose inbox is watched for the push event (a push bridge for the account's mobiles). */
  watch?: string[]
  /**
   * The account's revoked devices (`readRevokedDevices(dataDir)`): never listed in the account
   * record we publish, nor answered for our own account.
   */
  revokedDevices?: () => Promise<Set<string>>
  publishIntervalMs?: number
  pollIntervalMs?: number
  republishIntervalMs?: number
  /** Run the first publish and poll at start. Default true. */
  startNow?: boolean
}

/** The running DHT service of a device. */
export interface DhtService {
  /** Publishes the address record (and the account record) now. */
  publishRecords: () => Promise<{ seq: number, addresses: string[] }>
  /** The verified address record of a device, or undefined. */
  findDevice: (deviceId: string) => Promise<DeviceRecord | undefined>
  /** The device ids of an account (all records found, merged), or undefined when none. */
  findAccountDevices: (uri: string) => Promise<{ deviceIds: string[], seq: number } | undefined>
  /** Signs and leaves an entry in a device's inbox; republished until it expires. */
  deliverOffline: (to: string, kind: string, payloadJson: string) => Promise<{ entryId: string, expiresAtMs: number }>
  /** Reads this device's (and watched devices') inbox now; the number of new own entries. */
  pollInbox: () => Promise<number>
  /** The push hook for inbox records this node validates (pass to `createDhtNode({ onInbox })`). */
  onInboxSeen: (record: InboxRecord) => void
  stop: () => Promise<void>
}

interface State {
  seq: number
  /** Entry id → expiry (ms) of the own entries already delivered. */
  seen: Record<string, number>
  /** Entries this device left for others, republished until they expire. */
  outbox: InboxEntry[]
}

async function loadState (file: string): Promise<State> {
  try {
    const s = JSON.parse(await readFile(file, 'utf8')) as Partial<State>
    return {
      seq: Number.isSafeInteger(s.seq) ? s.seq! : 0,
      seen: s.seen != null && typeof s.seen === 'object' ? s.seen : {},
      outbox: Array.isArray(s.outbox) ? s.outbox : []
    }
  } catch {
    return { seq: 0, seen: {}, outbox: [] }
  }
}

/**
 * The work of the DHT process: publishes this device's signed address record (and its
 * account's device list), answers lookups, leaves offline entries for other devices, and
 * polls its own inbox: each new verified entry → `onEntry` (once per entry id, remembered in
 * `DATA/dht/state.json`) and `onPush`.
 */
export async function startDhtService (init: DhtServiceInit): Promise<DhtService> {
  const { node, device, account, logger } = init
  await mkdir(init.stateDir, { recursive: true })
  const file = join(init.stateDir, 'state.json')
  const state = await loadState(file)
  const pushed = new Set<string>()
  const watch = [...new Set(init.watch ?? [])].filter(d => d !== device.deviceId)
  let stopped = false
  let saving: Promise<void> = Promise.resolve()

  const save = async (): Promise<void> => {
    const now = Date.now()
    for (const [id, exp] of Object.entries(state.seen)) if (exp <= now) delete state.seen[id]
    state.outbox = state.outbox.filter(e => isLive(e, now))
    const body = JSON.stringify(state)
    saving = saving.then(async () => {
      const tmp = `${file}.${process.pid}.tmp`
      await writeFile(tmp, body, { mode: 0o600 })
      await rename(tmp, file)
    }).catch((err: Error) => { logger.warn({ err: err.message }, 'dht state not saved') })
    await saving
  }

  const remember = (id: string): boolean => {
    if (pushed.has(id)) return false
    pushed.add(id)
    if (pushed.size > PUSH_MEMORY) pushed.delete(pushed.values().next().value!)
    return true
  }

  const push = (e: InboxEntry, id = inboxEntryId(e)): void => {
    if (!remember(id)) return
    init.onPush({ deviceId: e.to, reason: e.kind, entryId: id, fromDeviceId: e.from })
  }

  const revokedOf = async (): Promise<Set<string>> => await init.revokedDevices?.() ?? new Set<string>()

  let lastAddresses = ''
  const publishRecords = async (): Promise<{ seq: number, addresses: string[] }> => {
    const addresses = await init.transportAddresses()
    const now = Date.now()
    state.seq = Math.max(now, state.seq + 1)
    const seq = state.seq
    await save()
    await node.putDeviceRecord(createDeviceRecord(device, { ...(account === undefined ? {} : { accountUri: account.uri }), addresses, seq }))
    lastAddresses = JSON.stringify(addresses)
    if (account !== undefined) {
      const found = await node.getAccountRecords(account.uri)
      const self: AccountDevice = { id: device.deviceId, t: now }
      const revoked = await revokedOf()
      const devices = mergeAccountDevices(found, [self], now).filter(d => !revoked.has(d.id))
      const accSeq = Math.max(now, ...found.map(r => r.seq + 1))
      await node.putAccountRecord(createAccountRecord(account, { devices, seq: accSeq }))
    }
    logger.debug({ seq, addresses: addresses.length }, 'dht records published')
    return { seq, addresses }
  }

  const pollOne = async (deviceId: string): Promise<InboxEntry[]> => {
    const { record, copies } = await node.getInbox(deviceId)
    // Copies that differ (two senders at once): put the union back, it wins everywhere.
    if (copies > 1 && record.entries.length > 0) {
      await node.putInbox(record).catch((err: Error) => { logger.debug({ err: err.message }, 'inbox repair failed') })
    }
    return record.entries
  }

  const pollInbox = async (): Promise<number> => {
    let fresh = 0
    for (const e of await pollOne(device.deviceId)) {
      const id = inboxEntryId(e)
      if (state.seen[id] !== undefined) continue
      state.seen[id] = e.exp
      fresh++
      init.onEntry({ entryId: id, fromDeviceId: e.from, toDeviceId: e.to, kind: e.kind, payloadJson: e.payload, sentAtMs: e.t, expiresAtMs: e.exp })
      push(e, id)
    }
    if (fresh > 0) {
      await save()
      logger.info({ entries: fresh }, 'offline entries received')
    }
    for (const w of watch) {
      for (const e of await pollOne(w)) push(e)
    }
    return fresh
  }

  const republish = async (): Promise<void> => {
    const now = Date.now()
    const byRecipient = new Map<string, InboxEntry[]>()
    for (const e of state.outbox) if (isLive(e, now)) byRecipient.set(e.to, [...(byRecipient.get(e.to) ?? []), e])
    for (const [to, mine] of byRecipient) {
      const { record } = await node.getInbox(to)
      await node.putInbox(mergeInbox(to, [...record.entries, ...mine], now))
    }
  }

  const deliverOffline = async (to: string, kind: string, payloadJson: string): Promise<{ entryId: string, expiresAtMs: number }> => {
    if (to === device.deviceId) throw new InvalidInputError('DHT_SELF_DELIVERY', 'an offline entry for this very device')
    let entry: InboxEntry
    try {
      entry = createInboxEntry(device, { to, kind, payload: payloadJson })
    } catch (err) {
      throw new InvalidInputError('DHT_BAD_ENTRY', (err as Error).message, { to })
    }
    const entryId = inboxEntryId(entry)
    state.outbox.push(entry)
    await save()
    await node.addInboxEntry(entry)
    push(entry, entryId)
    return { entryId, expiresAtMs: entry.exp }
  }

  const onInboxSeen = (record: InboxRecord): void => {
    if (record.deviceId === device.deviceId) return
    const now = Date.now()
    for (const e of record.entries) if (isLive(e, now)) push(e)
  }

  const timers: Array<ReturnType<typeof setInterval>> = []
  const every = (ms: number, what: string, fn: () => Promise<unknown>): void => {
    let running = false
    const t = setInterval(() => {
      if (running || stopped) return
      running = true
      fn().catch((err: Error) => { logger.warn({ err: err.message, what }, 'dht periodic task failed') }).finally(() => { running = false })
    }, ms)
    t.unref()
    timers.push(t)
  }
  every(init.publishIntervalMs ?? PUBLISH_INTERVAL_MS, 'publish', publishRecords)
  every(init.pollIntervalMs ?? POLL_INTERVAL_MS, 'poll', async () => {
    // New transport addresses (a restart, a new interface): republish now, not in 30 min.
    const addresses = JSON.stringify(await init.transportAddresses())
    if (addresses !== lastAddresses) await publishRecords()
    await pollInbox()
  })
  every(init.republishIntervalMs ?? REPUBLISH_INTERVAL_MS, 'republish', republish)
  if (init.startNow ?? true) {
    const first = async (): Promise<void> => {
      // Give the bootstrap peers a moment: a poll with an empty routing table finds nothing.
      for (let i = 0; i < FIRST_WAIT_STEPS && node.routingTableSize() === 0 && !stopped; i++) await new Promise(resolve => setTimeout(resolve, 200))
      // The transport answers our address question only once it runs; entries polled before
      // it listens for them would be announced to nobody (each is announced once): publish
      // first, retrying for a while, then poll.
      for (let delay = 200; !stopped; delay *= 2) {
        try {
          await publishRecords()
          break
        } catch (err) {
          if (delay > 6_400) {
            logger.warn({ err: (err as Error).message }, 'dht records not published at start')
            break
          }
          await new Promise(resolve => setTimeout(resolve, delay))
        }
      }
      if (stopped) return
      await pollInbox().catch((err: Error) => { logger.warn({ err: err.message }, 'inbox not polled at start') })
      await republish().catch((err: Error) => { logger.warn({ err: err.message }, 'outbox not republished at start') })
    }
    void first()
  }

  return {
    publishRecords,
    findDevice: async (deviceId) => await node.getDeviceRecord(deviceId),
    findAccountDevices: async (uri) => {
      const found = await node.getAccountRecords(uri)
      if (found.length === 0) return undefined
      const revoked = account?.uri === uri ? await revokedOf() : new Set<string>()
      const devices = mergeAccountDevices(found, [], Date.now()).filter(d => !revoked.has(d.id))
      return { deviceIds: devices.map(d => d.id), seq: found[0]!.seq }
    },
    deliverOffline,
    pollInbox,
    onInboxSeen,
    stop: async () => {
      stopped = true
      for (const t of timers) clearInterval(t)
      await saving
    }
  }
}
