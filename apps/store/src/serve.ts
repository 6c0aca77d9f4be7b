import type { Bus } from '@skarm/bus'
import type { MessageView } from '@skarm/conversation'
import { MODES, type ModeName } from '@skarm/conversation'
import { Events, StoreMethods, SyncEvents, SyncMethods, skarm } from '@skarm/proto'
import type { AccountSync, Contacts, HeadView, Store, StoreEvent, StoreSync } from '@skarm/store'
import { InvalidInputError } from '@skarm/errors'

/** A MessageView as the bus's Message (fields other than type as JSON). */
export function toProtoMessage (m: MessageView): skarm.store.v1.Message.$Properties {
  return {
    id: m.id,
    parents: m.parents,
    author: m.author,
    device: m.device,
    timestamp: m.timestamp,
    type: m.type,
    fieldsJson: JSON.stringify(m.fields),
    edited: m.edited === true,
    reactions: m.reactions ?? []
  }
}

function modeName (mode: number | null | undefined): ModeName {
  const name = MODES[mode ?? 0]
  if (name === undefined) throw new InvalidInputError('MODE_INVALID', 'unknown conversation mode', { mode })
  return name
}

const opt = (s: string | null | undefined): string | undefined => (s === null || s === undefined || s === '') ? undefined : s

/** Answers every StoreMethods request with the store; `account` lists the account's devices. */
export function serveStore (bus: Bus, store: Store, sync?: StoreSync, account?: AccountSync): void {
  const M = StoreMethods
  bus.serve(M.getAccount, async () => skarm.store.v1.GetAccountResponse.create({
    ...store.getAccount(),
    ...(account === undefined ? {} : { devices: await account.devices() })
  }))
  bus.serve(M.createConversation, async (r) => skarm.store.v1.CreateConversationResponse.create(await store.createConversation(modeName(r.mode), opt(r.invited))))
  bus.serve(M.listConversations, async () => {
    const here = (await store.listConversations()).map((c) => ({ id: c.id, mode: MODES.indexOf(c.mode), syncing: c.syncing }))
    // accepted requests still cloning are listed with syncing: true (SPEC.md §8)
    const cloning = sync === undefined ? [] : (await sync.syncing()).map((c) => ({ id: c.id, mode: MODES.indexOf(c.mode), syncing: true }))
    return skarm.store.v1.ListConversationsResponse.create({ conversations: [...here, ...cloning].sort((a, b) => a.id < b.id ? -1 : 1) })
  })
  bus.serve(M.getConversation, async (r) => {
    const c = await store.getConversation(r.id ?? '')
    return skarm.store.v1.ConversationInfo.create({ ...c, mode: MODES.indexOf(c.mode) })
  })
  bus.serve(M.updateProfile, async (r) => skarm.common.v1.CommitResponse.create(await store.updateProfile(r.id ?? '', {
    title: r.title ?? undefined, description: r.description ?? undefined, avatar: r.avatar ?? undefined
  })))
  bus.serve(M.removeConversation, async (r) => { await store.removeConversation(r.id ?? ''); return skarm.common.v1.Empty.create() })
  bus.serve(M.listMembers, async (r) => skarm.store.v1.ListMembersResponse.create({
    members: (await store.listMembers(r.id ?? '')).map((m) => ({ uri: m.uri, role: m.role, lastDisplayed: m.lastDisplayed ?? '' }))
  }))
  bus.serve(M.addMember, async (r) => skarm.common.v1.CommitResponse.create(await store.addMember(r.id ?? '', r.uri ?? '')))
  bus.serve(M.banMember, async (r) => skarm.common.v1.CommitResponse.create(await store.vote(r.id ?? '', 'ban', r.uri ?? '')))
  bus.serve(M.unbanMember, async (r) => skarm.common.v1.CommitResponse.create(await store.vote(r.id ?? '', 'unban', r.uri ?? '')))
  bus.serve(M.promoteMember, async (r) => skarm.common.v1.CommitResponse.create(await store.vote(r.id ?? '', 'promote', r.uri ?? '')))
  bus.serve(M.sendMessage, async (r) => skarm.store.v1.SendMessageResponse.create(await store.sendMessage(r.id ?? '', {
    type: opt(r.type), body: r.body ?? '', reactTo: opt(r.reactTo), replyTo: opt(r.replyTo), edit: opt(r.edit)
  })))
  bus.serve(M.loadMessages, async (r) => skarm.store.v1.LoadMessagesResponse.create({
    messages: (await store.loadMessages(r.id ?? '', r.limit === 0 || r.limit == null ? undefined : r.limit, opt(r.before))).map(toProtoMessage)
  }))
  bus.serve(M.setDisplayed, async (r) => { await store.setDisplayed(r.id ?? '', r.commit ?? ''); return skarm.common.v1.Empty.create() })
  bus.serve(M.getPreferences, async (r) => skarm.store.v1.Preferences.create(await store.getPreferences(r.id ?? '')))
  bus.serve(M.setPreferences, async (r) => {
    const p = r.preferences ?? {}
    return skarm.store.v1.Preferences.create(await store.setPreferences(r.id ?? '', {
      color: p.color ?? undefined, ignoreNotifications: p.ignoreNotifications ?? undefined, symbol: p.symbol ?? undefined
    }))
  })
}

