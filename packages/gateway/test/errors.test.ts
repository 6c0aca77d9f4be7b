import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, SkarmError, UnavailableError } from '@skarm/errors'
import { GATEWAY_ERROR_CODES, buildGateway, toHttpError } from '../src/index.ts'
import { BOB, CONV, fakeDeps } from './fakes.ts'

let app: FastifyInstance | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

const conv = `/v1/conversations/${CONV}`

describe('store errors → HTTP', () => {
  const cases: Array<{ err: Error, status: number, code: string, message: string }> = [
    { err: new NotFoundError('CONVERSATION_NOT_FOUND', 'no such conversation', { id: CONV }), status: 404, code: 'CONVERSATION_NOT_FOUND', message: 'no such conversation' },
    { err: new ForbiddenError('NOT_ADMIN', 'only an admin may vote'), status: 403, code: 'NOT_ADMIN', message: 'only an admin may vote' },
    { err: new InvalidInputError('MODE_INVALID', 'bad mode'), status: 400, code: 'MODE_INVALID', message: 'bad mode' },
    { err: new ConflictError('VOTE_EXISTS', 'already voted'), status: 409, code: 'VOTE_EXISTS', message: 'already voted' },
    { err: new UnavailableError('SERVICE_UNAVAILABLE', 'no store service answers on the bus'), status: 503, code: 'SERVICE_UNAVAILABLE', message: 'no store service answers on the bus' },
    // a kind-carrying error rebuilt from the bus (not a subclass instance)
    { err: new SkarmError('MEMBER_NOT_FOUND', 'no such member', {}, { kind: 'not_found' }), status: 404, code: 'MEMBER_NOT_FOUND', message: 'no such member' },
    { err: new SkarmError('OBJECT_CORRUPT', 'object abc at /data/x is corrupt'), status: 500, code: 'INTERNAL', message: 'internal error' },
    { err: new TypeError('Cannot read properties of undefined'), status: 500, code: 'INTERNAL', message: 'internal error' }
  ]

  it.each(cases)('$status $code', async ({ err, status, code, message }) => {
    const f = fakeDeps({ banMember: async () => { throw err } })
    app = buildGateway(f.deps)
    const res = await app.inject({ method: 'DELETE', url: `${conv}/members/${BOB}` })
    expect(res.statusCode).toBe(status)
    expect(res.json()).toEqual({ error: { code, message } })
    expect(res.body).not.toMatch(/at .*\.ts|stack/)
  })

  it('a failing health probe is an error answer, not a crash', async () => {
    const f = fakeDeps()
    app = buildGateway({ ...f.deps, health: async () => { throw new Error('boom') } })
    const res = await app.inject({ method: 'GET', url: '/v1/health' })
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } })
  })

  it('an event source that fails to subscribe answers 503', async () => {
    const f = fakeDeps()
    app = buildGateway({ ...f.deps, events: { subscribe: () => { throw new UnavailableError('BUS_CLOSED', 'the bus connection is closed') } } })
    const res = await app.inject({ method: 'GET', url: '/v1/events' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({ error: { code: 'BUS_CLOSED', message: 'the bus connection is closed' } })
  })
})

describe('unknown routes', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/v1'],
    ['GET', '/v2/health'],
    ['POST', '/v1/health'],
    ['PUT', `${conv}/messages`],
    ['GET', `${conv}/members/${BOB}`]
  ])('%s %s → 404 ROUTE_NOT_FOUND', async (method, url) => {
    const f = fakeDeps()
    app = buildGateway(f.deps)
    const res = await app.inject({ method: method as 'GET', url })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: `no route ${method} ${url}` } })
    expect(f.calls).toEqual([])
  })
})

describe('toHttpError', () => {
  it('keeps a 4xx status of fastify errors it does not name', () => {
    expect(toHttpError(Object.assign(new Error('bad length'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' }))).toEqual({ status: 400, code: 'INVALID_REQUEST', message: 'bad length' })
  })

  it('turns non-errors into INTERNAL', () => {
    expect(toHttpError('string')).toEqual({ status: 500, code: 'INTERNAL', message: 'internal error' })
    expect(toHttpError(null)).toEqual({ status: 500, code: 'INTERNAL', message: 'internal error' })
    expect(toHttpError(Object.assign(new Error('x'), { statusCode: 503 }))).toEqual({ status: 500, code: 'INTERNAL', message: 'internal error' })
  })
})

describe('docs/errors.md', () => {
  const root = resolve(import.meta.dirname, '../../..')
  const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8')
  const documented = new Set([...doc.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`/gm)].map((m) => m[1]))

  function sources (dir: string): string[] {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n)
      return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
    })
  }

  it('lists every code of GATEWAY_ERROR_CODES with its status', () => {
    for (const [code, status] of Object.entries(GATEWAY_ERROR_CODES)) {
      expect(documented, code).toContain(code)
      expect(doc).toMatch(new RegExp(`^\\|\\s*\`${code}\`\\s*\\|\\s*${status}\\s*\\|`, 'm'))
    }
  })

  it('lists every code the gateway source throws or answers', () => {
    const codes = new Set<string>()
    for (const file of sources(resolve(import.meta.dirname, '../src'))) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/Error\('([A-Z][A-Z0-9_]*)'|code: '([A-Z][A-Z0-9_]*)'/g)) codes.add(m[1] ?? m[2]!)
    }
    expect(codes.size).toBeGreaterThan(0)
    for (const code of codes) expect(documented, code).toContain(code)
    for (const code of codes) expect(Object.keys(GATEWAY_ERROR_CODES), code).toContain(code)
  })
})
