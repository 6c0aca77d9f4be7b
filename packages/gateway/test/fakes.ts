// Fakes behind the gateway's interfaces (unit tests only): a StoreClient that records its
// calls and answers what each test tells it, and an event source the test drives.
import type { FastifyInstance } from 'fastify'
import { skarm } from '@skarm/proto'
import { buildGateway, type GatewayDeps, type GatewayEvent, type GatewayEventSource, type ServiceHealth, type StoreClient } from '../src/index.ts'

const s = skarm.store.v1
const c = skarm.common.v1

export const CONV = 'c'.repeat(40)
export const ALICE = 'a'.repeat(40)
export const BOB = 'b'.repeat(40)
export const DEVICE = 'd'.repeat(40)
export const COMMIT = 'e'.repeat(40)
export const COMMIT2 = 'f'.repeat(40)

type Calls = Array<{ method: keyof StoreClient, req: unknown }>

/** Default answers: what a store would return for a small conversation. */
function defaults (): StoreClient {
  return {
    getAccount: async () => s.GetAccountResponse.create({ uri: ALICE, deviceId: DEVICE, displayName: 'alice', devices: [DEVICE] }),
    createConversation: async () => s.CreateConversationResponse.create({ id: CONV }),
    listConversations: async () => s.ListConversationsResponse.create({ conversations: [{ id: CONV, mode: s.Mode.INVITES_ONLY, syncing: false }] }),
    getConversation: async () => s.ConversationInfo.create({ id: CONV, mode: s.Mode.PUBLIC, title: 'T', description: 'D', avatar: '' }),
    updateProfile: async () => c.CommitResponse.create({ commit: COMMIT }),
    removeConversation: async () => c.Empty.create(),
    listMembers: async () => s.ListMembersResponse.create({ members: [{ uri: ALICE, role: 'admin', lastDisplayed: COMMIT }, { uri: BOB, role: 'invited' }] }),
    addMember: async () => c.CommitResponse.create({ commit: COMMIT }),
    banMember: async () => c.CommitResponse.create({ commit: COMMIT }),
    unbanMember: async () => c.CommitResponse.create({ commit: COMMIT }),
    promoteMember: async () => c.CommitResponse.create({ commit: COMMIT }),
    sendMessage: async () => s.SendMessageResponse.create({ id: COMMIT }),
    loadMessages: async () => s.LoadMessagesResponse.create({ messages: [] }),
    setDisplayed: async () => c.Empty.create(),
    getPreferences: async () => s.Preferences.create({ color: '#112233' }),
    setPreferences: async (req) => s.Preferences.create(req.preferences ?? {}),
    addContact: async () => s.AddContactResponse.create({ conversationId: CONV }),
    listContacts: async () => s.ListContactsResponse.create({ contacts: [{ uri: BOB, conversationId: CONV, confirmed: false }] }),
    removeContact: async () => c.Empty.create(),
    revokeDevice: async () => c.Empty.create()
  }
}

/** A recording store: `calls` lists every call in order; `overrides` replace default answers. */
export function fakeStore (overrides: Partial<StoreClient> = {}): { store: StoreClient, calls: Calls } {
  const calls: Calls = []
  const base = { ...defaults(), ...overrides }
  const store = {} as Record<string, (req: unknown) => Promise<unknown>>
  for (const [name, fn] of Object.entries(base) as Array<[keyof StoreClient, (req: unknown) => Promise<unknown>]>) {
    store[name] = async (req) => {
      calls.push({ method: name, req })
      return await fn(req)
    }
  }
  return { store: store as unknown as StoreClient, calls }
}

/** An event source whose events the test emits; `count` is the number of live subscribers. */
export function fakeEvents (): GatewayEventSource & { emit: (evt: GatewayEvent) => void, count: () => number } {
  const handlers = new Set<(evt: GatewayEvent) => void>()
  return {
    subscribe (handler) {
      const entry = (evt: GatewayEvent): void => { handler(evt) }
      handlers.add(entry)
      return () => { handlers.delete(entry) }
    },
    emit (evt) { for (const h of [...handlers]) h(evt) },
    count: () => handlers.size
  }
}

/** Gateway deps over a fake store, a fixed health report and fake events. */
export function fakeDeps (overrides: Partial<StoreClient> = {}, health: Record<string, ServiceHealth> = { store: { status: 'up', pid: 11 }, gateway: { status: 'up', pid: 12 } }): {
  deps: GatewayDeps
  calls: Calls
  events: ReturnType<typeof fakeEvents>
} {
  const { store, calls } = fakeStore(overrides)
  const events = fakeEvents()
  return { deps: { store, health: async () => health, events }, calls, events }
}

const built: FastifyInstance[] = []

/** A gateway over {@link fakeDeps}, closed by {@link closeGateways}. */
export function fakeGateway (...args: Parameters<typeof fakeDeps>): ReturnType<typeof fakeDeps> & { app: FastifyInstance } {
  const f = fakeDeps(...args)
  const app = buildGateway(f.deps)
  built.push(app)
  return { ...f, app }
}

/** Closes every gateway {@link fakeGateway} built (the `afterEach` of the tests that use it). */
export async function closeGateways (): Promise<void> {
  for (const app of built.splice(0)) await app.close()
}