/** Answers the contact methods (addContact, listContacts, removeContact) with the contacts part. */
export function serveContacts (bus: Bus, contacts: Contacts): void {
  const M = StoreMethods
  bus.serve(M.addContact, async (r) => skarm.store.v1.AddContactResponse.create(await contacts.addContact(r.uri ?? '')))
  bus.serve(M.listContacts, async () => skarm.store.v1.ListContactsResponse.create({ contacts: await contacts.listContacts() }))
  bus.serve(M.removeContact, async (r) => { await contacts.removeContact(r.uri ?? ''); return skarm.common.v1.Empty.create() })
}

/** Tells the transport that entries of the account state changed here (it sends them to the account's other devices). */
export function publishAccountStateChanged (bus: Bus, keys: string[]): void {
  bus.publish(SyncEvents.AccountStateChanged.subject, SyncEvents.AccountStateChanged.type, { keys })
}

function headToProto (h: HeadView): skarm.sync.v1.ConversationHead.$Properties {
  return { conversationId: h.conversationId, head: h.head, role: h.role, devices: h.devices, members: h.members, inviter: h.inviter, title: h.title, description: h.description, avatar: h.avatar, mode: h.mode }
}

/** Answers the sync methods (docs/sync.md) with the store's sync part. */
export function serveSync (bus: Bus, store: Store, sync: StoreSync): void {
  const S = SyncMethods
  const own = store.getAccount().uri
  bus.serve(S.listHeads, async (r) => skarm.sync.v1.ListHeadsResponse.create({
    conversations: (await sync.listHeads(opt(r.uri) ?? own, opt(r.conversationId))).map(headToProto)
  }))
  bus.serve(S.authorize, async (r) => skarm.sync.v1.AuthorizeResponse.create(await sync.authorize(r.conversationId ?? '', r.uri ?? '', r.deviceId ?? '')))
  bus.serve(S.import, async (r) => skarm.sync.v1.ImportResponse.create(await sync.import(r.conversationId ?? '', r.quarantinePath ?? '', r.tip ?? '', (r.objects ?? []).map((o) => ({ oid: o.oid ?? '', data: o.data ?? new Uint8Array() })))))
  bus.serve(S.install, async (r) => skarm.sync.v1.ImportResponse.create(await sync.install(r.conversationId ?? '', r.quarantinePath ?? '', r.tip ?? '')))
  bus.serve(S.addRequest, async (r) => skarm.sync.v1.AddRequestResponse.create({
    added: await sync.addRequest({
      conversationId: r.conversationId ?? '',
      from: r.from ?? '',
      ...(r.received == null || Number(r.received) === 0 ? {} : { received: Number(r.received) }),
      ...(opt(r.title) === undefined ? {} : { title: opt(r.title) }),
      ...(opt(r.description) === undefined ? {} : { description: opt(r.description) }),
      ...(opt(r.avatar) === undefined ? {} : { avatar: opt(r.avatar) }),
      // the inviter's claim (the store keeps it only when it names a mode)
      ...(opt(r.mode) === undefined ? {} : { mode: opt(r.mode) as ModeName })
    })
  }))
  bus.serve(S.listRequests, async (r) => skarm.sync.v1.ListRequestsResponse.create({
    requests: (await sync.requests.list())
      .filter((q) => q.declined !== true && (r.includeAccepted === true || q.accepted !== true))
      .map((q) => ({ conversationId: q.conversationId, from: q.from, received: q.received, title: q.title ?? '', description: q.description ?? '', avatar: q.avatar ?? '', accepted: q.accepted === true, mode: q.mode ?? '', devices: q.devices ?? [] }))
  }))
  bus.serve(S.acceptRequest, async (r) => { await sync.acceptRequest(r.conversationId ?? ''); return skarm.common.v1.Empty.create() })
  bus.serve(S.declineRequest, async (r) => { await sync.declineRequest(r.conversationId ?? ''); return skarm.common.v1.Empty.create() })
  bus.serve(S.joinPublic, async (r) => { await sync.joinPublic(r.conversationId ?? '', r.from ?? ''); return skarm.common.v1.Empty.create() })
}

