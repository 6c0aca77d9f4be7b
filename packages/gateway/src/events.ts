import { Events } from '@skarm/proto'
import type { ProtoType } from '@skarm/proto'
import { MEMBER_ACTIONS } from './constants.ts'
import { messageToJson, preferencesToJson } from './json.ts'
import type { BusSubscriber, GatewayEvent, GatewayEventSource } from './types.ts'

type EventName = keyof typeof Events
type EventMessage<K extends EventName> = ReturnType<typeof Events[K]['type']['decode']>

function optional (out: GatewayEvent, key: string, value: string | null | undefined): void {
  if (value != null && value !== '') out[key] = value
}

// One function per event of `Events`: the protobuf event → its JSON body (API.md).
const TO_JSON: { [K in EventName]: (m: EventMessage<K>) => GatewayEvent } = {
  MessageReceived: (m) => ({
    event: 'MessageReceived',
    conversationId: m.conversationId,
    message: messageToJson(m.message ?? {})
  }),
  ConversationReady: (m) => ({ event: 'ConversationReady', conversationId: m.conversationId }),
  ConversationRemoved: (m) => ({ event: 'ConversationRemoved', conversationId: m.conversationId }),
  // Jami passes the action as an int named `event`, which our envelope already uses:
  // the int is `actionCode`, its name `action`.
  ConversationMemberEvent: (m) => ({
    event: 'ConversationMemberEvent',
    conversationId: m.conversationId,
    memberUri: m.memberUri,
    action: MEMBER_ACTIONS[m.event] ?? 'unknown',
    actionCode: m.event
  }),
  ConversationProfileUpdated: (m) => ({
    event: 'ConversationProfileUpdated',
    conversationId: m.conversationId,
    title: m.title,
    description: m.description,
    avatar: m.avatar
  }),
  ConversationPreferencesUpdated: (m) => ({
    event: 'ConversationPreferencesUpdated',
    conversationId: m.conversationId,
    preferences: preferencesToJson(m.preferences)
  }),
  ConversationSyncFinished: (m) => m.conversationId === '' ? { event: 'ConversationSyncFinished' } : { event: 'ConversationSyncFinished', conversationId: m.conversationId },
  OnConversationError: (m) => ({ event: 'OnConversationError', conversationId: m.conversationId, code: m.code, what: m.what }),
  ConversationRequestReceived: (m) => {
    const out: GatewayEvent = { event: 'ConversationRequestReceived', conversationId: m.conversationId, from: m.from, received: Number(m.received) }
    optional(out, 'title', m.title)
    optional(out, 'description', m.description)
    optional(out, 'avatar', m.avatar)
    return out
  }
}

/** A protobuf event of `Events[name]` as the JSON object `GET /v1/events` sends. */
export function eventToJson<K extends EventName> (name: K, message: EventMessage<K>): GatewayEvent {
  return (TO_JSON[name] as (m: EventMessage<K>) => GatewayEvent)(message)
}

/**
 * Every `Events` subject of the bus as one {@link GatewayEventSource}. The bus
 * subscriptions are shared by all handlers: opened with the first handler, closed with
 * the last, so a hundred SSE clients cost nine NATS subscriptions, not nine hundred.
 */
export function busEvents (bus: BusSubscriber): GatewayEventSource {
  const handlers = new Set<(evt: GatewayEvent) => void>()
  let unsubscribers: Array<() => void> = []

  const dispatch = (evt: GatewayEvent): void => {
    for (const handler of [...handlers]) {
      try {
        handler(evt)
      } catch {
        // one failing consumer must not starve the others
      }
    }
  }

  const open = (): void => {
    for (const name of Object.keys(Events) as EventName[]) {
      const { subject, type } = Events[name]
      unsubscribers.push(bus.subscribe<unknown>(subject, type as ProtoType<unknown>, (msg) => {
        dispatch(eventToJson(name, msg as never))
      }))
    }
  }

  const close = (): void => {
    const current = unsubscribers
    unsubscribers = []
    for (const unsubscribe of current) unsubscribe()
  }

  return {
    subscribe (handler) {
      // a function value may be subscribed twice; wrap it so each subscription is its own
      const entry = (evt: GatewayEvent): void => { handler(evt) }
      handlers.add(entry)
      if (handlers.size === 1) {
        try {
          open()
        } catch (err) {
          handlers.delete(entry)
          close()
          throw err
        }
      }
      let done = false
      return () => {
        if (done) return
        done = true
        handlers.delete(entry)
        if (handlers.size === 0) close()
      }
    }
  }
}
