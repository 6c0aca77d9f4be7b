import { InvalidInputError } from '@skarm/errors'
import type { Stream } from '@libp2p/interface'

// The sync protocols' framing (docs/sync.md):
// - heads, announce, invite: one JSON object per stream, the sender closes its end;
// - git: a frame (4-byte big-endian length + JSON header), then raw bytes to the end.

type Chunk = Uint8Array | { subarray: () => Uint8Array }

function bytesOf (chunk: Chunk): Uint8Array {
  return chunk instanceof Uint8Array ? chunk : chunk.subarray()
}

/** Sends bytes, waiting for the stream to drain when its buffer is full. */
export async function sendAll (stream: Stream, data: Uint8Array, signal?: AbortSignal): Promise<void> {
  if (!stream.send(data)) await stream.onDrain({ signal })
}

/** A 4-byte big-endian length followed by the JSON of `value`. */
export function encodeFrame (value: unknown): Uint8Array {
  const json = Buffer.from(JSON.stringify(value), 'utf8')
  const out = Buffer.alloc(4 + json.length)
  out.writeUInt32BE(json.length, 0)
  json.copy(out, 4)
  return out
}

/** Reads a stream as a byte source: exact reads, then the rest. */
export class StreamReader {
  private readonly it: AsyncIterator<Chunk>
  private pending: Uint8Array[] = []
  private pendingBytes = 0
  private done = false

  constructor (source: AsyncIterable<Chunk>) {
    this.it = source[Symbol.asyncIterator]()
  }

  private async pull (): Promise<boolean> {
    if (this.done) return false
    const r = await this.it.next()
    if (r.done === true) {
      this.done = true
      return false
    }
    const b = bytesOf(r.value)
    this.pending.push(b)
    this.pendingBytes += b.byteLength
    return true
  }

  /** Exactly `n` bytes; throws FRAME_TRUNCATED when the stream ends first. */
  async readExact (n: number): Promise<Uint8Array> {
    while (this.pendingBytes < n) {
      if (!await this.pull()) throw new InvalidInputError('FRAME_TRUNCATED', 'the stream ended inside a frame', { wanted: n, got: this.pendingBytes })
    }
    const all = Buffer.concat(this.pending)
    const out = all.subarray(0, n)
    const rest = all.subarray(n)
    this.pending = rest.byteLength > 0 ? [rest] : []
    this.pendingBytes = rest.byteLength
    return out
  }

  /** One frame's JSON (length-prefixed, at most `max` bytes). */
  async readFrame<T = unknown> (max: number): Promise<T> {
    const len = Buffer.from(await this.readExact(4)).readUInt32BE(0)
    if (len > max) throw new InvalidInputError('FRAME_TOO_LARGE', 'frame larger than allowed', { len, max })
    return parseJson<T>(await this.readExact(len))
  }

  /** Everything left, chunk by chunk. */
  async * rest (): AsyncGenerator<Uint8Array> {
    const first = this.pending
    this.pending = []
    this.pendingBytes = 0
    for (const b of first) yield b
    while (await this.pull()) {
      const b = this.pending.pop()!
      this.pendingBytes = 0
      yield b
    }
  }

  /** Everything left as one buffer, at most `max` bytes (MESSAGE_TOO_LARGE beyond). */
  async readAll (max: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = []
    let size = 0
    for await (const b of this.rest()) {
      size += b.byteLength
      if (size > max) throw new InvalidInputError('MESSAGE_TOO_LARGE', 'message larger than allowed', { max })
      parts.push(b)
    }
    return Buffer.concat(parts)
  }
}

/** Parses JSON bytes; MESSAGE_MALFORMED when they are not JSON. */
export function parseJson<T = unknown> (bytes: Uint8Array): T {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as T
  } catch (err) {
    throw new InvalidInputError('MESSAGE_MALFORMED', 'message is not JSON', {}, { cause: err })
  }
}

/** Aborts `stream` when `signal` fires; returns the function that stops watching. */
export function abortOn (stream: Stream, signal: AbortSignal, why: string): () => void {
  const onAbort = (): void => { stream.abort(new Error(why)) }
  if (signal.aborted) onAbort()
  signal.addEventListener('abort', onAbort, { once: true })
  return () => { signal.removeEventListener('abort', onAbort) }
}

/** Sends one JSON message on a fresh stream and closes it (heads, announce, invite). */
export async function sendMessage (stream: Stream, value: unknown, signal: AbortSignal): Promise<void> {
  const stop = abortOn(stream, signal, 'send timed out')
  try {
    await sendAll(stream, Buffer.from(JSON.stringify(value), 'utf8'), signal)
    await stream.close({ signal })
  } finally {
    stop()
  }
}

/** Reads one JSON message (the whole stream, at most `max` bytes). */
export async function readMessage<T = unknown> (stream: Stream, max: number, signal: AbortSignal): Promise<T> {
  const stop = abortOn(stream, signal, 'read timed out')
  try {
    return parseJson<T>(await new StreamReader(stream).readAll(max))
  } finally {
    stop()
  }
}
