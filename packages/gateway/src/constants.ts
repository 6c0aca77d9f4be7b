/** Interval of the SSE heartbeat comment on `GET /v1/events` (15 s): keeps proxies and idle timers from closing the stream. */
export const DEFAULT_HEARTBEAT_MS = 15_000

/** Largest request body accepted (1 MiB): room for an avatar; a message body is capped far lower. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024

/**
 * Bytes an SSE client may leave unread (1 MiB) before the gateway drops its stream;
 * an EventSource reconnects by itself, so a stalled client costs a reconnect, not our memory.
 */
export const DEFAULT_MAX_EVENT_BACKLOG = 1024 * 1024

/** `limit` of `GET …/messages` when none is given. */
export const DEFAULT_MESSAGE_LIMIT = 50

/** Largest `limit` of `GET …/messages`. */
export const MAX_MESSAGE_LIMIT = 1000

/** Largest message body, in bytes of UTF-8 (64 KiB). */
export const MAX_MESSAGE_BYTES = 64 * 1024

/** Largest conversation title, in characters. */
export const MAX_TITLE_LENGTH = 1024

/** Largest conversation description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 64 * 1024

/** Largest conversation avatar (a vCard PHOTO value, usually base64), in characters. */
export const MAX_AVATAR_LENGTH = 512 * 1024

/** Largest conversation symbol preference (an emoji or a few characters). */
export const MAX_SYMBOL_LENGTH = 32

/** The conversation modes of SPEC.md §4, indexed by their protobuf / commit number. */
export const MODES = ['ONE_TO_ONE', 'ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC'] as const

/** The actions of a `ConversationMemberEvent`, indexed by Jami's event code (5 is Skarm's). */
export const MEMBER_ACTIONS = ['add', 'join', 'remove', 'ban', 'unban', 'promote'] as const

/** How long `busHealth` waits for each service's health answer (1.5 s). */
export const DEFAULT_HEALTH_TIMEOUT_MS = 1500
