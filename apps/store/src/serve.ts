import type { Bus } from '@skarm/bus'
import type { MessageView } from '@skarm/conversation'
import { MODES, type ModeName } from '@skarm/conversation'
import { Events, StoreMethods, skarm } from '@skarm/proto'
import type { Store, StoreEvent } from '@skarm/store'
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

/** Answers every StoreMethods request with the store. */
export function serveStore (bus: Bus, store: Store): void {
  const M = StoreMethods
  bus.serve(M.getAccount, () => skarm.store.v1.GetAccountResponse.create(store.getAccount()))
  bus.serve(M.createConversation, async (r) => skarm.store.v1.CreateConversationResponse.create(await store.createConversation(modeName(r.mode), opt(r.invited))))
  bus.serve(M.listConversations, async () => skarm.store.v1.ListConversationsResponse.create({
    conversations: (await store.listConversations()).map((c) => ({ id: c.id, mode: MODES.indexOf(c.mode), syncing: c.syncing }))
  }))
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

/** Publishes a store event on its bus subject. */
export function publishEvent (bus: Bus, e: StoreEvent): void {
  switch (e.event) {
    case 'MessageReceived': bus.publish(Events.MessageReceived.subject, Events.MessageReceived.type, { conversationId: e.conversationId, message: toProtoMessage(e.message) }); break
    case 'ConversationReady': bus.publish(Events.ConversationReady.subject, Events.ConversationReady.type, { conversationId: e.conversationId }); break
    case 'ConversationRemoved': bus.publish(Events.ConversationRemoved.subject, Events.ConversationRemoved.type, { conversationId: e.conversationId }); break
    case 'ConversationMemberEvent': bus.publish(Events.ConversationMemberEvent.subject, Events.ConversationMemberEvent.type, { conversationId: e.conversationId, memberUri: e.memberUri, event: e.code }); break
    case 'ConversationProfileUpdated': bus.publish(Events.ConversationProfileUpdated.subject, Events.ConversationProfileUpdated.type, { conversationId: e.conversationId, ...e.profile }); break
    case 'ConversationPreferencesUpdated': bus.publish(Events.ConversationPreferencesUpdated.subject, Events.ConversationPreferencesUpdated.type, { conversationId: e.conversationId, preferences: e.preferences }); break
  }
}
