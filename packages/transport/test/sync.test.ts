import { describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { Backoff, StreamReader, announceTargets, encodeFrame, haveSample, parseAnnounce, parseInvite, pickFetch, type KnownPeer } from '../src/index.ts'
import { deviceKey } from './helpers.ts'

async function * chunks (...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p
}

const HEX = (c: string): string => c.repeat(40)

describe('framing', () => {
  it('reads a length-prefixed JSON header split anywhere, then the raw rest', async () => {
    const frame = encodeFrame({ conversationId: HEX('a'), advertise: true })
    const body = Buffer.from('0032want done', 'latin1')
    const all = Buffer.concat([frame, body])
    for (const cut of [1, 3, 4, 7, frame.length, all.length - 1]) {
      const r = new StreamReader(chunks(all.subarray(0, cut), all.subarray(cut)))
      expect(await r.readFrame(4096)).toEqual({ conversationId: HEX('a'), advertise: true })
      expect(Buffer.from(await r.readAll(1024)).toString('latin1')).toBe('0032want done')
    }
  })

  it('refuses oversized frames, truncated frames, non-JSON and too long messages', async () => {
    await expect(new StreamReader(chunks(encodeFrame({ x: 'y'.repeat(100) }))).readFrame(50)).rejects.toThrow(/larger than allowed/)
    await expect(new StreamReader(chunks(encodeFrame({ x: 1 }).subarray(0, 6))).readFrame(50)).rejects.toThrow(/ended inside a frame/)
    const bad = Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{no')])
    await expect(new StreamReader(chunks(bad)).readFrame(50)).rejects.toThrow(/not JSON/)
    await expect(new StreamReader(chunks(new Uint8Array(10), new Uint8Array(10))).readAll(15)).rejects.toThrow(/larger than allowed/)
  })
})

describe('backoff', () => {
  it('doubles per failure up to the cap, refuses until the delay passed, clears on success', () => {
    let now = 0
    const b = new Backoff({ baseMs: 1000, maxMs: 8000, now: () => now })
    expect(b.allowed('p')).toBe(true)
    expect([b.fail('p'), b.fail('p'), b.fail('p'), b.fail('p'), b.fail('p')]).toEqual([1000, 2000, 4000, 8000, 8000])
    expect(b.allowed('p')).toBe(false)
    expect(b.allowed('q')).toBe(true)
    now = 7999
    expect(b.allowed('p')).toBe(false)
    now = 8000
    expect(b.allowed('p')).toBe(true)
    expect(b.failures('p')).toBe(5)
    b.succeed('p')
    expect(b.failures('p')).toBe(0)
    expect(b.fail('p')).toBe(1000)
  })

  it('tells how long a key still waits', () => {
    let now = 0
    const b = new Backoff({ baseMs: 1000, maxMs: 8000, now: () => now })
    expect(b.remaining('p')).toBe(0)
    b.fail('p')
    now = 400
    expect(b.remaining('p')).toBe(600)
    now = 5000
    expect(b.remaining('p')).toBe(0)
  })
})

describe('haves', () => {
  it('samples the first-parent chain densely, then at powers of two, always ending at the root', () => {
    const chain = Array.from({ length: 100 }, (_, i) => `c${i}`)
    expect(haveSample(chain, 4)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c8', 'c16', 'c32', 'c64', 'c99'])
    expect(haveSample(['x'], 4)).toEqual(['x'])
    expect(haveSample([], 4)).toEqual([])
    expect(haveSample(chain.slice(0, 5), 16)).toEqual(chain.slice(0, 5))
  })
})

describe('messages and routing', () => {
  it('accepts only well-formed announces', () => {
    const ok = { type: 'application/im-gitmessage-id', conversationId: HEX('a'), commit: HEX('b'), deviceId: HEX('c') }
    expect(parseAnnounce(ok)).toEqual({ conversationId: HEX('a'), commit: HEX('b'), deviceId: HEX('c') })
    expect(parseAnnounce({ ...ok, type: 'text/plain' })).toBeUndefined()
    expect(parseAnnounce({ ...ok, commit: 'HEAD' })).toBeUndefined()
    expect(parseAnnounce(null)).toBeUndefined()
  })

  it('keeps the inviter an invite names (else its sender), and bounds its fields', () => {
    const sender = HEX('f')
    expect(parseInvite({ conversationId: HEX('a'), from: HEX('e'), members: [HEX('1'), 'x', 5], title: 'T', avatar: 'A'.repeat(70_000) }, sender))
      .toEqual({ conversationId: HEX('a'), from: HEX('e'), members: [HEX('1')], title: 'T' })
    expect(parseInvite({ conversationId: HEX('a'), from: 'me' }, sender)).toEqual({ conversationId: HEX('a'), from: sender, members: [] })
    const from = sender
    expect(parseInvite({ conversationId: '../x' }, from)).toBeUndefined()
    expect(parseInvite(undefined, from)).toBeUndefined()
  })

  it('keeps the mode an invite claims when it names one', () => {
    const sender = HEX('f')
    expect(parseInvite({ conversationId: HEX('a'), from: sender, mode: 'ONE_TO_ONE' }, sender)).toEqual({ conversationId: HEX('a'), from: sender, members: [], mode: 'ONE_TO_ONE' })
    expect(parseInvite({ conversationId: HEX('a'), from: sender, mode: 'SECRET' }, sender)).toEqual({ conversationId: HEX('a'), from: sender, members: [] })
    expect(parseInvite({ conversationId: HEX('a'), from: sender, mode: 0 }, sender)).toEqual({ conversationId: HEX('a'), from: sender, members: [] })
  })

  it('announces to connected accounts other than us and the source, once per peer; fetches skip backed-off peers', async () => {
    const peer = async (accountUri: string | undefined, deviceId: string): Promise<KnownPeer> => ({ peerId: peerIdFromPrivateKey((await deviceKey()).privateKey), deviceId, ...(accountUri === undefined ? {} : { accountUri }) })
    const a = await peer(HEX('1'), HEX('a'))
    const b = await peer(HEX('2'), HEX('b'))
    const self = await peer(HEX('3'), HEX('c'))
    const anonymous = await peer(undefined, HEX('d'))
    expect(announceTargets([a, b, self, anonymous, a], HEX('c'))).toEqual([a, b])
    expect(announceTargets([a, b], HEX('c'), a.peerId.toString())).toEqual([b])

    const queue = new Map([[a.peerId.toString(), { peer: a, commit: HEX('9') }], [b.peerId.toString(), { peer: b, commit: HEX('8') }]])
    expect(pickFetch(queue, () => true)?.[1].peer).toBe(a)
    expect(pickFetch(queue, (k) => k !== a.peerId.toString())?.[1].peer).toBe(b)
    expect(pickFetch(queue, () => false)).toBeUndefined()
  })
})
