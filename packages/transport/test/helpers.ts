import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import pino from 'pino'
import { createIdentity, generateKeyPair, rawPrivateKey, idFromPublicKey, type Identity } from '@skarm/identity'
import { createTransportNode, libp2pKeyFromSeed, SyncEngine, type SyncBackend, type SyncEngineInit, type TransportNode, type TransportNodeInit } from '../src/index.ts'

export const logger = pino({ level: 'silent' })

/** Polls `fn` until it is truthy (no timing assertion: the test timeout is the bound). */
export async function waitFor<T> (fn: () => T | Promise<T>, intervalMs = 20): Promise<NonNullable<T>> {
  for (;;) {
    const v = await fn()
    if (v != null && v !== false) return v as NonNullable<T>
    await new Promise(resolve => setTimeout(resolve, intervalMs))
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => { resolve(port) })
    })
  })
}

/** A device key: node:crypto pair, its device id and its libp2p form. */
export async function deviceKey (): Promise<{ deviceId: string, seed: Uint8Array, privateKey: Awaited<ReturnType<typeof libp2pKeyFromSeed>> }> {
  const pair = generateKeyPair()
  const seed = rawPrivateKey(pair.privateKey)
  return { deviceId: idFromPublicKey(pair.publicKey), seed, privateKey: await libp2pKeyFromSeed(seed) }
}

/** A transport node on loopback only (tests never touch another address). */
export async function loopbackNode (init: Partial<TransportNodeInit> = {}): Promise<TransportNode & { expectedDeviceId: string }> {
  const key = await deviceKey()
  const node = await createTransportNode({ privateKey: key.privateKey, listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap: [], mdns: false, logger, ...init })
  return Object.assign(node, { expectedDeviceId: init.privateKey == null ? key.deviceId : node.deviceId })
}

/** A loopback node with `identity`'s device key and certificates. */
export async function certifiedNode (identity: Identity, init: Partial<TransportNodeInit> = {}): Promise<TransportNode & { expectedDeviceId: string }> {
  return await loopbackNode({ privateKey: await libp2pKeyFromSeed(rawPrivateKey(identity.device.privateKey)), certificates: { device: identity.deviceCert, account: identity.accountCert }, ...init })
}

/** Dials `to` from `from`, then waits until each knows the other's certified identity. */
export async function connect (from: TransportNode, to: TransportNode): Promise<void> {
  await from.libp2p.dial(multiaddr(to.addresses()[0]!))
  await waitFor(() => from.identityOf(to.peerId) !== undefined && to.identityOf(from.peerId) !== undefined)
}

const engines: Array<{ node: TransportNode, engine: SyncEngine }> = []

/**
 * A new identity's device running a SyncEngine, started, over the backend `backend` makes for
 * it (a fake of the store and the validator), on a certified loopback node; stopped by {@link stopEngines}.
 */
export async function engineDevice (backend: (identity: Identity) => SyncBackend, init: Partial<SyncEngineInit> = {}): Promise<{ node: TransportNode, engine: SyncEngine }> {
  const identity = await createIdentity('x')
  const node = await certifiedNode(identity)
  const engine = new SyncEngine({ node, backend: backend(identity), dataDir: await mkdtemp(join(tmpdir(), 'sync-engine-')), logger, ...init })
  await engine.start()
  engines.push({ node, engine })
  return { node, engine }
}

/** Stops every engine {@link engineDevice} started, then its node (the `afterEach` of the tests that use it). */
export async function stopEngines (): Promise<void> {
  for (const r of engines.splice(0)) {
    await r.engine.stop()
    await r.node.stop()
  }
}

/** Runs git on a bare repository (fixed author and committer); `input` goes to its stdin. */
export async function git (dir: string, args: string[], input?: string): Promise<string> {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' }
  return await new Promise((resolve, reject) => {
    const p = execFile('git', ['--git-dir', dir, ...args], { env }, (err, out) => { err === null ? resolve(out.trim()) : reject(err) })
    // git may exit before reading its input (EPIPE): its exit code tells what happened
    p.stdin!.on('error', () => {})
    p.stdin!.end(input ?? '')
  })
}

/** Adds `n` commits, each with a new 1 KiB blob, on top of the branch. */
export async function grow (gitdir: string, n: number, tag: string): Promise<string> {
  let head = await git(gitdir, ['rev-parse', '--verify', '-q', 'refs/heads/main']).catch(() => '')
  for (let i = 0; i < n; i++) {
    const blob = await git(gitdir, ['hash-object', '-w', '--stdin'], `${tag} ${i} `.repeat(100))
    const tree = await git(gitdir, ['mktree'], `100644 blob ${blob}\tf${tag}${i}\n`)
    head = await git(gitdir, ['commit-tree', tree, ...(head === '' ? [] : ['-p', head]), '-m', `${tag}${i}`])
  }
  await git(gitdir, ['update-ref', 'refs/heads/main', head])
  return head
}
