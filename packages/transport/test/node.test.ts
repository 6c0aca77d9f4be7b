import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createIdentity, generateKeyPair, idFromPublicKey, rawPrivateKey, type Identity } from '@skarm/identity'
import { SkarmError } from '@skarm/errors'
import { checkHello, verifyPeerChain, deviceIdFromRawKey, deviceIdOfPeer, libp2pKeyFromSeed, loadDeviceKey, rawEd25519PublicKey, HELLO_PROTOCOL, type TransportNode } from '../src/index.ts'
import { deviceKey, freePort, loopbackNode, logger, waitFor } from './helpers.ts'

const running: TransportNode[] = []
async function node (...args: Parameters<typeof loopbackNode>): ReturnType<typeof loopbackNode> {
  const n = await loopbackNode(...args)
  running.push(n)
  return n
}
afterEach(async () => { await Promise.all(running.splice(0).map(async n => { await n.stop() })) })

describe('device key → peer id', () => {
  it('derives the libp2p peer id from the device Ed25519 key', async () => {
    const pair = generateKeyPair()
    const key = await libp2pKeyFromSeed(rawPrivateKey(pair.privateKey))
    const peerId = peerIdFromPrivateKey(key)
    expect(peerId.type).toBe('Ed25519')
    expect(Buffer.from(key.publicKey.raw)).toEqual(Buffer.from(pair.publicKey.export({ format: 'der', type: 'spki' })).subarray(-32))
    expect(deviceIdOfPeer(peerId)).toBe(idFromPublicKey(pair.publicKey))
  })

  it('starts a node whose peer id and device id come from that key', async () => {
    const a = await node()
    expect(a.deviceId).toBe(a.expectedDeviceId)
    expect(a.addresses().length).toBeGreaterThan(0)
    for (const addr of a.addresses()) expect(addr).toMatch(new RegExp(`^/ip4/127\\.0\\.0\\.1/tcp/\\d+/p2p/${a.peerId.toString()}$`))
    expect(a.libp2p.getProtocols()).toContain(HELLO_PROTOCOL)
  })
})

describe('/skarm/hello/1.0.0', () => {
  it('proves each side\'s device id over an authenticated connection', async () => {
    const seen: string[] = []
    const a = await node({ onHello: (deviceId) => { seen.push(deviceId) } })
    const b = await node()
    expect((await b.hello(multiaddr(a.addresses()[0]))).deviceId).toBe(a.expectedDeviceId)
    await waitFor(() => seen.length >= 1)
    // the dialer also says hello by itself on every new connection
    expect(new Set(seen)).toEqual(new Set([b.expectedDeviceId]))
    expect(a.peers().map(p => p.peerId)).toEqual([b.peerId.toString()])
    expect(b.peers()[0].addresses[0]).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\/\d+/)
  })

  it('refuses a claimed device id the connection key does not prove', async () => {
    const honest = peerIdFromPrivateKey((await deviceKey()).privateKey)
    const other = await deviceKey()
    const forged = new TextEncoder().encode(JSON.stringify({ deviceId: other.deviceId }))
    expect(() => checkHello(forged, honest)).toThrow(SkarmError)
    expect(() => checkHello(forged, honest)).toThrow(/does not prove/)
    expect(() => checkHello(new TextEncoder().encode('not json'), honest)).toThrow(/not JSON/)
    expect(() => checkHello(new TextEncoder().encode('null'), honest)).toThrow(/does not prove/)
    expect(checkHello(new TextEncoder().encode(JSON.stringify({ deviceId: deviceIdOfPeer(honest) })), honest)).toEqual({ deviceId: deviceIdOfPeer(honest) })
  })

  it('a peer that lies in its hello is refused by the real protocol', async () => {
    const liar = await node()
    const victim = await node()
    // The liar speaks the protocol by hand and claims another device's id.
    const stranger = await deviceKey()
    const conn = await liar.libp2p.dial(multiaddr(victim.addresses()[0]))
    const stream = await conn.newStream(HELLO_PROTOCOL)
    stream.send(new TextEncoder().encode(JSON.stringify({ deviceId: stranger.deviceId })))
    await stream.close()
    const reply: Uint8Array[] = []
    await expect((async () => { for await (const c of stream) reply.push(c.subarray()) })()).rejects.toThrow()
    expect(reply).toEqual([])
  })
})

