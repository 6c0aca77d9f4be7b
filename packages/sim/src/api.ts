// HTTP calls to a device gateway as API.md defines it: what the scenario tests and the demo use.
import type { SimDevice } from './device.ts'

/** The answer of one call: status and parsed JSON body (null when empty or not JSON). */
export interface ApiAnswer {
  status: number
  body: any
}

/** A JSON call to a device's gateway; never throws on a 4xx/5xx status. */
export async function api (device: Pick<SimDevice, 'api'>, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  const init: RequestInit = { method, signal: AbortSignal.timeout(30_000) }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json' }
  }
  const res = await fetch(device.api + path, init)
  const text = await res.text()
  let parsed: unknown = null
  try { parsed = text === '' ? null : JSON.parse(text) } catch {}
  return { status: res.status, body: parsed }
}

/** A message as `GET /v1/conversations/:id/messages` lists it (API.md `Message`). */
export interface Message {
  id: string
  parents: string[]
  author: string
  device: string
  timestamp: number
  type: string
  body?: string
  [field: string]: unknown
}

/** The page size used to read a whole history (the gateway's maximum). */
const PAGE = 1000

/** The whole history of a conversation on one device, oldest first. Throws when the gateway refuses. */
export async function history (device: Pick<SimDevice, 'api'>, conversationId: string): Promise<Message[]> {
  const all: Message[] = []
  let before: string | undefined
  for (;;) {
    const q = before === undefined ? `?limit=${PAGE}` : `?limit=${PAGE}&before=${before}`
    const r = await api(device, 'GET', `/v1/conversations/${conversationId}/messages${q}`)
    if (r.status !== 200) throw new Error(`GET messages of ${conversationId} answered ${r.status}: ${JSON.stringify(r.body)}`)
    const page = (r.body as { messages: Message[] }).messages
    all.push(...page)
    if (page.length < PAGE) break
    before = page[page.length - 1]!.id
  }
  return all.reverse()
}

/** Polls `fn` every 200 ms until it answers a truthy value; undefined when `timeoutMs` passed. Errors count as "not yet". */
export async function poll<T> (fn: () => Promise<T> | T, timeoutMs: number): Promise<T | undefined> {
  const end = Date.now() + timeoutMs
  for (;;) {
    try {
      const v = await fn()
      if (v) return v
    } catch {}
    if (Date.now() >= end) return undefined
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
