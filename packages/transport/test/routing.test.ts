import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { commonPrefixBits, desiredDevices, isDeviceId, ROUTING_K, routingTable, tableCapacity, xorDistance } from '../src/routing.ts'

/** A device id whose first hex digits are `prefix` (the rest zeros, then `tail`). */
const id = (prefix: string, tail = ''): string => (prefix + '0'.repeat(40)).slice(0, 40 - tail.length) + tail
/** A pseudo-random device id. */
const rnd = (n: number): string => createHash('sha256').update(`device ${n}`).digest('hex').slice(0, 40)

describe('commonPrefixBits', () => {
  it('counts the leading bits two ids share', () => {
    const self = id('0')
    expect(commonPrefixBits(self, self)).toBe(160)
    expect(commonPrefixBits(self, id('8'))).toBe(0)
    expect(commonPrefixBits(self, id('4'))).toBe(1)
    expect(commonPrefixBits(self, id('2'))).toBe(2)
    expect(commonPrefixBits(self, id('1'))).toBe(3)
    expect(commonPrefixBits(self, id('08'))).toBe(4)
    expect(commonPrefixBits(self, id('', '1'))).toBe(159)
    expect(commonPrefixBits(id('f'), id('e'))).toBe(3)
  })

  it('is symmetric', () => {
    for (let i = 0; i < 20; i++) expect(commonPrefixBits(rnd(i), rnd(i + 1))).toBe(commonPrefixBits(rnd(i + 1), rnd(i)))
  })
})

describe('xorDistance', () => {
  it('is the XOR in hex, zero for the same id', () => {
    expect(xorDistance(id('f0'), id('0f'))).toBe(id('ff'))
    expect(xorDistance(rnd(1), rnd(1))).toBe('0'.repeat(40))
    expect(xorDistance(rnd(1), rnd(2))).toBe(xorDistance(rnd(2), rnd(1)))
  })
})

describe('isDeviceId', () => {
  it('accepts 40 lowercase hex digits only', () => {
    expect(isDeviceId(rnd(1))).toBe(true)
    expect(isDeviceId(rnd(1).toUpperCase())).toBe(false)
    expect(isDeviceId(rnd(1).slice(1))).toBe(false)
    expect(isDeviceId('')).toBe(false)
  })
})

describe('routingTable', () => {
  const self = id('0')

  it('puts each device in the bucket of its shared prefix length, nearest first, K desired per bucket', () => {
    const far = [id('8', '3'), id('9'), id('f'), id('8', '1')]
    const near = [id('4'), id('5')]
    const t = routingTable(self, [...far, ...near, id('1')])
    expect(t.self).toBe(self)
    expect(t.buckets.map((b) => b.index)).toEqual([0, 1, 3])
    // bucket 0: 8…1 < 8…3 < 9… < f… by XOR distance to 0…
    expect(t.buckets[0]).toEqual({ index: 0, desired: [id('8', '1'), id('8', '3')], known: [id('9'), id('f')] })
    expect(t.buckets[1]).toEqual({ index: 1, desired: [id('4'), id('5')], known: [] })
    expect(t.buckets[2]).toEqual({ index: 3, desired: [id('1')], known: [] })
    expect(ROUTING_K).toBe(2)
  })

  it('prefers connected devices, then reachable ones, then unreachable ones', () => {
    const devices = [id('8'), id('9'), id('a'), id('b')]
    expect(routingTable(self, devices, { connected: new Set([id('b')]) }).buckets[0]!.desired).toEqual([id('b'), id('8')])
    expect(routingTable(self, devices, { connected: new Set([id('b'), id('a')]) }).buckets[0]!.desired).toEqual([id('a'), id('b')])
    // among connected ones, a device that dialed us first (that connection exists anyway)
    expect(routingTable(self, devices, { connected: new Set([id('8'), id('9'), id('b')]), inbound: new Set([id('b')]) }).buckets[0]!.desired).toEqual([id('b'), id('8')])
    // a dropped device that cannot be reached is replaced from the bucket's known devices
    const t = routingTable(self, devices, { connected: new Set([id('9')]), unreachable: new Set([id('8')]) })
    expect(t.buckets[0]).toEqual({ index: 0, desired: [id('9'), id('a')], known: [id('b'), id('8')] })
    // when every device of a bucket is unreachable they are still desired (dials are backed off)
    expect(routingTable(self, [id('8')], { unreachable: new Set([id('8')]) }).buckets[0]!.desired).toEqual([id('8')])
  })

  it('ignores ourselves, duplicates and malformed ids; honours k', () => {
    const t = routingTable(self, [self, id('8'), id('8'), 'nope', id('e').toUpperCase(), id('c'), id('d')], { k: 1 })
    expect(t.buckets).toEqual([{ index: 0, desired: [id('8')], known: [id('c'), id('d')] }])
    expect(routingTable(self, []).buckets).toEqual([])
  })

  it('is deterministic: the order of the input does not matter', () => {
    const devices = Array.from({ length: 30 }, (_, i) => rnd(i))
    const a = routingTable(rnd(100), devices)
    const b = routingTable(rnd(100), [...devices].reverse())
    expect(b).toEqual(a)
    expect(a.buckets.flatMap((x) => [...x.desired, ...x.known]).sort()).toEqual([...devices].sort())
    for (const bucket of a.buckets) {
      expect(bucket.desired.length).toBe(Math.min(2, bucket.desired.length + bucket.known.length))
      for (const d of [...bucket.desired, ...bucket.known]) expect(commonPrefixBits(rnd(100), d)).toBe(bucket.index)
    }
  })
})

describe('desiredDevices', () => {
  it('is the union of the desired devices of every conversation', () => {
    const self = id('0')
    const a = [id('8'), id('9'), id('a')]
    const b = [id('a'), id('4'), id('6'), id('7')]
    expect([...desiredDevices(self, [a, b])].sort()).toEqual([id('8'), id('9'), id('a'), id('4'), id('6')].sort())
    expect(desiredDevices(self, [])).toEqual(new Set())
  })

  it('bounds a large swarm: about K per non-empty bucket, not all-to-all', () => {
    const devices = Array.from({ length: 200 }, (_, i) => rnd(i))
    for (const self of devices.slice(0, 20)) {
      const desired = desiredDevices(self, [devices])
      const buckets = routingTable(self, devices).buckets
      expect(desired.size).toBe(buckets.reduce((n, b) => n + Math.min(2, b.desired.length + b.known.length), 0))
      expect(desired.size).toBe(tableCapacity(self, devices))
      expect(desired.size).toBeLessThan(2 * 20)
      expect(desired.has(self)).toBe(false)
    }
  })

  it('keeps every device reachable: the union of the tables is a connected graph', () => {
    const devices = Array.from({ length: 120 }, (_, i) => rnd(1000 + i))
    const edges = new Map<string, Set<string>>(devices.map((d) => [d, new Set<string>()]))
    for (const d of devices) {
      for (const e of desiredDevices(d, [devices])) {
        edges.get(d)!.add(e)
        edges.get(e)!.add(d)
      }
    }
    const seen = new Set([devices[0]!])
    const queue = [devices[0]!]
    while (queue.length > 0) for (const n of edges.get(queue.pop()!)!) if (!seen.has(n)) { seen.add(n); queue.push(n) }
    expect(seen.size).toBe(devices.length)
  })
})