describe('/skarm/hello/1.0.0 with certificates', () => {
  async function identityNode (): Promise<{ node: Awaited<ReturnType<typeof node>>, identity: Identity }> {
    const identity = await createIdentity('x')
    const n = await node({ privateKey: await libp2pKeyFromSeed(rawPrivateKey(identity.device.privateKey)), certificates: { device: identity.deviceCert, account: identity.accountCert } })
    return { node: n, identity }
  }

  it('each side learns the other\'s device and account, chain-verified, with no explicit call', async () => {
    const a = await identityNode()
    const b = await identityNode()
    const learned: string[] = []
    a.node.onPeer((p) => { learned.push(`${p.deviceId}/${p.accountUri}`) })
    await b.node.libp2p.dial(multiaddr(a.node.addresses()[0]))
    await waitFor(() => a.node.identityOf(b.node.peerId) !== undefined && b.node.identityOf(a.node.peerId) !== undefined)
    expect(a.node.identityOf(b.node.peerId)).toMatchObject({ deviceId: b.identity.deviceId, accountUri: b.identity.uri })
    expect(b.node.identityOf(a.node.peerId)).toMatchObject({ deviceId: a.identity.deviceId, accountUri: a.identity.uri })
    expect(learned).toEqual([`${b.identity.deviceId}/${b.identity.uri}`])
    expect(b.node.knownPeers().map((p) => p.peerId.toString())).toEqual([a.node.peerId.toString()])
  })

  it('refuses certificates that do not prove the connection\'s device or the account', async () => {
    const alice = await createIdentity('alice')
    const mallory = await createIdentity('mallory')
    const peer = peerIdFromPrivateKey(await libp2pKeyFromSeed(rawPrivateKey(alice.device.privateKey)))
    const hello = (m: object): Uint8Array => new TextEncoder().encode(JSON.stringify({ deviceId: alice.deviceId, ...m }))
    expect(checkHello(hello({ deviceCert: alice.deviceCert, accountCert: alice.accountCert }), peer)).toEqual({ deviceId: alice.deviceId, accountUri: alice.uri })
    // another device's certificate, another account's certificate, a device cert as account
    expect(() => checkHello(hello({ deviceCert: mallory.deviceCert, accountCert: mallory.accountCert }), peer)).toThrow(/not the key of the connection/)
    expect(() => checkHello(hello({ deviceCert: alice.deviceCert, accountCert: mallory.accountCert }), peer)).toThrow(/not issued by the account/)
    expect(() => checkHello(hello({ deviceCert: alice.deviceCert, accountCert: alice.deviceCert }), peer)).toThrow(/self-signed CA/)
    expect(() => checkHello(hello({ deviceCert: alice.deviceCert }), peer)).toThrow(/certificate/)
    expect(() => checkHello(hello({ deviceCert: 'junk', accountCert: alice.accountCert }), peer)).toThrow(/not a valid/)
    expect(() => verifyPeerChain({ device: alice.deviceCert, account: alice.accountCert }, mallory.deviceId)).toThrow(SkarmError)
  })
})

describe('discovery', () => {
  it('dials a discovered peer itself (mDNS only discovers); no multicast in tests, the event is dispatched', async () => {
    const a = await node()
    const b = await node()
    b.libp2p.safeDispatchEvent('peer:discovery', { detail: { id: a.peerId, multiaddrs: a.libp2p.getMultiaddrs() } })
    await waitFor(() => b.peers().some(p => p.peerId === a.peerId.toString()))
    // Our own announcement coming back is ignored.
    b.libp2p.safeDispatchEvent('peer:discovery', { detail: { id: b.peerId, multiaddrs: b.libp2p.getMultiaddrs() } })
    expect(b.peers().map(p => p.peerId)).toEqual([a.peerId.toString()])
  })
})

describe('bootstrap', () => {
  it('dials bootstrap peers at start and keeps retrying until they come up', async () => {
    const port = await freePort()
    const aKey = await deviceKey()
    const aId = peerIdFromPrivateKey(aKey.privateKey).toString()
    const b = await node({ bootstrap: [`/ip4/127.0.0.1/tcp/${port}/p2p/${aId}`], bootstrapDialer: { minDelayMs: 20, maxDelayMs: 100 } })
    const a = await node({ privateKey: aKey.privateKey, listen: [`/ip4/127.0.0.1/tcp/${port}`] })
    await waitFor(() => b.peers().some(p => p.peerId === aId))
    await waitFor(() => a.peers().some(p => p.peerId === b.peerId.toString()))
  })

  it('redials a bootstrap peer after it disconnects', async () => {
    const a = await node()
    const b = await node({ bootstrap: a.addresses(), bootstrapDialer: { minDelayMs: 20, maxDelayMs: 100 } })
    await waitFor(() => b.peers().length === 1)
    const first = b.libp2p.getConnections()[0].id
    await a.libp2p.hangUp(b.peerId)
    await waitFor(() => b.libp2p.getConnections().some(c => c.id !== first && c.status === 'open'))
    expect(b.peers().map(p => p.peerId)).toEqual([a.peerId.toString()])
  })

  it('skips its own address in the bootstrap list', async () => {
    const key = await deviceKey()
    const port = await freePort()
    const self = `/ip4/127.0.0.1/tcp/${port}/p2p/${peerIdFromPrivateKey(key.privateKey).toString()}`
    const a = await node({ privateKey: key.privateKey, listen: [`/ip4/127.0.0.1/tcp/${port}`], bootstrap: [self], logger })
    expect(a.peers()).toEqual([])
  })
})

describe('loadDeviceKey', () => {
  it('reads the device key that @skarm/identity saved, without loading X.509', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { createIdentity, saveIdentity } = await import('@skarm/identity')
    const dir = await mkdtemp(join(tmpdir(), 'skarm-key-'))
    try {
      const id = await createIdentity('alice')
      await saveIdentity(dir, id)
      const key = await loadDeviceKey(dir)
      expect(key.deviceId).toBe(id.deviceId)
      expect(Buffer.from(key.seed)).toEqual(Buffer.from(rawPrivateKey(id.device.privateKey)))
      expect(deviceIdFromRawKey(rawEd25519PublicKey(key.publicKey))).toBe(idFromPublicKey(id.device.publicKey))
      expect(deviceIdOfPeer(peerIdFromPrivateKey(await libp2pKeyFromSeed(key.seed)))).toBe(id.deviceId)

      // The account key where the device key should be: refused.
      const { privateKeyToPem } = await import('@skarm/identity')
      await writeFile(join(dir, 'identity', 'device.key'), privateKeyToPem(id.account.privateKey))
      await expect(loadDeviceKey(dir)).rejects.toThrow(/not the device/)
      await expect(loadDeviceKey(join(dir, 'nope'))).rejects.toThrow(/no device key/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
