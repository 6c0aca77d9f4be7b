// Whole stacks (`skarm up`, 127.0.0.1 only, no mDNS): B is started with A's TRANSPORT address
// as --bootstrap; B's DHT finds A's DHT through /skarm/dht-addr/1.0.0, and each device finds
// the other's transport addresses through the DHT (signed records), over the bus.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DhtMethods } from '@skarm/proto'
import { waitFor } from '@skarm/test-utils'
import { startDeviceOnNats, type BusStack } from '../helpers/device.ts'

type Stack = BusStack
const stack = startDeviceOnNats

let a: Stack
let b: Stack
beforeAll(async () => {
  a = await stack('dht-a')
  b = await stack('dht-b', ['--bootstrap', a.device.p2p[0]!])
}, 120_000)

afterAll(async () => {
  for (const s of [b, a]) {
    if (s === undefined) continue
    expect(await s.device.stop()).toBe(0)
    await s.bus.close()
    await s.nats.stop()
    await rm(s.device.dataDir, { recursive: true, force: true })
  }
}, 60_000)

describe('DHT of whole stacks bootstrapped with a transport address', () => {
  it('B\'s DHT joins A\'s and each finds the other\'s transport addresses through it', async () => {
    await waitFor(async () => (await b.bus.request(DhtMethods.getInfo, {})).routingTableSize > 0, { timeoutMs: 30_000 })
    await waitFor(async () => (await a.bus.request(DhtMethods.getInfo, {})).routingTableSize > 0, { timeoutMs: 30_000 })
    for (const [x, y] of [[b, a], [a, b]] as const) {
      // Published at start; asking again is the same record with a higher seq.
      await y.bus.request(DhtMethods.publishRecords, {})
      const found = await waitFor(async () => {
        const r = await x.bus.request(DhtMethods.findDevice, { deviceId: y.device.deviceId })
        return r.found ? r : undefined
      }, { timeoutMs: 30_000 })
      expect(found.accountUri).toBe(y.device.uri)
      expect(found.addresses).toEqual(y.device.p2p)
      const acc = await x.bus.request(DhtMethods.findAccountDevices, { uri: y.device.uri })
      expect(acc.deviceIds).toEqual([y.device.deviceId])
    }
  })
})
