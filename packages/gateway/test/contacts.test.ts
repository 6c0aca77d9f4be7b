import { afterEach, describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError } from '@skarm/errors'
import { skarm } from '@skarm/proto'
import { ALICE, BOB, CONV, closeGateways, fakeGateway } from './fakes.ts'

const s = skarm.store.v1

afterEach(closeGateways)

describe('contacts', () => {
  it('POST answers 201 with the conversation made, 200 when it existed already', async () => {
    const made = fakeGateway({ addContact: async () => s.AddContactResponse.create({ conversationId: CONV, created: true }) })
    const res = await made.app.inject({ method: 'POST', url: '/v1/contacts', payload: { uri: BOB } })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ conversationId: CONV })
    expect(made.calls).toEqual([{ method: 'addContact', req: { uri: BOB } }])
    await made.app.close()

    const existed = fakeGateway()
    const again = await existed.app.inject({ method: 'POST', url: '/v1/contacts', payload: { uri: BOB } })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ conversationId: CONV })
  })

  it('GET lists every contact with its conversation and whether it is confirmed', async () => {
    const { app, calls } = fakeGateway({
      listContacts: async () => s.ListContactsResponse.create({ contacts: [{ uri: ALICE, conversationId: '', confirmed: false }, { uri: BOB, conversationId: CONV, confirmed: true }] })
    })
    const res = await app.inject({ method: 'GET', url: '/v1/contacts' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ contacts: [{ uri: ALICE, conversationId: '', confirmed: false }, { uri: BOB, conversationId: CONV, confirmed: true }] })
    expect(calls).toEqual([{ method: 'listContacts', req: {} }])
  })

  it('DELETE answers 204', async () => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: 'DELETE', url: `/v1/contacts/${BOB}` })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
    expect(calls).toEqual([{ method: 'removeContact', req: { uri: BOB } }])
  })

  it.each([
    ['POST', '/v1/contacts', { uri: 'B'.repeat(40) }],
    ['POST', '/v1/contacts', { uri: BOB, extra: 1 }],
    ['POST', '/v1/contacts', {}],
    ['POST', '/v1/contacts', { uri: 5 }],
    ['POST', '/v1/contacts?x=1', { uri: BOB }],
    ['GET', '/v1/contacts?all=1', undefined],
    ['DELETE', '/v1/contacts/nope', undefined]
  ])('%s %s %j: 400 INVALID_REQUEST, the store never asked', async (method, url, payload) => {
    const { app, calls } = fakeGateway()
    const res = await app.inject({ method: method as 'POST', url, ...(payload === undefined ? {} : { payload }) })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('INVALID_REQUEST')
    expect(calls).toEqual([])
  })

  it('relays the store\'s refusals with their codes', async () => {
    const { app } = fakeGateway({
      addContact: async () => { throw new InvalidInputError('CONTACT_SELF', 'one\'s own account cannot be a contact') },
      removeContact: async () => { throw new NotFoundError('CONTACT_NOT_FOUND', 'no such contact') }
    })
    const self = await app.inject({ method: 'POST', url: '/v1/contacts', payload: { uri: ALICE } })
    expect(self.statusCode).toBe(400)
    expect(self.json()).toEqual({ error: { code: 'CONTACT_SELF', message: 'one\'s own account cannot be a contact' } })
    const gone = await app.inject({ method: 'DELETE', url: `/v1/contacts/${BOB}` })
    expect(gone.statusCode).toBe(404)
    expect(gone.json()).toEqual({ error: { code: 'CONTACT_NOT_FOUND', message: 'no such contact' } })
  })
})
