import { InvalidInputError } from '@skarm/errors'
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import { HELLO_MAX_BYTES, HELLO_PROTOCOL, HELLO_TIMEOUT_MS } from './constants.ts'
import { verifyPeerChain, type DeviceCertificates, type PeerIdentity } from './certs.ts'
import { deviceIdOfPeer } from './keys.ts'
import { ON_LIMITED } from './nat.ts'

/**
 * What each side of `/skarm/hello/1.0.0` sends: one JSON object, then it closes its end.
 * `deviceCert`/`accountCert` (PEM) prove the account: a peer without them is known by its
 * device id only and is authorized for nothing.
 */
export interface HelloMessage {
  deviceId: string
  deviceCert?: string
  accountCert?: string
}

/** Options of {@link handleHello}. */
export interface HelloInit {
  /** Our device id (SPEC.md §2). */
  deviceId: string
  /** Our certificates, sent so the peer learns our account. */
  certificates?: DeviceCertificates
  logger: Logger
  /** Called once a peer proved its device id (and account, when it showed its certificates). */
  onHello?: (peer: PeerIdentity, connection: Connection) => void
}

/** Our hello message. */
export function helloMessage (deviceId: string, certificates?: DeviceCertificates): HelloMessage {
  return certificates === undefined ? { deviceId } : { deviceId, deviceCert: certificates.device, accountCert: certificates.account }
}

async function readAll (stream: Stream, max: number, signal: AbortSignal): Promise<Uint8Array> {
  const onAbort = (): void => { stream.abort(new Error('hello timed out')) }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const parts: Uint8Array[] = []
    let size = 0
    for await (const chunk of stream) {
      const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
      size += bytes.byteLength
      if (size > max) throw new InvalidInputError('HELLO_TOO_LARGE', 'hello message too large', { max })
      parts.push(bytes)
    }
    return Buffer.concat(parts)
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

async function writeHello (stream: Stream, msg: HelloMessage, signal: AbortSignal): Promise<void> {
  if (!stream.send(new TextEncoder().encode(JSON.stringify(msg)))) await stream.onDrain({ signal })
  await stream.close({ signal })
}

/**
 * The device id a hello claims, checked against the key the connection authenticated
 * (Noise proves the remote holds the key of its peer id, and peer id = device key); with
 * certificates, the chain device → account is checked too and gives the account URI.
 */
export function checkHello (bytes: Uint8Array, remotePeer: PeerId): PeerIdentity {
  let msg: unknown
  try {
    msg = JSON.parse(new TextDecoder().decode(bytes))
  } catch (err) {
    throw new InvalidInputError('HELLO_MALFORMED', 'hello is not JSON', {}, { cause: err })
  }
  const claimed = (msg as Partial<HelloMessage> | null)?.deviceId
  const proven = deviceIdOfPeer(remotePeer)
  if (typeof claimed !== 'string' || proven === undefined || claimed !== proven) {
    throw new InvalidInputError('HELLO_DEVICE_MISMATCH', 'peer claims a device id its key does not prove', { peer: remotePeer.toString() })
  }
  const m = msg as Partial<HelloMessage>
  if (m.deviceCert === undefined && m.accountCert === undefined) return { deviceId: proven }
  return { deviceId: proven, accountUri: verifyPeerChain({ device: m.deviceCert, account: m.accountCert }, proven) }
}

/** Answers `/skarm/hello/1.0.0`: reads the peer's hello, checks it, replies with ours. */
export async function handleHello (node: Libp2p, init: HelloInit): Promise<void> {
  const log = init.logger
  await node.handle(HELLO_PROTOCOL, async (stream, connection) => {
    const signal = AbortSignal.timeout(HELLO_TIMEOUT_MS)
    try {
      const peer = checkHello(await readAll(stream, HELLO_MAX_BYTES, signal), connection.remotePeer)
      await writeHello(stream, helloMessage(init.deviceId, init.certificates), signal)
      log.debug({ peer: connection.remotePeer.toString(), deviceId: peer.deviceId, accountUri: peer.accountUri }, 'hello received')
      init.onHello?.(peer, connection)
    } catch (err) {
      log.warn({ peer: connection.remotePeer.toString(), err: (err as Error).message }, 'hello refused')
      stream.abort(err as Error)
    }
  }, ON_LIMITED)
}

/**
 * Says hello to a peer (dialing it if needed) and returns its identity, proven by the
 * authenticated connection and its certificates. Throws `HELLO_DEVICE_MISMATCH` when the
 * peer lies about its device, `HELLO_CHAIN_INVALID` when its certificates do not chain.
 */
export async function sayHello (node: Libp2p, peer: PeerId | Multiaddr | Connection, deviceId: string, options: { signal?: AbortSignal, certificates?: DeviceCertificates } = {}): Promise<PeerIdentity> {
  const signal = options.signal ?? AbortSignal.timeout(HELLO_TIMEOUT_MS)
  const connection = isConnection(peer) ? peer : await node.dial(peer, { signal })
  const stream = await connection.newStream(HELLO_PROTOCOL, { signal, ...ON_LIMITED })
  try {
    await writeHello(stream, helloMessage(deviceId, options.certificates), signal)
    return checkHello(await readAll(stream, HELLO_MAX_BYTES, signal), connection.remotePeer)
  } catch (err) {
    stream.abort(err as Error)
    throw err
  }
}

function isConnection (x: PeerId | Multiaddr | Connection): x is Connection {
  return typeof (x as Connection).newStream === 'function'
}
