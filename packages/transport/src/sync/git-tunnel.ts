import { spawn } from 'node:child_process'
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import { InvalidInputError, UnavailableError } from '@skarm/errors'
import type { Logger } from 'pino'
import { GIT_PROTOCOL, GIT_HEADER_MAX_BYTES } from './constants.ts'
import { encodeFrame, sendAll, StreamReader } from './framing.ts'
import { ON_LIMITED, openStream } from '../nat.ts'

/** The request header of `/skarm/git/1.0.0`; the request body (raw bytes) follows. */
export interface GitRequestHeader {
  conversationId: string
  /** true: `GET /info/refs` (ref advertisement); false: `POST /git-upload-pack`. */
  advertise: boolean
}

/** The response header; the response body (raw bytes) follows. */
export interface GitResponseHeader {
  status: number
  message?: string
}

/** Who may read which repository: answers with its folder when allowed. */
export type GitAuthorizer = (conversationId: string, connection: Connection) => Promise<string | undefined>

/** The delta search window of the packs we serve (Git's default is 10). */
const PACK_WINDOW = 4

const ADVERTISEMENT_PREFIX = Buffer.from('001e# service=git-upload-pack\n0000', 'latin1')

/**
 * Serves `/skarm/git/1.0.0`: one stream per smart-HTTP request of the git protocol
 * (stateless RPC), answered by native `git upload-pack --stateless-rpc` on the conversation
 * repository, after `authorize` said yes. The peer's request body goes to git's stdin,
 * git's stdout comes back.
 */
export async function handleGit (node: Libp2p, authorize: GitAuthorizer, logger: Logger): Promise<void> {
  await node.handle(GIT_PROTOCOL, async (stream, connection) => {
    const reader = new StreamReader(stream)
    try {
      const header = await reader.readFrame<Partial<GitRequestHeader>>(GIT_HEADER_MAX_BYTES)
      const id = header?.conversationId
      if (typeof id !== 'string' || !/^[0-9a-f]{40}$/.test(id) || typeof header.advertise !== 'boolean') throw new InvalidInputError('GIT_REQUEST_INVALID', 'bad git request header')
      const repo = await authorize(id, connection)
      if (repo === undefined) {
        await sendAll(stream, encodeFrame({ status: 403, message: 'not allowed' } satisfies GitResponseHeader))
        await stream.close()
        return
      }
      await serveUploadPack(stream, reader, repo, header.advertise)
    } catch (err) {
      logger.debug({ peer: connection.remotePeer.toString(), err: (err as Error).message }, 'git request failed')
      stream.abort(err as Error)
    }
  }, ON_LIMITED)
}

async function serveUploadPack (stream: Stream, reader: StreamReader, repo: string, advertise: boolean): Promise<void> {
  // pack.window: the delta search of pack-objects over a conversation's loose commits (each
  // one's best base is one of its neighbours) finds the same deltas with a window of 4 as with
  // Git's 10, for ~20% less of the peer's CPU (docs/decisions.md)
  const args = ['-c', `pack.window=${PACK_WINDOW}`, 'upload-pack', '--stateless-rpc', ...(advertise ? ['--advertise-refs'] : []), repo]
  const child = spawn('git', args, { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, GIT_PROTOCOL: '' } })
  const exited = new Promise<number | null>((resolve) => { child.once('close', (code) => { resolve(code) }) })
  child.once('error', () => {})
  stream.addEventListener('close', () => { child.kill('SIGKILL') })
  // request body → git
  const feeding = (async () => {
    try {
      for await (const chunk of reader.rest()) {
        if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve))
      }
    } catch {}
    child.stdin.end()
  })()
  await sendAll(stream, encodeFrame({ status: 200 } satisfies GitResponseHeader))
  if (advertise) await sendAll(stream, ADVERTISEMENT_PREFIX)
  for await (const chunk of child.stdout) await sendAll(stream, chunk as Buffer)
  await feeding
  const code = await exited
  if (code !== 0) throw new UnavailableError('GIT_UPLOAD_PACK_FAILED', 'git upload-pack failed', { code })
  await stream.close()
}

