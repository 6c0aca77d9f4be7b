// What a device behind a NAT can tell about its link to the others: its network view
// (`GET /v1/health` `network`), whether its address record is stored in the DHT, and whether
// its link to its peer ended direct (hole-punched) or relayed.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { api, poll } from './api.ts'
import type { SimDevice } from './device.ts'
import type { NetworkHealth } from '@skarm/gateway'

/** A device's network view, as `GET /v1/health` reports it in `network` (API.md). */
export type NetworkView = NetworkHealth

/** The device's network view; throws when the gateway does not report one. */
export async function networkView (d: Pick<SimDevice, 'api' | 'name'>): Promise<NetworkView> {
  const r = await api(d, 'GET', '/v1/health')
  const view = r.body?.network as NetworkView | null | undefined
  if (r.status !== 200 || view === null || view === undefined) throw new Error(`${d.name} reports no network view (GET /v1/health answered ${r.status})`)
  return view
}

/**
 * True once the device's dht process logged storing its address record on at least one DHT
 * peer at or after `since` (ms since the epoch). Reads `logs/dht.log`: the stack must run at
 * log level `debug`. Until then an invitation to a device behind a NAT finds no address.
 */
export async function addressPublished (d: Pick<SimDevice, 'dataDir'>, since = 0): Promise<boolean> {
  return await logged(join(d.dataDir, 'logs/dht.log'), since, (l) => l.msg === 'dht put done' && Number(l.accepted) >= 1)
}

/** What the transport logs when a direct connection joins a relayed one to the same peer (DCUtR). */
const DIRECT_UPGRADE = 'direct connection to a peer reached through a relay'

/**
 * True once the device's transport logged a direct connection to a peer it reached through a
 * relay (DCUtR's upgrade) at or after `since` (ms since the epoch). Reads `logs/transport.log`
 * (info level).
 */
export async function upgradedToDirect (d: Pick<SimDevice, 'dataDir'>, since = 0): Promise<boolean> {
  return await logged(join(d.dataDir, 'logs/transport.log'), since, (l) => l.msg === DIRECT_UPGRADE)
}

/**
 * The addresses of the direct connections the device's transport opened to peers it reached
 * through a relay (DCUtR's upgrades), oldest first, from `logs/transport.log` (info level):
 * tells whether a punched link runs over TCP or QUIC.
 */
export async function directUpgrades (d: Pick<SimDevice, 'dataDir'>): Promise<string[]> {
  return (await logLines(join(d.dataDir, 'logs/transport.log')))
    .filter((l) => l.msg === DIRECT_UPGRADE && typeof l.address === 'string')
    .map((l) => l.address as string)
}

/** The JSON lines of a log file (others skipped); none when it cannot be read. */
async function logLines (file: string): Promise<Array<Record<string, unknown>>> {
  let log: string
  try {
    log = await readFile(file, 'utf8')
  } catch {
    return []
  }
  return log.split('\n').flatMap((l) => {
    try {
      const line = JSON.parse(l) as unknown
      return typeof line === 'object' && line !== null ? [line as Record<string, unknown>] : []
    } catch {
      return []
    }
  })
}

/** True once a line of the JSON log `file` at or after `since` passes `match`. */
async function logged (file: string, since: number, match: (line: Record<string, unknown>) => boolean): Promise<boolean> {
  return (await logLines(file)).some((l) => match(l) && Date.parse(String(l.time)) >= since)
}

/**
 * How a home device's link to its one peer ended: `direct` when it holds a direct connection
 * besides those to its relays (DCUtR punched a hole), else `relayed`. Gives an upgrade up to
 * `waitMs` to happen. Meant for a device whose only peers are its relays and that one peer.
 */
export async function linkKind (d: Pick<SimDevice, 'api' | 'name'>, waitMs = 20_000): Promise<'direct' | 'relayed'> {
  const direct = await poll(async () => {
    const n = await networkView(d)
    return n.connections.direct > n.relays.length
  }, waitMs)
  return direct === true ? 'direct' : 'relayed'
}

/**
 * The libp2p peer id of a device's transport, from its `logs/transport.log` (`transport node
 * started`, info level): `run.json` `p2p` may be empty while a node listening on a public
 * address waits for AutoNAT to confirm it, so its peer id is read here.
 */
export async function transportPeerId (d: Pick<SimDevice, 'dataDir' | 'name'>): Promise<string> {
  const log = await readFile(join(d.dataDir, 'logs/transport.log'), 'utf8')
  const line = log.split('\n').filter((l) => l.includes('"transport node started"')).at(-1)
  const id = line === undefined ? undefined : (JSON.parse(line) as { peerId?: string }).peerId
  if (id === undefined) throw new Error(`${d.name}'s transport log names no peer id`)
  return id
}

/**
 * The address to bootstrap from a relay at `address`:`port` (TCP): its own `p2p` when it lists
 * one there, else built from the address and its peer id.
 */
export async function relayBootstrap (relay: Pick<SimDevice, 'dataDir' | 'name' | 'p2p'>, address: string, port: number): Promise<string[]> {
  const own = relay.p2p.filter((a) => a.startsWith(`/ip4/${address}/tcp/${port}/`))
  return own.length > 0 ? own : [`/ip4/${address}/tcp/${port}/p2p/${await transportPeerId(relay)}`]
}
