import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NoQuery } from '../schemas.ts'
import type { GatewayEvent } from '../types.ts'
import type { RouteOptions } from './options.ts'

/**
 * `GET /v1/events`: Server-Sent Events written by hand on the raw response, one
 * `data: <json>\n\n` per event, a `: heartbeat` comment every `heartbeatMs`. The
 * subscription ends when the client goes away, when it falls `maxEventBacklog` bytes
 * behind, or when the gateway closes.
 */
export const eventRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { deps, heartbeatMs, maxEventBacklog }) => {
  const streams = new Set<() => void>()
  // fastify's close waits for open connections: streams never end on their own, so end them.
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end()
  })

  app.get('/events', { schema: { querystring: NoQuery }, exposeHeadRoute: false }, async (request, reply) => {
    const res = reply.raw
    let open = false
    let ended = false
    const pending: GatewayEvent[] = []

    const write = (chunk: string): void => {
      if (ended) return
      if (res.writableLength > maxEventBacklog) {
        request.log.warn({ backlog: res.writableLength }, 'event stream dropped: client too slow')
        end()
        return
      }
      res.write(chunk)
    }
    const send = (evt: GatewayEvent): void => {
      let json: string
      try {
        json = JSON.stringify(evt)
      } catch (err) {
        request.log.error({ err, event: evt.event }, 'event not serializable')
        return
      }
      write(`data: ${json}\n\n`)
    }

    // Subscribe before answering, so a failure (bus down) is still an ordinary error reply.
    const unsubscribe = deps.events.subscribe((evt) => {
      if (open) send(evt)
      else pending.push(evt)
    })
    let timer: NodeJS.Timeout | undefined

    function end (): void {
      if (ended) return
      ended = true
      streams.delete(end)
      if (timer !== undefined) clearInterval(timer)
      unsubscribe()
      if (!res.writableEnded) res.end()
    }

    reply.hijack()
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no'
    })
    res.on('close', end)
    streams.add(end)
    // the client may be gone already, before the listener above existed
    if (res.socket === null || res.socket.destroyed) {
      end()
      return
    }
    // a first comment sends the headers now, so the client knows the stream is open
    res.write(': connected\n\n')
    open = true
    for (const evt of pending.splice(0)) send(evt)
    timer = setInterval(() => { write(': heartbeat\n\n') }, heartbeatMs)
    timer.unref()
  })
}
