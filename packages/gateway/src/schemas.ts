// TypeBox schemas of every route's params, query and body (API.md). Objects are closed
// (`additionalProperties: false`): an unknown property is a 400, never ignored.
import { Type } from '@sinclair/typebox'
import {
  MAX_AVATAR_LENGTH, MAX_DESCRIPTION_LENGTH, MAX_MESSAGE_BYTES, MAX_MESSAGE_LIMIT, MAX_SYMBOL_LENGTH,
  MAX_TITLE_LENGTH, MODES
} from './constants.ts'

const closed = { additionalProperties: false } as const

/** 40 lowercase hex characters: conversation ids, commit ids, account URIs, device ids. */
export const Hex40 = Type.String({ pattern: '^[0-9a-f]{40}$', errorMessage: 'must be 40 lowercase hex characters' })

/** A conversation mode name. */
export const Mode = Type.Union([
  Type.Literal('ONE_TO_ONE'), Type.Literal('ADMIN_INVITES_ONLY'), Type.Literal('INVITES_ONLY'), Type.Literal('PUBLIC')
], { errorMessage: `must be one of ${MODES.join(', ')}` })

/** A route without query parameters. */
export const NoQuery = Type.Object({}, closed)

/** `/conversations/:id/…` */
export const ConversationParams = Type.Object({ id: Hex40 }, closed)

/** `/conversations/:id/members/:uri/…` */
export const MemberParams = Type.Object({ id: Hex40, uri: Hex40 }, closed)

/** `POST /v1/conversations` */
export const CreateConversationBody = Type.Object({
  mode: Mode,
  invited: Type.Optional(Hex40)
}, closed)

/** `PATCH /v1/conversations/:id`: at least one field. */
export const UpdateProfileBody = Type.Object({
  title: Type.Optional(Type.String({ maxLength: MAX_TITLE_LENGTH })),
  description: Type.Optional(Type.String({ maxLength: MAX_DESCRIPTION_LENGTH })),
  avatar: Type.Optional(Type.String({ maxLength: MAX_AVATAR_LENGTH }))
}, { ...closed, minProperties: 1 })

/** `POST /v1/conversations/:id/members` */
export const AddMemberBody = Type.Object({ uri: Hex40 }, closed)

/** The message types a client may send itself; the others come from their own routes. */
export const MessageType = Type.Union([Type.Literal('text/plain'), Type.Literal('application/edited-message')], {
  errorMessage: 'must be text/plain or application/edited-message'
})

/**
 * `POST /v1/conversations/:id/messages`. `body` is also capped at {@link MAX_MESSAGE_BYTES}
 * bytes of UTF-8 by the route (a schema counts characters).
 */
export const SendMessageBody = Type.Object({
  body: Type.String({ minLength: 1, maxLength: MAX_MESSAGE_BYTES, errorMessage: `must be a non-empty string of at most ${MAX_MESSAGE_BYTES} bytes` }),
  type: Type.Optional(MessageType),
  replyTo: Type.Optional(Hex40),
  'react-to': Type.Optional(Hex40),
  edit: Type.Optional(Hex40)
}, closed)

/** `GET /v1/conversations/:id/messages?limit=N&before=COMMIT` */
export const LoadMessagesQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_MESSAGE_LIMIT, errorMessage: `must be an integer from 1 to ${MAX_MESSAGE_LIMIT}` })),
  before: Type.Optional(Hex40)
}, closed)

/** `POST /v1/conversations/:id/displayed` */
export const DisplayedBody = Type.Object({ commit: Hex40 }, closed)

/** `PUT /v1/conversations/:id/preferences` */
export const PreferencesBody = Type.Object({
  color: Type.Optional(Type.String({ pattern: '^#[0-9A-Fa-f]{6}$', errorMessage: 'must be a color #RRGGBB' })),
  ignoreNotifications: Type.Optional(Type.Boolean({ errorMessage: 'must be a boolean' })),
  symbol: Type.Optional(Type.String({ maxLength: MAX_SYMBOL_LENGTH }))
}, closed)

/** `POST /v1/contacts` */
export const AddContactBody = Type.Object({ uri: Hex40 }, closed)

/** `DELETE /v1/contacts/:uri` */
export const ContactParams = Type.Object({ uri: Hex40 }, closed)

/** `/requests/:id/…` (the conversation id of the request) */
export const RequestParams = Type.Object({ id: Hex40 }, closed)

/** `/account/devices/:deviceId`: a device id. */
export const DeviceParams = Type.Object({ deviceId: Hex40 }, closed)

/** `POST /v1/conversations/:id/join`: the body is optional. */
export const JoinBody = Type.Union([Type.Object({
  from: Type.Optional(Hex40)
}, closed), Type.Undefined(), Type.Null()])
