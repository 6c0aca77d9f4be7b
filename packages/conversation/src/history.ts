import { spawn } from 'node:child_process'
import { parseCommit } from './git/commit-object.ts'
import type { GitRepo, StoredCommit } from './git/repo.ts'
import { Mutex } from './mutex.ts'

/** Largest history read in one piece by {@link readHistory}, bytes of commit objects. */
const BULK_MAX_BYTES = 256 << 20

/**
 * The deterministic order of SPEC.md §7: a post-order walk from the head visiting first
 * parents before second parents, so a parent always precedes its children, each side of a
 * merge stays contiguous, and every device holding the same DAG computes the same list.
 * Timestamps play no part. Returns the commits oldest first. `preloaded`: commits already read
 * (see {@link readHistory}), used instead of reading them; the walk deletes them from the map.
 */
export async function linearize (repo: GitRepo, head: string, stopAt: ReadonlySet<string> = new Set(), preloaded?: Map<string, StoredCommit>): Promise<StoredCommit[]> {
  const out: StoredCommit[] = []
  const seen = new Set<string>(stopAt)
  const loaded = preloaded ?? new Map<string, StoredCommit>()
  // Iterative DFS (no recursion: a 10,000-commit chain would overflow the stack).
  const stack: Array<{ oid: string, next: number }> = [{ oid: head, next: 0 }]
  seen.add(head)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    let c = loaded.get(top.oid)
    if (c === undefined) {
      c = await repo.readCommit(top.oid)
      loaded.set(top.oid, c)
    }
    if (top.next < c.parents.length) {
      const p = c.parents[top.next++]!
      if (!seen.has(p)) {
        seen.add(p)
        stack.push({ oid: p, next: 0 })
      }
      continue
    }
    stack.pop()
    loaded.delete(top.oid)
    out.push(c)
  }
  return out
}

/**
 * Every commit reachable from `head`, read by native Git in one pass (`git rev-list` piped
 * into `git cat-file --batch`): a cold index of a cloned conversation reads thousands of
 * packed commits, which one by one through the JavaScript pack reader cost ~0.3 ms each.
 * Undefined when native Git cannot read the repository (the caller then reads commit by
 * commit). The history was validated before it got here; the total read is bounded anyway.
 */
export async function readHistory (gitdir: string, head: string): Promise<Map<string, StoredCommit> | undefined> {
  if (!/^[0-9a-f]{40}$/.test(head)) return undefined
  try {
    return await new Promise<Map<string, StoredCommit>>((resolve, reject) => {
      const env = { ...process.env, GIT_DIR: gitdir }
      const list = spawn('git', ['rev-list', head], { stdio: ['ignore', 'pipe', 'ignore'], env })
      const cat = spawn('git', ['cat-file', '--batch', '--buffer'], { stdio: ['pipe', 'pipe', 'ignore'], env })
      list.once('error', reject)
      cat.once('error', reject)
      cat.stdin.once('error', () => {})
      list.stdout.pipe(cat.stdin)
      const out = new Map<string, StoredCommit>()
      let buf: Buffer = Buffer.alloc(0)
      let total = 0
      let failed: Error | undefined
      const fail = (err: Error): void => {
        failed ??= err
        list.kill()
        cat.kill()
      }
      cat.stdout.on('data', (chunk: Buffer) => {
        if (failed !== undefined) return
        total += chunk.length
        if (total > BULK_MAX_BYTES) { fail(new Error('history too large to read in one piece')); return }
        buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk])
        for (;;) {
          const eol = buf.indexOf(10)
          if (eol < 0) return
          const [oid, type, size] = buf.toString('latin1', 0, eol).split(' ')
          if (type !== 'commit' || oid === undefined || !/^[0-9a-f]{40}$/.test(oid) || size === undefined || !/^\d{1,9}$/.test(size)) { fail(new Error(`not a commit: ${buf.toString('latin1', 0, Math.min(eol, 80))}`)); return }
          const end = eol + 1 + Number(size)
          if (buf.length < end + 1) return
          const raw = buf.toString('utf8', eol + 1, end)
          try {
            out.set(oid, Object.freeze({ ...parseCommit(raw), oid, raw }))
          } catch (err) {
            fail(err as Error)
            return
          }
          buf = buf.subarray(end + 1)
        }
      })
      let exits = 0
      let codes = 0
      const exited = (code: number | null): void => {
        codes += code === 0 ? 0 : 1
        if (++exits < 2) return
        if (failed !== undefined) reject(failed)
        else if (codes !== 0 || buf.length !== 0 || !out.has(head)) reject(new Error('git could not read the history'))
        else resolve(out)
      }
      list.once('close', exited)
      cat.once('close', exited)
    })
  } catch {
    return undefined
  }
}

/** A commit as API.md's Message, before folding. */
export interface MessageView {
  id: string
  parents: string[]
  author: string
  device: string
  timestamp: number
  type: string
  /** The commit's JSON fields other than `type`. */
  fields: Record<string, unknown>
  edited?: boolean
  reactions?: Array<{ id: string, author: string, body: string }>
}

