import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '@skarm/conversation'

/**
 * Per-conversation state that never goes into the repository (SPEC.md §8): local info
 * (`removed`), the account's preferences, and the last displayed message of each member.
 * Kept as small JSON files under `DATA/conversation_data/<id>/`, written atomically.
 */
export class LocalState {
  private readonly dir: string
  private readonly cache = new Map<string, unknown>()

  constructor (dataDir: string) {
    this.dir = join(dataDir, 'conversation_data')
  }

  private path (id: string, name: string): string {
    return join(this.dir, id, name)
  }

  /** True when any local state exists for the conversation (a removed one keeps its marker). */
  async exists (id: string): Promise<boolean> {
    try {
      await stat(join(this.dir, id))
      return true
    } catch {
      return false
    }
  }

  /** Reads a JSON file, `fallback` when absent or unreadable (cached: the store is its only writer). */
  async read<T> (id: string, name: string, fallback: T): Promise<T> {
    const key = `${id}/${name}`
    if (!this.cache.has(key)) {
      let value: unknown
      try {
        value = JSON.parse(await readFile(this.path(id, name), 'utf8'))
      } catch {
        value = undefined
      }
      this.cache.set(key, value)
    }
    const cached = this.cache.get(key)
    return cached === undefined ? fallback : structuredClone(cached) as T
  }

  /** Writes a JSON file atomically (fsync'd: acknowledged means kept). */
  async write (id: string, name: string, value: unknown): Promise<void> {
    await mkdir(join(this.dir, id), { recursive: true })
    await writeFileAtomic(this.path(id, name), JSON.stringify(value) + '\n', undefined, true)
    this.cache.set(`${id}/${name}`, structuredClone(value))
  }
}

/** Local conversation info (`removed` = seconds when the user removed it). */
export interface ConversationInfoFile {
  removed?: number
  /**
   * The `member`/`remove` commit made when it was removed (other members were in it): the
   * repository stays, served to them (never written) so that the leave reaches them.
   */
  left?: string
}

/** Preferences of SPEC.md §8. */
export interface Preferences {
  color?: string
  ignoreNotifications?: boolean
  symbol?: string
}
