import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { NotFoundError } from '@skarm/errors'
import { skarm } from '@skarm/proto'
import { buildGateway, type SyncClient } from '../src/index.ts'
import { ALICE, CONV, fakeDeps } from './fakes.ts'

const y = skarm.sync.v1
const c = skarm.common.v1
let app: FastifyInstance | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

function gateway (overrides: Partial<SyncClient> = {}): { app: FastifyInstance, calls: Array<{ method: string, req: unknown }> } {
  const calls: Array<{ method: string, req: unknown }> = []
  const record = <T>(method: string, answer: (req: any) => T) => async (req: unknown): Promise<T> => { calls.push({ method, req }); return answer(req) }
  const sync = {
    listHeads: record('listHeads', () => y.ListHeadsResponse.create()),
    authorize: record('authorize', () => y.AuthorizeResponse.create()),
    import: record('import', () => y.ImportResponse.create()),
    install: record('install', () => y.ImportResponse.create()),
    addRequest: record('addRequest', () => y.AddRequestResponse.create()),
    listRequests: record('listRequests', () => y.ListRequestsResponse.create({ requests: [{ conversationId: CONV, from: ALICE, received: 1700000000, title: 'Team', description: '', avatar: '' }] })),
    acceptRequest: record('acceptRequest', () => c.Empty.create()),
    declineRequest: record('declineRequest', () => c.Empty.create()),
    joinPublic: record('joinPublic', () => c.Empty.create()),
    ...overrides
  } as SyncClient
  const f = fakeDeps()
  app = buildGateway({ ...f.deps, sync })
  return { app, calls }
}

describe('conversation requests', () => {
  it('lists requests with their optional fields only when set', async () => {
    const { app } = gateway()
    const res = await app.inject({ method: 'GET', url: '/v1/requests' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ requests: [{ id: CONV, from: ALICE, received: 1700000000, title: 'Team' }] })
  })

  it('accepts with 202, declines with 204, joins a PUBLIC conversation with 202', async () => {
    const { app, calls } = gateway()
    const a = await app.inject({ method: 'POST', url: `/v1/requests/${CONV}/accept` })
    expect(a.statusCode).toBe(202)
    expect(a.json()).toEqual({ id: CONV, syncing: true })
    expect((await app.inject({ method: 'POST', url: `/v1/requests/${CONV}/decline` })).statusCode).toBe(204)
    const j = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/join`, payload: { from: ALICE } })
    expect(j.statusCode).toBe(202)
    const bare = await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/join` })
    expect(bare.statusCode).toBe(202)
    expect(calls).toEqual([
      { method: 'acceptRequest', req: { conversationId: CONV } },
      { method: 'declineRequest', req: { conversationId: CONV } },
      { method: 'joinPublic', req: { conversationId: CONV, from: ALICE } },
      { method: 'joinPublic', req: { conversationId: CONV, from: '' } }
    ])
  })

  it('refuses bad ids and relays the store\'s 404', async () => {
    const { app } = gateway({ acceptRequest: async () => { throw new NotFoundError('REQUEST_NOT_FOUND', 'no such conversation request') } })
    expect((await app.inject({ method: 'POST', url: '/v1/requests/nope/accept' })).json().error.code).toBe('INVALID_REQUEST')
    const res = await app.inject({ method: 'POST', url: `/v1/requests/${CONV}/accept` })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('REQUEST_NOT_FOUND')
    expect((await app.inject({ method: 'POST', url: `/v1/conversations/${CONV}/join`, payload: { from: 'x' } })).statusCode).toBe(400)
  })

  it('has no request routes without a sync client', async () => {
    app = buildGateway(fakeDeps().deps)
    expect((await app.inject({ method: 'GET', url: '/v1/requests' })).statusCode).toBe(404)
  })
})
