// Long-lived announce streams (docs/sync.md): one outbound stream per peer carries every
// announce as a frame, so a message does not pay a stream opening and protocol negotiation.
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import { abortOn, encodeFrame, sendAll, StreamReader } from './framing.ts'
import { openStream } from '../nat.ts'

interface Channel {
  stream: Promise<Stream>
  /** The last write: writes on one stream go one after the other. */
  tail: Promise<void>
}

/** The sending side: one stream per peer, opened on first use, reopened after a failure. */
export class FrameChannels {
  private readonly lib: Libp2p
  private readonly protocol: string
  private readonly channels = new Map<string, Channel>()

  constructor (lib: Libp2p, protocol: string) {
    this.lib = lib
    this.protocol = protocol
  }

  /**
   * Sends `msg` as one frame to `peer`. A stream that fails (closed by the peer, connection
   * gone) is dropped and the frame tried once on a fresh stream; a second failure throws.
   */
  async send (peer: PeerId, msg: unknown, signal: AbortSignal): Promise<void> {
    const frame = encodeFrame(msg)
    try {
      await this.write(peer, frame, signal)
    } catch (err) {
      if (signal.aborted) throw err
      await this.write(peer, frame, signal)
    }
  }

  private async write (peer: PeerId, frame: Uint8Array, signal: AbortSignal): Promise<void> {
    const key = peer.toString()
    let ch = this.channels.get(key)
    if (ch === undefined) {
      const stream = openStream(this.lib, peer, this.protocol, { signal })
      ch = { stream, tail: Promise.resolve() }
      this.channels.set(key, ch)
      stream.catch(() => { this.drop(key, ch!) })
    }
    const current = ch
    const write = current.tail.then(async () => {
      const stream = await current.stream
      if (stream.status !== 'open' || stream.writeStatus !== 'writable') throw new Error('the announce stream is closed')
      const stop = abortOn(stream, signal, 'announce send timed out')
      try {
        await sendAll(stream, frame, signal)
      } finally {
        stop()
      }
    })
    current.tail = write.catch(() => {})
    try {
      await write
    } catch (err) {
      this.drop(key, current)
      throw err
    }
  }

  private drop (key: string, ch: Channel): void {
    if (this.channels.get(key) !== ch) return
    this.channels.delete(key)
    ch.stream.then((s) => { s.abort(new Error('announce stream dropped')) }, () => {})
  }

  /** Closes every stream (the node stops). */
  close (): void {
    for (const [key, ch] of [...this.channels]) this.drop(key, ch)
  }
}

/**
 * The receiving side: reads frames (each at most `max` bytes) until the stream ends, handing
 * each to `fn` without waiting for it. A malformed or oversized frame ends the stream.
 */
export async function readFrames (stream: Stream, conn: Connection, max: number, fn: (msg: unknown, conn: Connection) => void): Promise<void> {
  const reader = new StreamReader(stream)
  try {
    for (;;) {
      let msg: unknown
      try {
        msg = await reader.readFrame(max)
      } catch (err) {
        if ((err as { code?: string }).code === 'FRAME_TRUNCATED') return // the peer closed it
        throw err
      }
      fn(msg, conn)
    }
  } catch (err) {
    stream.abort(err as Error)
  }
}
