import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Mutex, writeFileAtomic, type ModeName } from '@skarm/conversation'

/** A conversation request (SPEC.md §8) as kept in `DATA/requests.json`. */
export interface RequestEntry {
  conversationId: string
  /** The inviter's account URI. */
  from: string
  /** Seconds. */
  received: number
  title?: string
  description?: string
  avatar?: string
  mode?: ModeName
  /** Accepted: the conversation is being cloned (listed with `syncing: true`). */
  accepted?: boolean
  /** Declined: never shown again, nothing committed. */
  declined?: boolean
  /** Device ids that held the conversation (an imported account's hints): where to clone it from. */
  devices?: string[]
}

/** Most requests kept (pending, accepted or declined): a flood of invitations cannot grow the file without bound. */
export const MAX_REQUESTS = 1_000

/** The conversation requests of the device, one JSON file written atomically (fsync'd). */
export class RequestBook {
  private readonly path: string
  private readonly lock = new Mutex()

  constructor (dataDir: string) {
    this.path = join(dataDir, 'requests.json')
  }

  private async read (): Promise<Record<string, RequestEntry>> {
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as { requests?: Record<string, RequestEntry> }
      return parsed.requests ?? {}
    } catch {
      return {}
    }
  }

  private async change<T> (fn: (all: Record<string, RequestEntry>) => T): Promise<T> {
    return await this.lock.run(async () => {
      const all = await this.read()
      const result = fn(all)
      await writeFileAtomic(this.path, JSON.stringify({ requests: all }) + '\n', undefined, true)
      return result
    })
  }

  /** Every request (declined ones included), oldest first. */
  async list (): Promise<RequestEntry[]> {
    return Object.values(await this.read()).sort((a, b) => a.received - b.received || (a.conversationId < b.conversationId ? -1 : 1))
  }

  async get (conversationId: string): Promise<RequestEntry | undefined> {
    return (await this.read())[conversationId]
  }

  /** Adds a new request; false when one exists for the conversation (pending, accepted or declined). */
  async add (entry: RequestEntry): Promise<boolean> {
    return await this.change((all) => {
      if (all[entry.conversationId] !== undefined || Object.keys(all).length >= MAX_REQUESTS) return false
      all[entry.conversationId] = entry
      return true
    })
  }

  /** Sets a request, replacing any. */
  async put (entry: RequestEntry): Promise<void> {
    await this.change((all) => { all[entry.conversationId] = entry })
  }

  async update (conversationId: string, patch: Partial<RequestEntry>): Promise<void> {
    await this.change((all) => {
      const cur = all[conversationId]
      if (cur !== undefined) all[conversationId] = { ...cur, ...patch }
    })
  }

  async remove (conversationId: string): Promise<void> {
    await this.change((all) => { delete all[conversationId] })
  }
}
