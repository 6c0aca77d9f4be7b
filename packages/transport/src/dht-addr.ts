import { InvalidInputError } from '@skarm/errors'
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import { ON_LIMITED } from './nat.ts'

/**
 * `/skarm/dht-addr/1.0.0`: the transport answers with the addresses of its device's DHT node
 * (a separate libp2p node with a port of its own), as one JSON object `{"addresses":[…]}`,
 * then closes. The asker sends nothing. This is how a DHT node started with another device's
 * TRANSPORT address (`skarm up --bootstrap`) finds that device's DHT. Nothing secret: the
 * DHT addresses are published in the DHT anyway.
 */
export const DHT_ADDR_PROTOCOL = '/skarm/dht-addr/1.0.0'

/** Largest answer accepted, in bytes. */
const DHT_ADDR_MAX_BYTES = 16 * 1024

/** Most addresses kept from one answer. */
const DHT_ADDR_MAX = 32

/** How long one exchange may take, in ms. */
const DHT_ADDR_TIMEOUT_MS = 10_000

/** Options of {@link handleDhtAddr}. */
export interface DhtAddrInit {
  /** The local DHT node's dialable addresses (the transport process asks the DHT over the bus). */
  addresses: () => Promise<string[]>
  logger: Logger
}

async function readAll (stream: Stream, signal: AbortSignal): Promise<Uint8Array> {
  const onAbort = (): void => { stream.abort(new Error('dht-addr timed out')) }
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const parts: Uint8Array[] = []
    let size = 0
    for await (const chunk of stream) {
      const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
      size += bytes.byteLength
      if (size > DHT_ADDR_MAX_BYTES) throw new InvalidInputError('DHT_ADDR_TOO_LARGE', 'dht-addr answer too large', { max: DHT_ADDR_MAX_BYTES })
      parts.push(bytes)
    }
    return Buffer.concat(parts)
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** The multiaddr strings of a `/skarm/dht-addr/1.0.0` answer (at most 32, each starting with `/`). */
export function parseDhtAddr (bytes: Uint8Array): string[] {
  let msg: unknown
  try {
    msg = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (err) {
    throw new InvalidInputError('DHT_ADDR_MALFORMED', 'dht-addr answer is not JSON', {}, { cause: err })
  }
  const list = (msg as { addresses?: unknown } | null)?.addresses
  if (!Array.isArray(list)) throw new InvalidInputError('DHT_ADDR_MALFORMED', 'dht-addr answer has no addresses list')
  return list.filter((a): a is string => typeof a === 'string' && a.startsWith('/') && a.length <= 512).slice(0, DHT_ADDR_MAX)
}

/** Answers `/skarm/dht-addr/1.0.0` on a libp2p node (the transport's). */
export async function handleDhtAddr (node: Libp2p, init: DhtAddrInit): Promise<void> {
  await node.handle(DHT_ADDR_PROTOCOL, async (stream, connection) => {
    const signal = AbortSignal.timeout(DHT_ADDR_TIMEOUT_MS)
    try {
      // The asker sends nothing and closes its end: wait for that, refusing anything sent.
      if ((await readAll(stream, signal)).byteLength > 0) throw new InvalidInputError('DHT_ADDR_MALFORMED', 'dht-addr asker sent data')
      const addresses = (await init.addresses()).slice(0, DHT_ADDR_MAX)
      if (!stream.send(new TextEncoder().encode(JSON.stringify({ addresses })))) await stream.onDrain({ signal })
      await stream.close({ signal })
    } catch (err) {
      init.logger.debug({ peer: connection.remotePeer.toString(), err: (err as Error).message }, 'dht-addr not answered')
      stream.abort(err as Error)
    }
  }, ON_LIMITED)
}

/**
 * Asks a peer (dialing it if needed) for its device's DHT addresses over
 * `/skarm/dht-addr/1.0.0`. Used by the DHT node on another device's transport.
 */
export async function askDhtAddr (node: Libp2p, peer: PeerId | Multiaddr | Multiaddr[], options: { signal?: AbortSignal } = {}): Promise<string[]> {
  const signal = options.signal ?? AbortSignal.timeout(DHT_ADDR_TIMEOUT_MS)
  const connection = await node.dial(peer, { signal })
  const stream = await connection.newStream(DHT_ADDR_PROTOCOL, { signal, ...ON_LIMITED })
  try {
    await stream.close({ signal })
    return parseDhtAddr(await readAll(stream, signal))
  } catch (err) {
    stream.abort(err as Error)
    throw err
  }
}
