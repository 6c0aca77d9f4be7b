// Sync wiring of the transport process (docs/sync.md): the engine of @skarm/transport over the
// bus: the store answers heads, authorization, imports and requests; the validator validates
// quarantines; local commits (MessageReceived of this device) are announced, local invites
// sent, accepted requests cloned. Bans and revocations (AccessRevoked) stop the exchanges with
// the devices concerned (AccessGuard; docs/sync.md, "Bans and revocations").
import { join } from 'node:path'
import type { Bus } from '@skarm/bus'
import { Events, SyncEvents, SyncMethods, ValidatorMethods } from '@skarm/proto'
import { AccessGuard, SyncEngine, type SyncBackend, type TransportNode } from '@skarm/transport'
import type { Logger } from 'pino'
import { OfflineDelivery } from './offline.ts'
import { accountUriOf } from './own-account.ts'
import { storeReady } from './store-ready.ts'

const VALIDATE_TIMEOUT_MS = 120_000
const IMPORT_TIMEOUT_MS = 60_000

/** Starts sync for this device; returns the function that stops it. */
export async function startSync (bus: Bus, node: TransportNode, dataDir: string, logger: Logger, limits: { maxCommits?: number, maxBytes?: number } = {}): Promise<() => Promise<void>> {
  const ownDeviceId = node.deviceId
  const ownUri = await accountUriOf(dataDir)
  // DHT inboxes for devices that are not connected (offline.ts); entries that arrive before the
  // store answers wait for it
  const offline = new OfflineDelivery({ bus, node, ownUri, dataDir, logger: logger.child({ component: 'offline' }) })
  const backend: SyncBackend = {
    ownUri,
    ownDeviceId,
    listHeads: async (uri, conversationId) => (await bus.request(SyncMethods.listHeads, { uri, conversationId: conversationId ?? '' })).conversations.map((h) => ({
      conversationId: h.conversationId ?? '', head: h.head ?? '', role: h.role ?? '', members: h.members ?? [], inviter: h.inviter ?? '', title: h.title ?? '', description: h.description ?? '', avatar: h.avatar ?? '', mode: h.mode ?? ''
    })),
    authorize: async (conversationId, uri, deviceId) => {
      const r = await bus.request(SyncMethods.authorize, { conversationId, uri, deviceId })
      return { allowed: r.allowed, repoPath: r.repoPath, head: r.head, role: r.role }
    },
    validateRange: async (repoPath, bases, tips, objects = []) => {
      const r = await bus.request(ValidatorMethods.validateRange, { repoPath, bases, tips, objects }, { timeoutMs: VALIDATE_TIMEOUT_MS })
      return { ok: r.ok, invalidCommit: r.invalidCommit, rule: r.rule, message: r.message }
    },
    importQuarantine: async (conversationId, quarantinePath, tip, objects = []) => {
      const r = await bus.request(SyncMethods.import, { conversationId, quarantinePath, tip, objects }, { timeoutMs: IMPORT_TIMEOUT_MS })
      return { head: r.head, commits: r.commits, merged: r.merged, replaced: r.replaced }
    },
    install: async (conversationId, quarantinePath, tip) => {
      const r = await bus.request(SyncMethods.install, { conversationId, quarantinePath, tip }, { timeoutMs: IMPORT_TIMEOUT_MS })
      return { head: r.head, commits: r.commits }
    },
    addRequest: async (invite) => (await bus.request(SyncMethods.addRequest, {
      conversationId: invite.conversationId, from: invite.from, title: invite.title ?? '', description: invite.description ?? '', avatar: invite.avatar ?? '', mode: invite.mode ?? ''
    })).added,
    acceptedRequests: async () => (await bus.request(SyncMethods.listRequests, { includeAccepted: true })).requests
      .filter((r) => r.accepted === true).map((r) => ({ conversationId: r.conversationId ?? '', from: r.from ?? '' })),
    reportError: (conversationId, code, what) => {
      bus.publish(Events.OnConversationError.subject, Events.OnConversationError.type, { conversationId, code, what })
    }
  }
  const engine = new SyncEngine({ node, backend, dataDir, logger: logger.child({ component: 'sync' }), ...limits })
  // bans and revocations: at once, before the store answers (refusals kept from the last run
  // apply from the start; the checks wait for the store)
  const access = new AccessGuard({ node, backend, sync: engine, logger: logger.child({ component: 'access' }), file: join(dataDir, 'revocations.json') })
  await access.start()
  const offRevoked = bus.subscribe(SyncEvents.AccessRevoked.subject, SyncEvents.AccessRevoked.type, (evt) => {
    access.revoked({ conversationId: evt.conversationId ?? '', uri: evt.uri ?? '', deviceId: evt.deviceId ?? '' })
      .catch((err: Error) => { logger.warn({ err: err.message }, 'access revocation failed') })
  })
  // what may allow a refused device again: a member commit (unban, add, join), a conversation
  // here, an accepted request
  const offMembers = bus.subscribe(Events.MessageReceived.subject, Events.MessageReceived.type, (evt) => {
    if (evt.message?.type === 'member') access.changed()
  })
  // the services of a stack start together: answer peers' sync streams only once the store
  // answers (a heads message handled without it would be lost); in the background, so the
  // transport itself is ready at once
  let stopped = false
  const starting = (async () => {
    await storeReady(bus, () => stopped)
    if (!stopped) await engine.start()
    if (!stopped) offline.start()
  })()

  const offMessages = bus.subscribe(Events.MessageReceived.subject, Events.MessageReceived.type, (evt) => {
    const m = evt.message
    const conversationId = evt.conversationId ?? ''
    if (m == null || m.id == null || m.device !== ownDeviceId || m.type === 'merge') return
    engine.announceLocal(conversationId, m.id)
    offline.committed(conversationId, m.id)
    if (m.type === 'member') {
      let fields: Record<string, unknown> = {}
      try {
        fields = JSON.parse(m.fieldsJson ?? '{}') as Record<string, unknown>
      } catch {}
      if (fields.action === 'add' && typeof fields.uri === 'string') {
        engine.invite(conversationId, fields.uri)
        offline.invited(conversationId, fields.uri)
      }
    }
  })
  const offClones = bus.subscribe(SyncEvents.CloneRequested.subject, SyncEvents.CloneRequested.type, (evt) => {
    access.changed()
    engine.requestClone(evt.conversationId ?? '', evt.from == null || evt.from === '' ? undefined : evt.from)
  })
  const offReady = bus.subscribe(Events.ConversationReady.subject, Events.ConversationReady.type, (evt) => {
    access.changed()
    engine.offerInvites(evt.conversationId ?? '')
    offline.created(evt.conversationId ?? '')
  })
  return async () => {
    stopped = true
    await starting.catch(() => {})
    offReady()
    offMessages()
    offClones()
    offRevoked()
    offMembers()
    await offline.stop()
    await access.stop()
    await engine.stop()
  }
}