/** Options of {@link tunnelHttp} and {@link gitRequest}. */
export interface TunnelInit {
  /** Aborts every request (the fetch's deadline). */
  signal: AbortSignal
  /** Largest total response size, bytes: beyond it the fetch is aborted (FETCH_TOO_LARGE). */
  maxBytes: number
}

/** Bytes received over the requests of one fetch (the limit is on their sum). */
export interface ByteCounter {
  received: number
}

/** A response of `/skarm/git/1.0.0`: the header's status, then the body (counted). */
export interface GitResponse {
  status: number
  message?: string
  body: AsyncGenerator<Uint8Array>
}

/**
 * One request of `/skarm/git/1.0.0` to `peer`: the header, the request body, then the
 * response header and body. The body's bytes are added to `counter`; past `init.maxBytes`
 * the body throws FETCH_TOO_LARGE and the stream is aborted, as on `init.signal`.
 */
export async function gitRequest (node: Libp2p, peer: PeerId, header: GitRequestHeader, body: Iterable<Uint8Array> | AsyncIterable<Uint8Array> | undefined, init: TunnelInit, counter: ByteCounter): Promise<GitResponse> {
  const stream = await openStream(node, peer, GIT_PROTOCOL, { signal: init.signal })
  const onAbort = (): void => { stream.abort(new Error('fetch aborted')) }
  init.signal.addEventListener('abort', onAbort, { once: true })
  try {
    await sendAll(stream, encodeFrame(header), init.signal)
    if (body !== undefined) {
      for await (const chunk of body) await sendAll(stream, chunk, init.signal)
    }
    await stream.close({ signal: init.signal })
    const reader = new StreamReader(stream)
    const res = await reader.readFrame<GitResponseHeader>(GIT_HEADER_MAX_BYTES)
    const status = typeof res?.status === 'number' ? res.status : 500
    const limit = init.maxBytes
    async function * read (): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of reader.rest()) {
          counter.received += chunk.byteLength
          if (counter.received > limit) throw new InvalidInputError('FETCH_TOO_LARGE', 'the fetch is larger than the limit', { maxBytes: limit })
          yield chunk
        }
      } catch (err) {
        stream.abort(err as Error)
        throw err
      } finally {
        init.signal.removeEventListener('abort', onAbort)
      }
    }
    const out: GitResponse = { status, body: read() }
    if (typeof res?.message === 'string') out.message = res.message
    return out
  } catch (err) {
    init.signal.removeEventListener('abort', onAbort)
    stream.abort(err as Error)
    throw err
  }
}

/** An HTTP request as isomorphic-git's `http` plugin receives it. */
interface GitHttpRequest {
  url: string
  method?: string
  headers?: Record<string, string>
  body?: Iterable<Uint8Array> | AsyncIterable<Uint8Array>
}

/** What the plugin answers. */
interface GitHttpResponse {
  url: string
  method?: string
  statusCode: number
  statusMessage: string
  headers: Record<string, string>
  body: AsyncIterableIterator<Uint8Array>
}

/**
 * An isomorphic-git `http` plugin that carries each request over a `/skarm/git/1.0.0`
 * stream to `peer` (URL: `http://skarm/<conversationId>`). Counts the bytes received
 * across requests and aborts past `maxBytes`. (The sync engine fetches with
 * {@link fetchPack} in pack-fetch.ts; this plugin serves isomorphic-git clients.)
 */
export function tunnelHttp (node: Libp2p, peer: PeerId, init: TunnelInit): { request: (req: GitHttpRequest) => Promise<GitHttpResponse>, received: () => number } {
  const counter: ByteCounter = { received: 0 }
  return {
    received: () => counter.received,
    request: async (req) => {
      const u = new URL(req.url)
      const id = u.pathname.split('/').filter((p) => p !== '')[0] ?? ''
      const advertise = u.pathname.endsWith('/info/refs')
      const res = await gitRequest(node, peer, { conversationId: id, advertise }, req.body, init, counter)
      return {
        url: req.url,
        method: req.method,
        statusCode: res.status,
        statusMessage: res.status === 200 ? 'OK' : (res.message ?? 'refused'),
        headers: { 'content-type': advertise ? 'application/x-git-upload-pack-advertisement' : 'application/x-git-upload-pack-result' },
        body: res.body
      }
    }
  }
}
