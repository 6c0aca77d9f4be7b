// `node tools/bench/transport.ts`: TCP against QUIC (and a relayed TCP connection) on loopback,
// between two transport nodes: connection set-up (dial until hello is done), one message round
// trip on an open connection, and a git fetch of a conversation through the git tunnel.
// Short-running (a few seconds); figures only, no targets beyond "compare".
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import git from 'isomorphic-git'
import { multiaddr } from '@multiformats/multiaddr'
import type { Stream } from '@libp2p/interface'
import { createQuarantine, createTransportNode, handleGit, isCircuit, openStream, tunnelHttp, type TransportNode } from '@skarm/transport'
import { deviceKey, grow, logger } from '../../packages/transport/test/helpers.ts'
import { ms, pct, report } from './report.ts'

const run = promisify(execFile)
const ID = 'e'.repeat(40)
const DIALS = 10
const TRIPS = 200
const FETCHES = 3
const COMMITS = 100

async function node (init: { quic?: boolean, relay?: boolean, bootstrap?: string[] } = {}): Promise<TransportNode> {
  const key = await deviceKey()
  return await createTransportNode({ privateKey: key.privateKey, listen: ['/ip4/127.0.0.1/tcp/0'], mdns: false, logger, ...init })
}

async function until (fn: () => boolean): Promise<void> {
  while (!fn()) await new Promise((resolve) => setTimeout(resolve, 1))
}

/** An echo protocol: every chunk back. */
async function echo (n: TransportNode): Promise<void> {
  await n.libp2p.handle('/bench/echo/1.0.0', async (stream: Stream) => {
    for await (const chunk of stream) if (!stream.send(chunk)) await stream.onDrain()
    await stream.close()
  }, { runOnLimitedConnection: true })
}

const dir = await mkdtemp(join(tmpdir(), 'bench-transport-'))
const served = join(dir, 'served')
await run('git', ['init', '-q', '--bare', '-b', 'main', served])
await grow(served, COMMITS, 'x')

async function measure (name: string, addrOf: (server: TransportNode) => string, init: { quic?: boolean } = {}, setup?: (server: TransportNode, client: TransportNode) => Promise<void>): Promise<void> {
  const server = await node(init)
  await echo(server)
  await handleGit(server.libp2p, async (id) => id === ID ? served : undefined, logger)
  // connection set-up: a fresh client each time (no reuse), dial → hello done
  const dials: number[] = []
  for (let i = 0; i < DIALS; i++) {
    // libp2p accepts at most 5 inbound connections per second from one IP: pace the dials
    await new Promise((resolve) => setTimeout(resolve, 220))
    const client = await node(init)
    await setup?.(server, client)
    const t = performance.now()
    await client.libp2p.dial(multiaddr(addrOf(server)))
    await until(() => client.identityOf(server.peerId) !== undefined)
    dials.push(performance.now() - t)
    if (i < DIALS - 1) await client.stop()
    else {
      // round trips and fetches on the last client's connection
      const stream = await openStream(client.libp2p, server.peerId, '/bench/echo/1.0.0')
      const msg = new Uint8Array(64)
      const it = stream[Symbol.asyncIterator]()
      const trips: number[] = []
      for (let j = 0; j < TRIPS; j++) {
        const s = performance.now()
        stream.send(msg)
        await it.next()
        trips.push(performance.now() - s)
      }
      await stream.close()
      const fetches: number[] = []
      let bytes = 0
      for (let j = 0; j < FETCHES; j++) {
        const q = await createQuarantine(join(dir, `data-${name}-${j}`.replace(/\W+/g, '-')), ID)
        const http = tunnelHttp(client.libp2p, server.peerId, { signal: AbortSignal.timeout(60_000), maxBytes: 64 << 20 })
        const s = performance.now()
        await git.fetch({ fs, http, gitdir: q.path, url: `http://skarm/${ID}`, singleBranch: false, tags: false })
        fetches.push(performance.now() - s)
        bytes = http.received()
        await q.remove()
      }
      report(`${name}: connection set-up (dial + hello), p50 / p95 of ${DIALS}`, `${ms(pct(dials, 50))} / ${ms(pct(dials, 95))}`, 'compare')
      report(`${name}: message round trip (64 B), p50 / p95 of ${TRIPS}`, `${ms(pct(trips, 50))} / ${ms(pct(trips, 95))}`, 'compare')
      report(`${name}: git fetch (clone) of ${COMMITS} commits (${(bytes / 1024).toFixed(0)} KiB), p50 of ${FETCHES}`, ms(pct(fetches, 50)), 'compare')
      await client.stop()
    }
  }
  await server.stop()
}

try {
  await measure('TCP', (s) => s.addresses().find((a) => a.includes('/tcp/'))!)
  await measure('QUIC', (s) => s.addresses().find((a) => a.includes('/quic-v1'))!, { quic: true })
  // relayed: both nodes hold a reservation on a relay; the client dials the server's /p2p-circuit address
  const relay = await node({ relay: true })
  const viaRelay = relay.addresses()[0]!
  await measure('TCP relayed', (s) => s.addresses().find((a) => isCircuit(a))!, {}, async (server, client) => {
    if (!server.network().relays.includes(relay.peerId.toString())) {
      await server.libp2p.dial(multiaddr(viaRelay))
      await until(() => server.addresses().some((a) => isCircuit(a)))
    }
    await client.libp2p.dial(multiaddr(viaRelay))
  })
  await relay.stop()
} finally {
  await rm(dir, { recursive: true, force: true })
}