/**
 * Answers the account methods (docs/sync.md, Accounts): the whole state for the transport to
 * send to our other devices, entries received from one of them, and revokeDevice.
 */
export function serveAccount (bus: Bus, account: AccountSync): void {
  const S = SyncMethods
  bus.serve(StoreMethods.revokeDevice, async (r) => { await account.revokeDevice(r.deviceId ?? ''); return skarm.common.v1.Empty.create() })
  bus.serve(S.getAccountState, async () => skarm.sync.v1.AccountState.create({ entriesJson: JSON.stringify(await account.entries()) }))
  bus.serve(S.mergeAccountState, async (r) => {
    let entries: unknown
    try {
      entries = JSON.parse(r.entriesJson ?? '')
    } catch (err) {
      throw new InvalidInputError('ACCOUNT_STATE_INVALID', 'account state: not JSON', {}, { cause: err })
    }
    return skarm.sync.v1.MergeAccountStateResponse.create({ changed: (await account.merge(r.fromDeviceId ?? '', entries)).length > 0 })
  })
}

/** Publishes a store event on its bus subject. */
export function publishEvent (bus: Bus, e: StoreEvent): void {
  switch (e.event) {
    case 'MessageReceived': bus.publish(Events.MessageReceived.subject, Events.MessageReceived.type, { conversationId: e.conversationId, message: toProtoMessage(e.message) }); break
    case 'ConversationReady': bus.publish(Events.ConversationReady.subject, Events.ConversationReady.type, { conversationId: e.conversationId }); break
    case 'ConversationRemoved': bus.publish(Events.ConversationRemoved.subject, Events.ConversationRemoved.type, { conversationId: e.conversationId }); break
    case 'ConversationMemberEvent': bus.publish(Events.ConversationMemberEvent.subject, Events.ConversationMemberEvent.type, { conversationId: e.conversationId, memberUri: e.memberUri, event: e.code }); break
    case 'ConversationProfileUpdated': bus.publish(Events.ConversationProfileUpdated.subject, Events.ConversationProfileUpdated.type, { conversationId: e.conversationId, ...e.profile }); break
    case 'ConversationPreferencesUpdated': bus.publish(Events.ConversationPreferencesUpdated.subject, Events.ConversationPreferencesUpdated.type, { conversationId: e.conversationId, preferences: e.preferences }); break
    case 'ConversationSyncFinished': bus.publish(Events.ConversationSyncFinished.subject, Events.ConversationSyncFinished.type, { conversationId: e.conversationId }); break
    case 'OnConversationError': bus.publish(Events.OnConversationError.subject, Events.OnConversationError.type, { conversationId: e.conversationId, code: e.code, what: e.what }); break
    case 'ConversationRequestReceived': bus.publish(Events.ConversationRequestReceived.subject, Events.ConversationRequestReceived.type, {
      conversationId: e.conversationId, from: e.from, received: e.received, title: e.title ?? '', description: e.description ?? '', avatar: e.avatar ?? ''
    }); break
    case 'CloneRequested': bus.publish(SyncEvents.CloneRequested.subject, SyncEvents.CloneRequested.type, { conversationId: e.conversationId, from: e.from }); break
    case 'AccessRevoked': bus.publish(SyncEvents.AccessRevoked.subject, SyncEvents.AccessRevoked.type, { conversationId: e.conversationId, uri: e.uri, deviceId: e.deviceId }); break
  }
}
