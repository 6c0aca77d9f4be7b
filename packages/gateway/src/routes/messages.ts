import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { InvalidInputError } from '@skarm/errors'
import type { skarm } from '@skarm/proto'
import { DEFAULT_MESSAGE_LIMIT, MAX_MESSAGE_BYTES } from '../constants.ts'
import { messageToJson } from '../json.ts'
import { ConversationParams, DisplayedBody, LoadMessagesQuery, NoQuery, SendMessageBody } from '../schemas.ts'
import type { RouteOptions } from './options.ts'

type SendMessage = typeof SendMessageBody.static

// What a schema cannot say: the byte size and the combinations of targets.
function checkSendMessage (body: SendMessage): void {
  const invalid = (message: string): InvalidInputError => new InvalidInputError('INVALID_REQUEST', message)
  if (Buffer.byteLength(body.body, 'utf8') > MAX_MESSAGE_BYTES) throw invalid(`body/body must be at most ${MAX_MESSAGE_BYTES} bytes of UTF-8`)
  const reactTo = body['react-to']
  if (body.type === 'application/edited-message' && body.edit === undefined) throw invalid('body/edit is required by type application/edited-message')
  if (body.edit !== undefined && body.type === 'text/plain') throw invalid('body/type must be application/edited-message with edit')
  if (body.edit !== undefined && (reactTo !== undefined || body.replyTo !== undefined)) throw invalid('body/edit cannot be combined with replyTo or react-to')
  if (reactTo !== undefined && body.replyTo !== undefined) throw invalid('body/replyTo and body/react-to cannot be combined')
}

/** `/v1/conversations/:id/messages` (send, load) and `/v1/conversations/:id/displayed`. */
export const messageRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps: { store } }) => {
  app.post('/conversations/:id/messages', { schema: { params: ConversationParams, querystring: NoQuery, body: SendMessageBody } }, async (request, reply) => {
    const body = request.body
    checkSendMessage(body)
    const req: skarm.store.v1.SendMessageRequest.$Properties = {
      id: request.params.id,
      type: body.type ?? (body.edit === undefined ? 'text/plain' : 'application/edited-message'),
      body: body.body
    }
    if (body.replyTo !== undefined) req.replyTo = body.replyTo
    if (body['react-to'] !== undefined) req.reactTo = body['react-to']
    if (body.edit !== undefined) req.edit = body.edit
    const sent = await store.sendMessage(req)
    return await reply.code(201).send({ id: sent.id })
  })

  app.get('/conversations/:id/messages', { schema: { params: ConversationParams, querystring: LoadMessagesQuery } }, async (request) => {
    const { limit = DEFAULT_MESSAGE_LIMIT, before } = request.query
    const { messages } = await store.loadMessages({ id: request.params.id, limit, ...(before === undefined ? {} : { before }) })
    return { messages: messages.map(messageToJson) }
  })

  app.post('/conversations/:id/displayed', { schema: { params: ConversationParams, querystring: NoQuery, body: DisplayedBody } }, async (request, reply) => {
    await store.setDisplayed({ id: request.params.id, commit: request.body.commit })
    return await reply.code(204).send()
  })
}