/** The Message view of a commit (the message JSON is trusted: validated before it got here). */
export function toMessageView (c: StoredCommit): MessageView {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(c.message)
  } catch {
    parsed = { type: 'unknown' }
  }
  const { type, ...fields } = parsed
  return { id: c.oid, parents: c.parents, author: c.committer.name, device: c.committer.email, timestamp: c.committer.timestamp, type: typeof type === 'string' ? type : 'unknown', fields }
}

/** True for the commits that are folded into their target and not listed on their own. */
export function isFolded (m: MessageView): boolean {
  return m.type === 'application/edited-message' || (m.type === 'text/plain' && typeof m.fields['react-to'] === 'string')
}

/** The commits a merge's message names void (README of @skarm/validator, R1): `voided` ids. */
export function voidedBy (m: MessageView): string[] {
  const v = m.type === 'merge' ? m.fields.voided : undefined
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

/**
 * The messages of a conversation in the deterministic order, with edits and reactions folded
 * into the messages they target (as Jami's swarm messages). Keeps an incremental index: a
 * head that only extends the previous one appends; anything else rebuilds.
 *
 * Void commits (named in the `voided` list of a merge of the history: made concurrently with
 * a ban or revocation of their author) are not part of the history shown: not listed, not
 * folded into their targets, unknown to {@link get}. A merge that voids commits already
 * indexed (a message shown earlier) rebuilds the index without them.
 */
export class HistoryIndex {
  private readonly repo: GitRepo
  private head: string | null = null
  private order: MessageView[] = []
  // every indexed commit, void ones included (the walks stop at them)
  private byId = new Map<string, MessageView>()
  private position = new Map<string, number>()
  private voided = new Set<string>()
  private readonly lock = new Mutex()

  constructor (repo: GitRepo) {
    this.repo = repo
  }

  /** Brings the index to the repository's current head. */
  async update (): Promise<void> {
    // one update at a time: two overlapping walks would append the same commits twice
    await this.lock.run(async () => { await this.updateNow() })
  }

  private async updateNow (): Promise<void> {
    const head = await this.repo.head()
    if (head === null || head === this.head) return
    let fresh: MessageView[] | undefined
    // Appending is right exactly when the indexed head lies on the new head's first-parent
    // chain: the post-order walk then meets every indexed commit, in the indexed order, before
    // any new one. Otherwise (a merge whose first parent is the other side, a move to another
    // branch) the order is rebuilt from scratch, as a newcomer would compute it.
    if (this.head !== null && await this.onFirstParentChain(head, this.head)) {
      fresh = (await linearize(this.repo, head, new Set(this.byId.keys()))).map(toMessageView)
      // a merge that voids a commit indexed already: rebuilt without it
      if (fresh.some((m) => voidedBy(m).some((id) => this.byId.has(id)))) fresh = undefined
    }
    fresh ??= (await this.rebuild(head)).map(toMessageView)
    for (const m of fresh) for (const id of voidedBy(m)) this.voided.add(id)
    for (const m of fresh) this.add(m)
    this.head = head
  }

  private async onFirstParentChain (head: string, target: string): Promise<boolean> {
    let c: string | undefined = head
    while (c !== undefined && !this.byId.has(c)) c = (await this.repo.readCommit(c)).parents[0]
    return c === target
  }

  private async rebuild (head: string): Promise<StoredCommit[]> {
    this.order = []
    this.byId = new Map()
    this.position = new Map()
    this.voided = new Set()
    return await linearize(this.repo, head, new Set(), await readHistory(this.repo.gitdir, head))
  }

  private add (m: MessageView): void {
    this.byId.set(m.id, m)
    if (this.voided.has(m.id)) return
    if (m.type === 'application/edited-message') {
      const target = this.get(String(m.fields.edit))
      if (target !== undefined && target.author === m.author) {
        target.fields = { ...target.fields, body: m.fields.body }
        target.edited = true
      }
      return
    }
    if (isFolded(m)) {
      const target = this.get(String(m.fields['react-to']))
      if (target !== undefined) (target.reactions ??= []).push({ id: m.id, author: m.author, body: String(m.fields.body ?? '') })
      return
    }
    this.position.set(m.id, this.order.length)
    this.order.push(m)
  }

  /** The current head (after {@link update}). */
  get headCommit (): string | null {
    return this.head
  }

  /** Every listed message, oldest first. */
  all (): readonly MessageView[] {
    return this.order
  }

  /** Any commit of the history by id (folded ones too; void ones are not in the history shown). */
  get (id: string): MessageView | undefined {
    return this.voided.has(id) ? undefined : this.byId.get(id)
  }

  /**
   * Up to `limit` listed messages, newest first, strictly older than `before` when given
   * (`before` may name a folded commit: then its target's position is used).
   */
  page (limit: number, before?: string): MessageView[] {
    let end = this.order.length
    if (before !== undefined) {
      let pos = this.position.get(before)
      if (pos === undefined) {
        const m = this.get(before)
        const target = m === undefined ? undefined : String(m.fields.edit ?? m.fields['react-to'])
        pos = target === undefined ? undefined : this.position.get(target)
      }
      if (pos === undefined) return []
      end = pos
    }
    const out: MessageView[] = []
    for (let i = end - 1; i >= 0 && out.length < limit; i--) out.push(this.order[i]!)
    return out
  }
}
