// Routing wiring of the transport process (docs/sync.md, Routing): the connection manager of
// @skarm/transport over the bus. The store names our conversations and their devices; the
// devices of invited accounts and of the inviters of our requests are kept connected too
// (an invitation and its clone need that connection); the DHT finds devices we know no
// address of, after the addresses remembered from before a restart.
import type { Bus } from '@skarm/bus'
import { DhtMethods, Events, SyncEvents, SyncMethods } from '@skarm/proto'
import { ConnectionManager, type PeerMemory, type TransportNode } from '@skarm/transport'
import type { Logger } from 'pino'

/** How long a bus answer may take in a routing round, ms. */
const BUS_TIMEOUT_MS = 15_000
/** How long a DHT lookup of a device's addresses may take, ms. */
const FIND_TIMEOUT_MS = 15_000
/** Accounts checked for a pending invitation per round (the ones met over hellos). */
const MAX_ACCOUNTS_CHECKED = 64

/** The manager, once started; `dialDiscovered` for the node is {@link RoutingHandle.shouldDial}. */
export interface RoutingHandle {
  manager: ConnectionManager
  stop: () => Promise<void>
}

/**
 * Starts connection management for `node`. `ownUri` is our account: `listHeads` with it
 * answers every conversation we are in with its devices. `accountWanted`: devices kept
 * connected for the account (our other devices, the hints of clones waiting: account.ts).
 */
export function startRouting (bus: Bus, node: TransportNode, ownUri: string, logger: Logger, accountWanted?: () => Promise<Iterable<string>>, memory?: PeerMemory): RoutingHandle {
  const manager = new ConnectionManager({
    node,
    logger,
    conversations: async () => (await bus.request(SyncMethods.listHeads, { uri: ownUri, conversationId: '' }, { timeoutMs: BUS_TIMEOUT_MS }))
      .conversations.map((c) => c.devices ?? []),
    wanted: async () => {
      const out = new Set<string>(accountWanted === undefined ? [] : await accountWanted())
      // the inviters of our requests (pending or accepted): the invitation's clone comes from them
      const requests = (await bus.request(SyncMethods.listRequests, { includeAccepted: true }, { timeoutMs: BUS_TIMEOUT_MS })).requests
      for (const r of requests) for (const d of manager.devicesOf(r.from ?? '')) out.add(d)
      // accounts met that are invited in one of our conversations: their devices get the invitation
      const members = new Set<string>([ownUri])
      for (const c of (await bus.request(SyncMethods.listHeads, { uri: ownUri, conversationId: '' }, { timeoutMs: BUS_TIMEOUT_MS })).conversations) {
        for (const m of c.members ?? []) members.add(m)
      }
      const others = manager.knownAccounts().filter((a) => !members.has(a)).slice(0, MAX_ACCOUNTS_CHECKED)
      for (const uri of others) {
        const heads = (await bus.request(SyncMethods.listHeads, { uri, conversationId: '' }, { timeoutMs: BUS_TIMEOUT_MS })).conversations
        if (heads.some((h) => h.role === 'invited')) for (const d of manager.devicesOf(uri)) out.add(d)
      }
      return out
    },
    // devices a ban or a revocation left allowed nowhere here (AccessGuard): never dialed
    refused: (deviceId) => node.isDeviceRefused(deviceId),
    // the devices met before a restart (DATA/peers.json) are dialed first, the DHT after
    rememberedAddresses: (deviceId) => memory?.addressesOf(deviceId) ?? [],
    findAddresses: async (deviceId) => {
      const r = await bus.request(DhtMethods.findDevice, { deviceId }, { timeoutMs: FIND_TIMEOUT_MS })
      return r.found ? r.addresses : []
    }
  })
  // what changes who is desired: a member added or a device joined (member commits), a request
  // received or accepted, a conversation cloned or removed
  const soon = (): void => { manager.schedule() }
  const offs = [
    bus.subscribe(Events.MessageReceived.subject, Events.MessageReceived.type, (evt) => { if (evt.message?.type === 'member') soon() }),
    bus.subscribe(Events.ConversationRequestReceived.subject, Events.ConversationRequestReceived.type, soon),
    bus.subscribe(SyncEvents.CloneRequested.subject, SyncEvents.CloneRequested.type, soon),
    bus.subscribe(Events.ConversationReady.subject, Events.ConversationReady.type, soon),
    bus.subscribe(Events.ConversationRemoved.subject, Events.ConversationRemoved.type, soon)
  ]
  manager.start()
  return {
    manager,
    stop: async () => {
      for (const off of offs) off()
      await manager.stop()
    }
  }
}
