// The account's own devices (docs/sync.md, Accounts): `/skarm/account/1.0.0` over the bus (the
// store holds the state, checks and applies what another device sends), and the devices the
// routing keeps connected for the account: our other devices (named by our state, found in
// the account's DHT record, met over hellos; never revoked ones) and, for accepted requests
// still waiting for their clone, the devices an imported account named as holding them.
import type { Bus } from '@skarm/bus'
import { DhtMethods, SyncEvents, SyncMethods } from '@skarm/proto'
import { AccountProtocol, type AccountEntriesJson, type TransportNode } from '@skarm/transport'
import type { Logger } from 'pino'
import { storeReady } from './store-ready.ts'

/** Timeout of a bus request to the store, ms. */
const BUS_TIMEOUT_MS = 15_000
/** Timeout of the DHT lookup of the account's devices, ms. */
const DHT_TIMEOUT_MS = 20_000
/** Lookups of the account's devices in the DHT after start (its routing table fills), then every {@link LOOKUP_EVERY_MS}, ms. */
const LOOKUP_AT_START_MS = [3_000, 15_000, 60_000]
const LOOKUP_EVERY_MS = 10 * 60_000
const HEX40 = /^[0-9a-f]{40}$/

/** The account part of the transport process. */
export interface AccountHandle {
  /** Devices to keep connected for the account (routing's `wanted`). */
  wanted: () => Promise<string[]>
  stop: () => Promise<void>
}

/**
 * Starts the account state protocol once the store answers, and the lookups of our other
 * devices. `onDevices` is called when the set of devices to keep connected may have changed.
 */
export function startAccount (bus: Bus, node: TransportNode, ownUri: string, logger: Logger, onDevices: () => void = () => {}): AccountHandle {
  const protocol = new AccountProtocol({
    node,
    ownUri,
    logger,
    backend: {
      entries: async () => JSON.parse((await bus.request(SyncMethods.getAccountState, {}, { timeoutMs: BUS_TIMEOUT_MS })).entriesJson ?? '{}') as AccountEntriesJson,
      merge: async (fromDeviceId, entries) => {
        await bus.request(SyncMethods.mergeAccountState, { fromDeviceId, entriesJson: JSON.stringify(entries) }, { timeoutMs: BUS_TIMEOUT_MS })
      }
    }
  })
  // our devices met over hellos, and found in the account's DHT record
  const met = new Set<string>()
  const found = new Set<string>()
  let stopped = false
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const offPeer = node.onPeer((peer) => {
    if (peer.accountUri !== ownUri || peer.deviceId === node.deviceId || met.has(peer.deviceId)) return
    met.add(peer.deviceId)
    onDevices()
  })
  const offChanged = bus.subscribe(SyncEvents.AccountStateChanged.subject, SyncEvents.AccountStateChanged.type, (evt) => {
    const keys = evt.keys ?? []
    protocol.changed(keys)
    if (keys.some((k) => k.startsWith('device/'))) onDevices()
  })

  const lookup = async (): Promise<void> => {
    const r = await bus.request(DhtMethods.findAccountDevices, { uri: ownUri }, { timeoutMs: DHT_TIMEOUT_MS })
    let added = false
    for (const id of r.found ? r.deviceIds ?? [] : []) {
      if (!HEX40.test(id) || id === node.deviceId || found.has(id)) continue
      found.add(id)
      added = true
    }
    if (added) onDevices()
  }
  const later = (ms: number, fn: () => Promise<void>): void => {
    if (stopped) return
    const t = setTimeout(() => {
      timers.delete(t)
      if (!stopped) fn().catch((err: Error) => { logger.debug({ err: err.message }, 'account devices not looked up') })
    }, ms)
    t.unref?.()
    timers.add(t)
  }
  const periodic = async (): Promise<void> => {
    try {
      await lookup()
    } finally {
      later(LOOKUP_EVERY_MS, periodic)
    }
  }
  for (const ms of LOOKUP_AT_START_MS) later(ms, lookup)
  later(LOOKUP_AT_START_MS.at(-1)! + LOOKUP_EVERY_MS, periodic)

  // the services of a stack start together: the protocol starts once the store answers
  const starting = (async () => {
    await storeReady(bus, () => stopped)
    if (!stopped) await protocol.start()
    onDevices()
  })().catch((err: Error) => { logger.warn({ err: err.message }, 'account state protocol not started') })

  return {
    wanted: async () => {
      const revoked = protocol.revokedDevices()
      const out = new Set<string>([...protocol.ownDevices(), ...met, ...found])
      // accepted requests waiting for their clone: the devices named as holding them (an
      // imported account's hints) are dialed through the DHT, with the routing's backoff, until cloned
      const requests = (await bus.request(SyncMethods.listRequests, { includeAccepted: true }, { timeoutMs: BUS_TIMEOUT_MS })).requests
      for (const r of requests) if (r.accepted === true) for (const d of r.devices ?? []) if (HEX40.test(d)) out.add(d)
      for (const d of revoked) out.delete(d)
      out.delete(node.deviceId)
      return [...out].sort()
    },
    stop: async () => {
      stopped = true
      offPeer()
      offChanged()
      for (const t of timers) clearTimeout(t)
      timers.clear()
      await starting
      await protocol.stop()
    }
  }
}
