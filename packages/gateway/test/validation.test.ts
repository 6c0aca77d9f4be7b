import { afterAll, describe, expect, it } from 'vitest'
import type { InjectOptions } from 'fastify'
import { buildGateway } from '../src/index.ts'
import { BOB, COMMIT, COMMIT2, CONV, fakeDeps } from './fakes.ts'

const f = fakeDeps()
const app = buildGateway(f.deps)
afterAll(async () => { await app.close() })

const UPPER = 'C'.repeat(40)
const SHORT = 'c'.repeat(39)
const conv = `/v1/conversations/${CONV}`

interface Case {
  name: string
  req: InjectOptions
  status?: number
  code?: string
  message?: RegExp
}

const cases: Case[] = [
  // ids
  { name: 'uppercase conversation id', req: { method: 'GET', url: `/v1/conversations/${UPPER}` }, message: /params\/id must be 40 lowercase hex/ },
  { name: 'short conversation id', req: { method: 'GET', url: `/v1/conversations/${SHORT}/members` }, message: /params\/id/ },
  { name: 'non-hex conversation id', req: { method: 'DELETE', url: `/v1/conversations/${'g'.repeat(40)}` } },
  { name: 'bad id on PATCH', req: { method: 'PATCH', url: '/v1/conversations/nope', payload: { title: 'x' } } },
  { name: 'bad id on messages', req: { method: 'POST', url: '/v1/conversations/..%2f..%2fetc/messages', payload: { body: 'x' } } },
  { name: 'bad id on preferences', req: { method: 'PUT', url: `/v1/conversations/${UPPER}/preferences`, payload: {} } },
  { name: 'bad member uri on ban', req: { method: 'DELETE', url: `${conv}/members/${SHORT}` }, message: /params\/uri/ },
  { name: 'bad member uri on unban', req: { method: 'POST', url: `${conv}/members/xyz/unban` } },
  { name: 'bad member uri on promote', req: { method: 'POST', url: `${conv}/members/${UPPER}/promote` } },
  { name: 'bad invited uri', req: { method: 'POST', url: '/v1/conversations', payload: { mode: 'PUBLIC', invited: UPPER } }, message: /body\/invited/ },
  { name: 'bad uri to invite', req: { method: 'POST', url: `${conv}/members`, payload: { uri: 'bob' } }, message: /body\/uri/ },
  { name: 'bad displayed commit', req: { method: 'POST', url: `${conv}/displayed`, payload: { commit: SHORT } }, message: /body\/commit/ },
  { name: 'bad replyTo', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', replyTo: 'HEAD' } }, message: /body\/replyTo/ },
  { name: 'bad react-to', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', 'react-to': UPPER } }, message: /body\/react-to/ },
  { name: 'bad edit', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', edit: 1 } }, message: /body\/edit/ },
  { name: 'bad before', req: { method: 'GET', url: `${conv}/messages?before=HEAD~1` }, message: /querystring\/before/ },
  // mode
  { name: 'unknown mode', req: { method: 'POST', url: '/v1/conversations', payload: { mode: 'SECRET' } }, message: /body\/mode must be one of ONE_TO_ONE, ADMIN_INVITES_ONLY, INVITES_ONLY, PUBLIC/ },
  { name: 'mode as a number', req: { method: 'POST', url: '/v1/conversations', payload: { mode: 2 } }, message: /body\/mode/ },
  { name: 'lowercase mode', req: { method: 'POST', url: '/v1/conversations', payload: { mode: 'public' } } },
  { name: 'missing mode', req: { method: 'POST', url: '/v1/conversations', payload: {} }, message: /body\/mode is required/ },
  // message bodies
  { name: 'empty message body', req: { method: 'POST', url: `${conv}/messages`, payload: { body: '' } }, message: /body\/body must be a non-empty string/ },
  { name: 'missing message body', req: { method: 'POST', url: `${conv}/messages`, payload: { type: 'text/plain' } }, message: /body\/body is required/ },
  { name: 'numeric message body (no coercion)', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 5 } }, message: /body\/body/ },
  { name: 'array message body (no coercion)', req: { method: 'POST', url: `${conv}/messages`, payload: { body: ['hi'] } }, message: /body\/body/ },
  { name: 'message body over 64 KiB of characters', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x'.repeat(64 * 1024 + 1) } }, message: /body\/body/ },
  { name: 'message body over 64 KiB of UTF-8', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'é'.repeat(40 * 1024) } }, message: /body\/body must be at most 65536 bytes/ },
  { name: 'unknown message type', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', type: 'member' } }, message: /body\/type/ },
  { name: 'edited-message without edit', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', type: 'application/edited-message' } }, message: /body\/edit is required/ },
  { name: 'edit with type text/plain', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', type: 'text/plain', edit: COMMIT } }, message: /body\/type/ },
  { name: 'edit with react-to', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', edit: COMMIT, 'react-to': COMMIT2 } }, message: /cannot be combined/ },
  { name: 'replyTo with react-to', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', replyTo: COMMIT, 'react-to': COMMIT2 } }, message: /cannot be combined/ },
  // unknown properties
  { name: 'extra property on create', req: { method: 'POST', url: '/v1/conversations', payload: { mode: 'PUBLIC', admin: true } }, message: /body\/admin is not an allowed property/ },
  { name: 'extra property on message', req: { method: 'POST', url: `${conv}/messages`, payload: { body: 'x', author: BOB } }, message: /body\/author is not an allowed property/ },
  { name: 'extra property on PATCH', req: { method: 'PATCH', url: conv, payload: { title: 'x', mode: 'PUBLIC' } } },
  { name: 'extra property on invite', req: { method: 'POST', url: `${conv}/members`, payload: { uri: BOB, role: 'admin' } } },
  { name: 'extra property on displayed', req: { method: 'POST', url: `${conv}/displayed`, payload: { commit: COMMIT, x: 1 } } },
  { name: 'extra property on preferences', req: { method: 'PUT', url: `${conv}/preferences`, payload: { color: '#000000', font: 'x' } } },
  { name: '__proto__ property', req: { method: 'POST', url: `${conv}/messages`, headers: { 'content-type': 'application/json' }, payload: '{"body":"x","__proto__":{"admin":true}}' }, code: 'INVALID_JSON' },
  { name: 'unknown query parameter', req: { method: 'GET', url: `${conv}/messages?limit=5&offset=3` }, message: /querystring\/offset is not an allowed property/ },
  { name: 'query on a route without one', req: { method: 'GET', url: '/v1/conversations?all=1' } },
  // PATCH, preferences
  { name: 'empty PATCH', req: { method: 'PATCH', url: conv, payload: {} }, message: /at least 1 property/ },
  { name: 'non-string title', req: { method: 'PATCH', url: conv, payload: { title: 7 } }, message: /body\/title/ },
  { name: 'title too long', req: { method: 'PATCH', url: conv, payload: { title: 't'.repeat(1025) } }, message: /body\/title/ },
  { name: 'bad color name', req: { method: 'PUT', url: `${conv}/preferences`, payload: { color: 'red' } }, message: /body\/color must be a color #RRGGBB/ },
  { name: 'short color', req: { method: 'PUT', url: `${conv}/preferences`, payload: { color: '#fff' } } },
  { name: 'color without #', req: { method: 'PUT', url: `${conv}/preferences`, payload: { color: '112233' } } },
  { name: 'ignoreNotifications as a string', req: { method: 'PUT', url: `${conv}/preferences`, payload: { ignoreNotifications: 'true' } }, message: /body\/ignoreNotifications must be a boolean/ },
  { name: 'symbol too long', req: { method: 'PUT', url: `${conv}/preferences`, payload: { symbol: 's'.repeat(33) } } },
  // limits
  { name: 'limit 0', req: { method: 'GET', url: `${conv}/messages?limit=0` }, message: /querystring\/limit must be an integer from 1 to 1000/ },
  { name: 'limit 1001', req: { method: 'GET', url: `${conv}/messages?limit=1001` }, message: /querystring\/limit/ },
  { name: 'negative limit', req: { method: 'GET', url: `${conv}/messages?limit=-1` } },
  { name: 'fractional limit', req: { method: 'GET', url: `${conv}/messages?limit=2.5` } },
  { name: 'non-numeric limit', req: { method: 'GET', url: `${conv}/messages?limit=ten` } },
  { name: 'empty limit', req: { method: 'GET', url: `${conv}/messages?limit=` } },
  { name: 'exponent limit', req: { method: 'GET', url: `${conv}/messages?limit=1e3` } },
  { name: 'hex limit', req: { method: 'GET', url: `${conv}/messages?limit=0x10` } },
  { name: 'padded limit', req: { method: 'GET', url: `${conv}/messages?limit=%205` } },
  { name: '__proto__ query parameter', req: { method: 'GET', url: `${conv}/messages?__proto__=1` }, message: /querystring\/__proto__ is not an allowed property/ },
  { name: 'repeated limit', req: { method: 'GET', url: `${conv}/messages?limit=5&limit=6` } },
  // bodies that are not JSON objects
  { name: 'malformed JSON', req: { method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json' }, payload: '{"mode":' }, code: 'INVALID_JSON' },
  { name: 'JSON array body', req: { method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/json' }, payload: '[]' }, message: /^body must be an object$/ },
  { name: 'JSON string body', req: { method: 'POST', url: `${conv}/messages`, headers: { 'content-type': 'application/json' }, payload: '"hi"' }, message: /^body must be an object$/ },
  { name: 'JSON null body', req: { method: 'POST', url: `${conv}/displayed`, headers: { 'content-type': 'application/json' }, payload: 'null' } },
  { name: 'missing body', req: { method: 'POST', url: `${conv}/messages` }, message: /^body must be an object$/ },
  { name: 'empty JSON body where one is needed', req: { method: 'POST', url: `${conv}/members`, headers: { 'content-type': 'application/json' }, payload: '' } },
  { name: 'text/plain body', req: { method: 'POST', url: `${conv}/messages`, headers: { 'content-type': 'text/plain' }, payload: 'hello' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'form body', req: { method: 'POST', url: '/v1/conversations', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'mode=PUBLIC' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'body over the body limit', req: { method: 'PATCH', url: conv, payload: { avatar: 'a'.repeat(1024 * 1024 + 1) } }, status: 413, code: 'PAYLOAD_TOO_LARGE' }
]

describe('refused input', () => {
  it.each(cases)('$name', async ({ req, status = 400, code = 'INVALID_REQUEST', message }) => {
    const before = f.calls.length
    const res = await app.inject(req)
    expect(res.statusCode).toBe(status)
    const body = res.json()
    expect(Object.keys(body)).toEqual(['error'])
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message'])
    expect(body.error.code).toBe(code)
    expect(typeof body.error.message).toBe('string')
    if (message !== undefined) expect(body.error.message).toMatch(message)
    // never a call to the store
    expect(f.calls.length).toBe(before)
  })

  it('the store was never called by any refused request', () => {
    expect(f.calls).toEqual([])
  })
})
