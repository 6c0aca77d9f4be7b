import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { askDhtAddr, DHT_ADDR_PROTOCOL, handleDhtAddr, parseDhtAddr } from '../src/index.ts'
import { logger, loopbackNode } from './helpers.ts'

const stops: Array<() => Promise<void>> = []
afterEach(async () => { await Promise.all(stops.splice(0).map(async s => { await s() })) })

describe('/skarm/dht-addr/1.0.0', () => {
  it('answers with the local DHT addresses; another node asks by multiaddr', async () => {
    const a = await loopbackNode()
    const b = await loopbackNode()
    stops.push(a.stop, b.stop)
    const dhtAddrs = ['/ip4/127.0.0.1/tcp/5555/p2p/12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK']
    await handleDhtAddr(a.libp2p, { addresses: async () => dhtAddrs, logger })
    expect(a.libp2p.getProtocols()).toContain(DHT_ADDR_PROTOCOL)
    expect(await askDhtAddr(b.libp2p, multiaddr(a.addresses()[0]!))).toEqual(dhtAddrs)
  })

  it('fails when the answerer cannot reach its DHT', async () => {
    const a = await loopbackNode()
    const b = await loopbackNode()
    stops.push(a.stop, b.stop)
    await handleDhtAddr(a.libp2p, { addresses: async () => { throw new Error('no dht') }, logger })
    await expect(askDhtAddr(b.libp2p, multiaddr(a.addresses()[0]!))).rejects.toThrow()
  })

  it('parses only a list of multiaddr strings', () => {
    const e = new TextEncoder()
    expect(parseDhtAddr(e.encode(JSON.stringify({ addresses: ['/ip4/1.2.3.4/tcp/1', 5, 'http://x', '/ip4/1.2.3.4/tcp/2'] })))).toEqual(['/ip4/1.2.3.4/tcp/1', '/ip4/1.2.3.4/tcp/2'])
    expect(parseDhtAddr(e.encode(JSON.stringify({ addresses: Array(40).fill('/ip4/1.2.3.4/tcp/1') }))).length).toBe(32)
    expect(() => parseDhtAddr(e.encode('{nope'))).toThrow(/not JSON/)
    expect(() => parseDhtAddr(e.encode('{}'))).toThrow(/no addresses/)
    expect(() => parseDhtAddr(e.encode('null'))).toThrow(/no addresses/)
  })
})
