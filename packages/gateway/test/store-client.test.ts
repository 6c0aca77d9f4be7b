import { describe, expect, it } from 'vitest'
import { UnavailableError } from '@skarm/errors'
import { StoreMethods, type Method } from '@skarm/proto'
import { busStoreClient, type BusRequester } from '../src/index.ts'
import { CONV } from './fakes.ts'

describe('busStoreClient', () => {
  it('has one method per StoreMethods entry, each requesting its own subject', async () => {
    const sent: Array<{ subject: string, req: unknown }> = []
    const bus: BusRequester = {
      async request<Req, Res> (method: Method<Req, Res>, req: Req): Promise<Res> {
        sent.push({ subject: method.subject, req })
        return method.response.decode(new Uint8Array())
      }
    }
    const store = busStoreClient(bus)
    expect(Object.keys(store).sort()).toEqual(Object.keys(StoreMethods).sort())
    for (const name of Object.keys(StoreMethods) as Array<keyof typeof StoreMethods>) {
      await (store[name] as (req: unknown) => Promise<unknown>)({ id: CONV })
    }
    expect(sent).toEqual(Object.values(StoreMethods).map((m) => ({ subject: m.subject, req: { id: CONV } })))
  })

  it('passes the bus errors through unchanged', async () => {
    const err = new UnavailableError('SERVICE_UNAVAILABLE', 'no store service answers on the bus')
    const store = busStoreClient({ request: async () => { throw err } })
    await expect(store.getAccount({})).rejects.toBe(err)
  })
})
