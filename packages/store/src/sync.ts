import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { mkdir, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'
import { createHash } from 'node:crypto'
import {
  Conversation, GitRepo, MODES, devicePath, exists, linearize, rolesOf, writeSignedCommit, PROFILE_PATH,
  type CommitCheck, type ConversationSigner, type FlatTree, type ModeName
} from '@skarm/conversation'
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@skarm/errors'
import { isId } from '@skarm/identity'
import type { Store } from './store.ts'
import { parseProfile } from './vcard.ts'
import { RequestBook, type RequestEntry } from './requests.ts'

const run = promisify(execFile)

/**
 * The deterministic merge of two commits (the validator's `mergeTree`): its tree, and the void
 * commits its message must list (sorted).
 */
export type MergeTreeFn = (repo: GitRepo, parents: [string, string]) => Promise<{ tree: FlatTree, voided: string[] }>

/** The devices revoked by their account's CRLs at a commit (the validator's `revokedDevices`). */
export type RevokedFn = (repo: GitRepo, head: string) => Promise<Set<string>>

/** What {@link StoreSync} is built over. */
export interface StoreSyncComponents {
  store: Store
  signer: ConversationSigner
  dataDir: string
  /** Validates a commit the store writes (the merge commits). */
  check?: CommitCheck
  mergeTree: MergeTreeFn
  /**
   * Devices revoked at a head: refused by `authorize` and left out of `listHeads`, like banned
   * devices. Without it only bans count.
   */
  revoked?: RevokedFn
}

/** One conversation an account may see, as `list_heads` answers. */
export interface HeadView {
  conversationId: string
  head: string
  role: 'admin' | 'member' | 'invited'
  devices: string[]
  members: string[]
  /** For role `invited`: the account that committed the invitation (`member`/`add`, or the ONE_TO_ONE creator). */
  inviter: string
  mode: ModeName
  title: string
  description: string
  avatar: string
}

/** The answer of `authorize`. */
export interface Authorization {
  allowed: boolean
  repoPath: string
  head: string
  role: string
}

/** The answer of `import` and `install`. */
export interface ImportResult {
  head: string
  commits: string[]
  merged: boolean
  /**
   * The branch moved to a head that does not descend from the old one (the higher of two
   * equal-content heads): merge commits of the old head left the branch.
   */
  replaced?: boolean
}

/** A merge's message: `{"type":"merge"}`, with the sorted list of its void commits when any. */
function mergeMessage (voided: string[]): string {
  return JSON.stringify(voided.length === 0 ? { type: 'merge' } : { type: 'merge', voided }) + '\n'
}

function inside (root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

async function git (dir: string, args: string[]): Promise<string> {
  const r = await run('git', ['--git-dir', dir, ...args], { maxBuffer: 64 << 20 })
  return r.stdout
}

/** True when `a` is an ancestor of (or equal to) `b`. */
async function isAncestor (dir: string, a: string, b: string): Promise<boolean> {
  if (a === b) return true
  try {
    await git(dir, ['merge-base', '--is-ancestor', a, b])
    return true
  } catch (err) {
    if ((err as { code?: number }).code === 1) return false
    throw err
  }
}

/** A loose object as a push carries it: `data` is zlib of `<type> <size>\0<body>`. */
export interface PushedObject {
  oid: string
  data: Uint8Array
}

/** Largest pushed object, inflated (a commit is at most 512 KiB; blobs of a push are small). */
const PUSHED_MAX_BYTES = 1 << 20

/** Writes one pushed object into the repository after checking it is what its id says. */
async function writePushed (repo: GitRepo, o: PushedObject): Promise<void> {
  if (!isId(o.oid)) throw new InvalidInputError('OBJECT_INVALID', 'an object id is 40 hex characters')
  let raw: Buffer
  try {
    raw = inflateSync(o.data, { maxOutputLength: PUSHED_MAX_BYTES + 64 })
  } catch (err) {
    throw new InvalidInputError('OBJECT_INVALID', 'a pushed object is not zlib data of at most 1 MiB', { oid: o.oid }, { cause: err })
  }
  const sp = raw.indexOf(0x20)
  const nul = sp < 0 ? -1 : raw.indexOf(0, sp)
  if (sp < 0 || nul < 0 || Number(raw.toString('latin1', sp + 1, nul)) !== raw.length - nul - 1) throw new InvalidInputError('OBJECT_INVALID', 'a pushed object has no valid header', { oid: o.oid })
  if (createHash('sha1').update(raw).digest('hex') !== o.oid) throw new InvalidInputError('OBJECT_INVALID', 'a pushed object does not hash to its id', { oid: o.oid })
  await repo.writeLoose(o.oid, o.data)
}

/**
 * Links (or copies, across file systems) `from` to `to` through a temporary name: `to` appears
 * whole or not at all. Synchronous, as the callers: a few small files on the path of every
 * received message, where a thread-pool round trip per call cost more than the calls.
 */
function placeFile (from: string, to: string): void {
  if (fs.existsSync(to)) return
  const tmp = `${to}.tmp-${process.pid}-${Math.random().toString(16).slice(2)}`
  try {
    fs.linkSync(from, tmp)
  } catch {
    fs.copyFileSync(from, tmp)
  }
  fs.renameSync(tmp, to)
}

/**
 * Moves the objects a fetch brought into a quarantine (its own packs and loose objects, not
 * the links to the conversation's) into the conversation repository: pack data before its
 * index, every file complete before it is visible.
 */
export async function moveQuarantineObjects (quarantine: string, repoDir: string): Promise<void> {
  const qObjects = join(quarantine, 'objects')
  const packDir = join(qObjects, 'pack')
  const own: string[] = []
  for (const name of readdirOrEmpty(packDir).sort()) {
    if (!/^pack-[0-9a-f]{40}\.(pack|idx|rev)$/.test(name)) continue
    if (fs.lstatSync(join(packDir, name)).isSymbolicLink()) continue
    own.push(name)
  }
  if (own.length > 0) fs.mkdirSync(join(repoDir, 'objects', 'pack'), { recursive: true })
  // .pack first, .idx last: a reader finds a pack by its index.
  const rank = (n: string): number => n.endsWith('.pack') ? 0 : n.endsWith('.rev') ? 1 : 2
  for (const name of own.sort((x, y) => rank(x) - rank(y))) placeFile(join(packDir, name), join(repoDir, 'objects', 'pack', name))
  for (const dir of readdirOrEmpty(qObjects)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue
    const from = join(qObjects, dir)
    if (fs.lstatSync(from).isSymbolicLink()) continue
    fs.mkdirSync(join(repoDir, 'objects', dir), { recursive: true })
    for (const f of fs.readdirSync(from)) {
      if (/^[0-9a-f]{38}$/.test(f)) placeFile(join(from, f), join(repoDir, 'objects', dir, f))
    }
  }
}

function readdirOrEmpty (dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * The store's part of sync (docs/sync.md): who may see what, the heads, importing a
 * validated quarantine (fast-forward or signed merge commit), installing a clone, and the
 * conversation requests (`DATA/requests.json`).
 */
export class StoreSync {
  private readonly store: Store
  private readonly signer: ConversationSigner
  private readonly check: CommitCheck | undefined
  private readonly mergeTree: MergeTreeFn
  private readonly revoked: RevokedFn | undefined
  private readonly quarantineRoot: string
  readonly requests: RequestBook
  private readonly requestAdded: Array<(r: RequestEntry) => Promise<void>> = []
  private readonly installed: Array<(conversationId: string, from: string) => Promise<void>> = []

  constructor (c: StoreSyncComponents) {
    this.store = c.store
    this.signer = c.signer
    this.check = c.check
    this.mergeTree = c.mergeTree
    this.revoked = c.revoked
    this.quarantineRoot = resolve(c.dataDir, 'quarantine')
    this.requests = new RequestBook(c.dataDir)
  }

  /** Runs `fn` after each new request is recorded (contacts.ts: a contact's ONE_TO_ONE is accepted at once). */
  onRequestAdded (fn: (r: RequestEntry) => Promise<void>): void {
    this.requestAdded.push(fn)
  }

  /** Runs `fn` after each clone is installed, before ConversationReady (contacts.ts: the peer of a ONE_TO_ONE becomes a contact). */
  onInstalled (fn: (conversationId: string, from: string) => Promise<void>): void {
    this.installed.push(fn)
  }

  // A listener's failure never undoes what was done: listeners report their own errors.
  private async notify<A extends unknown[]> (listeners: Array<(...args: A) => Promise<void>>, ...args: A): Promise<void> {
    for (const fn of listeners) {
      try {
        await fn(...args)
      } catch {}
    }
  }

  private async ids (): Promise<string[]> {
    try {
      return (await readdir(this.store.dir)).filter(isId).sort()
    } catch {
      return []
    }
  }

  private async inviterOf (conversationId: string, uri: string): Promise<string> {
    const { index } = await this.store.conversation(conversationId)
    await this.store.refresh(index)
    const all = index.all()
    for (let i = all.length - 1; i >= 0; i--) {
      const m = all[i]!
      if (m.type === 'member' && m.fields.action === 'add' && m.fields.uri === uri) return m.author
      if (m.type === 'initial' && m.fields.invited === uri) return m.author
    }
    return ''
  }

  private async view (conv: Conversation, uri: string): Promise<HeadView | undefined> {
    const head = await conv.head()
    const tree = await conv.tree(head)
    const roles = rolesOf(tree)
    if (roles.banned.admins.has(uri) || roles.banned.members.has(uri) || roles.banned.invited.has(uri)) return undefined
    const role = roles.admins.has(uri) ? 'admin' : roles.members.has(uri) ? 'member' : roles.invited.has(uri) ? 'invited' : undefined
    if (role === undefined) return undefined
    const revoked = this.revoked === undefined ? undefined : await this.revoked(conv.repo, head)
    const profileEntry = tree.get(PROFILE_PATH)
    const profile = profileEntry === undefined ? { title: '', description: '', avatar: '' } : parseProfile((await conv.repo.readBlob(profileEntry.oid)).toString('utf8'))
    return {
      conversationId: conv.id,
      head,
      role,
      devices: [...roles.devices].filter((d) => !roles.banned.devices.has(d) && revoked?.has(d) !== true).sort(),
      members: [...roles.admins, ...roles.members].sort(),
      inviter: role === 'invited' ? await this.inviterOf(conv.id, uri) : '',
      mode: await conv.mode(),
      ...profile
    }
  }

  /**
   * The conversations `uri` may see (admin, member or invited; not banned), with their heads
   * and devices; a stranger gets an empty list. Removed conversations are not listed, except a
   * removed one whose leave the other members may not hold yet (to them).
   */
  async listHeads (uri: string, conversationId?: string): Promise<HeadView[]> {
    if (!isId(uri)) throw new InvalidInputError('URI_INVALID', 'an account URI is 40 hex characters', { uri })
    const out: HeadView[] = []
    for (const id of conversationId === undefined ? await this.ids() : [conversationId]) {
      try {
        let conv: Conversation | undefined
        if (await this.store.isRemoved(id)) {
          // removed here: listed only to the other members, until they hold our leave
          conv = uri === this.signer.uri ? undefined : await this.store.leaving(id)
          if (conv === undefined) continue
        } else {
          conv = (await this.store.conversation(id)).conv
        }
        const v = await this.view(conv, uri)
        if (v !== undefined) out.push(v)
      } catch {
        // a conversation that cannot be read is skipped, never fails the list
      }
    }
    return out
  }

  /**
   * May `deviceId` of account `uri` read this conversation? Admins, members and invited
   * accounts may (not banned, device neither banned nor revoked by its account's CRL); in a
   * PUBLIC conversation anyone not banned.
   */
  async authorize (conversationId: string, uri: string, deviceId: string): Promise<Authorization> {
    const no: Authorization = { allowed: false, repoPath: '', head: '', role: '' }
    if (!isId(conversationId) || !isId(uri) || !isId(deviceId)) return no
    let conv: Conversation
    if (await this.store.isRemoved(conversationId)) {
      // removed here after our leave: served to the other members until they hold it; for our
      // own device `removed`, so that the transport announces it and imports nothing
      const leaving = await this.store.leaving(conversationId)
      if (leaving === undefined) return no
      if (uri === this.signer.uri) return deviceId === this.signer.deviceId ? { allowed: true, repoPath: resolve(leaving.dir), head: await leaving.head(), role: 'removed' } : no
      conv = leaving
    } else {
      try {
        conv = (await this.store.conversation(conversationId)).conv
      } catch {
        return no
      }
    }
    const head = await conv.head()
    const roles = rolesOf(await conv.tree(head))
    if (roles.banned.devices.has(deviceId) || roles.banned.admins.has(uri) || roles.banned.members.has(uri) || roles.banned.invited.has(uri)) return no
    if (this.revoked !== undefined && (await this.revoked(conv.repo, head)).has(deviceId)) return no
    const role = roles.admins.has(uri) ? 'admin' : roles.members.has(uri) ? 'member' : roles.invited.has(uri) ? 'invited' : await conv.mode() === 'PUBLIC' ? 'public' : ''
    if (role === '') return no
    return { allowed: true, repoPath: resolve(conv.dir), head, role }
  }

  private async quarantine (path: string): Promise<string> {
    if (typeof path !== 'string' || path === '' || path.includes('\0')) throw new InvalidInputError('QUARANTINE_INVALID', 'quarantine_path names a folder under DATA/quarantine')
    const abs = resolve(this.quarantineRoot, path)
    let real: string
    try {
      real = await realpath(abs)
    } catch (err) {
      throw new NotFoundError('QUARANTINE_NOT_FOUND', 'no quarantine at quarantine_path', {}, { cause: err })
    }
    const root = await realpath(this.quarantineRoot).catch(() => this.quarantineRoot)
    if (!inside(root, real)) throw new InvalidInputError('QUARANTINE_INVALID', 'quarantine_path must be inside DATA/quarantine')
    return real
  }

  /**
   * Imports a validated quarantine: its objects are moved into the repository, then under the
   * conversation's write lock the branch fast-forwards to `tip`, or a signed merge commit
   * (`{"type":"merge"}` with the `voided` list of the merge when any; tree = the
   * deterministic merge, plus this device's certificate when it lacks it) joins both heads.
   * MessageReceived is emitted for every new commit in the deterministic order (void ones
   * excepted: not in the history shown), then ConversationSyncFinished.
   */
  async import (conversationId: string, quarantinePath: string, tip: string, objects: PushedObject[] = []): Promise<ImportResult> {
    if (!isId(conversationId) || !isId(tip)) throw new InvalidInputError('IMPORT_INVALID', 'conversation id and tip are 40 hex characters')
    const q = quarantinePath === '' && objects.length > 0 ? undefined : await this.quarantine(quarantinePath)
    const { conv, index } = await this.store.conversation(conversationId)
    // a push's objects: checked against their ids, written like our own (objects before the branch)
    for (const o of objects) await writePushed(conv.repo, o)
    const result = await this.importLocked(conversationId, conv, index, q, tip)
    // Votes that meet here (cast on both sides of a split, or at the same moment) may now have
    // a majority no single vote saw: this device resolves its account's ones.
    if (result.commits.some((c) => { const m = index.get(c); return m !== undefined && (m.type === 'vote' || m.parents.length > 1) })) {
      await this.store.resolveReady(conversationId).catch(() => {})
    }
    return result
  }

  private async importLocked (conversationId: string, conv: Conversation, index: Awaited<ReturnType<Store['conversation']>>['index'], q: string | undefined, tip: string): Promise<ImportResult> {
    return await this.store.withWriteLock(conversationId, async () => {
      if (q !== undefined) await moveQuarantineObjects(q, conv.dir)
      if (!await conv.repo.hasObject(tip)) throw new NotFoundError('OBJECT_NOT_FOUND', 'the tip is not in the quarantine', { tip })
      const local = await conv.head()
      // the common case, a chain of plain commits on top of our head, needs no git process
      const chain = await chainOnto(conv.repo, tip, local)
      if (chain !== undefined) {
        await conv.repo.setHead(tip, false)
        await this.store.refresh(index)
        for (const oid of chain) await this.store.announceCommit(conversationId, index, oid)
        this.store.emit({ event: 'ConversationSyncFinished', conversationId })
        return { head: tip, commits: chain, merged: false }
      }
      if (await isAncestor(conv.dir, tip, local)) return { head: local, commits: [], merged: false }
      let head: string
      let merged = false
      let replaced = false
      if (await isAncestor(conv.dir, local, tip)) {
        head = tip
      } else if (await sameContent(conv.dir, local, tip)) {
        // Both sides merged the same commits concurrently: their heads differ only by merge
        // commits, which carry no content. Every device moves to the higher of the two heads,
        // so they converge at once. (Merging them instead, on one side or both, makes new
        // content-free merges that meet others: with ten devices that never ended.) The merge
        // left behind holds nothing that the chosen head lacks.
        if (tip < local) return { head: local, commits: [], merged: false }
        head = tip
        replaced = true
      } else {
        const { tree, voided } = await this.mergeTree(conv.repo, [local, tip])
        // a device that never wrote here (added to the account later) merges with its certificate
        const own = devicePath(this.signer.deviceId)
        const full = tree.has(own) ? tree : new Map(tree).set(own, await conv.repo.writeBlobEntry(this.signer.deviceCert))
        head = await writeSignedCommit(conv.repo, this.signer, { tree: await conv.repo.writeTreeFlat(full), parents: [local, tip], message: mergeMessage(voided) })
        if (this.check !== undefined) await this.check(conv.repo, head)
        merged = true
      }
      const fresh = await newCommits(conv.repo, head, local)
      await conv.repo.setHead(head)
      await this.store.refresh(index)
      for (const oid of fresh) await this.store.announceCommit(conversationId, index, oid)
      this.store.emit({ event: 'ConversationSyncFinished', conversationId })
      return { head, commits: fresh, merged, replaced }
    })
  }

  /**
   * Installs a validated clone (a quarantine holding the whole history up to `tip`) as
   * `DATA/conversations/<id>`, for an accepted request or a PUBLIC join; then commits
   * `member`/`join` (unless this account is already a member) and emits ConversationReady.
   */
  async install (conversationId: string, quarantinePath: string, tip: string): Promise<ImportResult> {
    if (!isId(conversationId) || !isId(tip)) throw new InvalidInputError('IMPORT_INVALID', 'conversation id and tip are 40 hex characters')
    const q = await this.quarantine(quarantinePath)
    const request = await this.requests.get(conversationId)
    if (request?.accepted !== true) throw new ForbiddenError('REQUEST_NOT_ACCEPTED', 'no accepted request for this conversation', { conversationId })
    const dest = join(this.store.dir, conversationId)
    if (await exists(dest)) throw new ConflictError('CONVERSATION_EXISTS', 'the conversation is already here', { conversationId })
    const roots = (await git(q, ['rev-list', '--max-parents=0', tip])).split('\n').filter((l) => l !== '')
    if (roots.length !== 1 || roots[0] !== conversationId) throw new ForbiddenError('CONVERSATION_MISMATCH', 'the history does not start at the conversation id', { conversationId })
    // an automatic acceptance holds only for what it was made for: a ONE_TO_ONE between the
    // inviter and us (the invitation only claimed it); anything else goes back to the user
    if (request.auto === true && !await oneToOneBetween(q, conversationId, request.from, this.signer.uri)) {
      // the claim proved false: forgotten, so that nothing accepts this request automatically again
      await this.requests.update(conversationId, { accepted: false, auto: false, mode: undefined })
      throw new ForbiddenError('REQUEST_NOT_ACCEPTED', 'accepted automatically as a contact\'s ONE_TO_ONE, which it is not: left to the user', { conversationId })
    }
    // A plain bare repository: our branch at the tip, no remote-tracking refs, no alternates.
    await rm(join(q, 'refs', 'remotes'), { recursive: true, force: true })
    await rm(join(q, 'objects', 'info', 'alternates'), { force: true })
    await rm(join(q, 'shallow'), { force: true })
    await mkdir(join(q, 'refs', 'heads'), { recursive: true })
    await writeFile(join(q, 'refs', 'heads', 'main'), tip + '\n')
    await writeFile(join(q, 'HEAD'), 'ref: refs/heads/main\n')
    await mkdir(this.store.dir, { recursive: true })
    await rename(q, dest)
    this.store.forget(conversationId)
    const { conv, index } = await this.store.conversation(conversationId)
    await this.store.refresh(index)
    const roles = rolesOf(await conv.tree())
    let head = tip
    const commits: string[] = []
    if (!roles.admins.has(this.signer.uri) && !roles.members.has(this.signer.uri)) {
      head = await this.store.withWriteLock(conversationId, async () => await conv.join(this.signer, this.check))
      await this.store.announceCommit(conversationId, index, head)
      commits.push(head)
    }
    await this.requests.remove(conversationId)
    await this.notify(this.installed, conversationId, request.from)
    await this.store.account?.joined(conversationId, await conv.mode())
    this.store.emit({ event: 'ConversationReady', conversationId })
    // the bans of the cloned history: the transport stops exchanging with those devices here too
    for (const uri of new Set([...roles.banned.admins, ...roles.banned.members, ...roles.banned.invited])) this.store.emit({ event: 'AccessRevoked', conversationId, uri, deviceId: '' })
    for (const deviceId of roles.banned.devices) this.store.emit({ event: 'AccessRevoked', conversationId, uri: '', deviceId })
    return { head, commits, merged: false }
  }

  /** An invitation received (ConversationRequestReceived), unless known, declined or already here. */
  async addRequest (r: Omit<RequestEntry, 'received' | 'accepted' | 'declined'> & { received?: number }): Promise<boolean> {
    if (!isId(r.conversationId) || !isId(r.from)) throw new InvalidInputError('REQUEST_INVALID', 'conversation id and from are 40 hex characters')
    if (await exists(join(this.store.dir, r.conversationId))) return false
    const { mode, ...rest } = r
    const entry: RequestEntry = { ...rest, received: r.received ?? Math.floor(Date.now() / 1000) }
    // the mode is the inviter's claim: kept when it names a mode, else dropped
    if (mode !== undefined && MODES.includes(mode)) entry.mode = mode
    if (!await this.requests.add(entry)) return false
    await this.store.account?.request(entry)
    const event: Extract<Parameters<Store['emit']>[0], { event: 'ConversationRequestReceived' }> = { event: 'ConversationRequestReceived', conversationId: entry.conversationId, from: entry.from, received: entry.received }
    for (const k of ['title', 'description', 'avatar'] as const) if (entry[k] !== undefined && entry[k] !== '') event[k] = entry[k]
    this.store.emit(event)
    await this.notify(this.requestAdded, entry)
    return true
  }

  /**
   * acceptConversationRequest: listed as syncing until the clone is installed. `auto`: accepted
   * by contacts.ts, not by the user (see {@link RequestEntry.auto}).
   */
  async acceptRequest (conversationId: string, opts: { auto?: boolean } = {}): Promise<void> {
    const r = await this.requests.get(conversationId)
    if (r === undefined || r.declined === true) throw new NotFoundError('REQUEST_NOT_FOUND', 'no such conversation request', { conversationId })
    await this.requests.update(conversationId, { accepted: true, auto: opts.auto === true })
    await this.store.account?.request({ ...r, accepted: true })
    this.store.emit({ event: 'CloneRequested', conversationId, from: r.from })
  }

  /** declineConversationRequest: nothing is committed; the request is not shown again. */
  async declineRequest (conversationId: string): Promise<void> {
    const r = await this.requests.get(conversationId)
    if (r === undefined || r.declined === true) throw new NotFoundError('REQUEST_NOT_FOUND', 'no such conversation request', { conversationId })
    await this.requests.update(conversationId, { declined: true, accepted: false })
    await this.store.account?.request({ ...r, declined: true, accepted: false })
  }

  /** Join a PUBLIC conversation without an invitation: cloned from `from` or any member. */
  async joinPublic (conversationId: string, from: string): Promise<void> {
    if (!isId(conversationId)) throw new InvalidInputError('CONVERSATION_ID_INVALID', 'a conversation id is 40 hex characters', { id: conversationId })
    if (await exists(join(this.store.dir, conversationId))) throw new ConflictError('CONVERSATION_EXISTS', 'the conversation is already here', { conversationId })
    await this.requests.put({ conversationId, from, received: Math.floor(Date.now() / 1000), accepted: true, mode: 'PUBLIC' })
    this.store.emit({ event: 'CloneRequested', conversationId, from })
  }

  /** Accepted requests still cloning: listed by getConversations with `syncing: true`. */
  async syncing (): Promise<Array<{ id: string, mode: ModeName }>> {
    const out: Array<{ id: string, mode: ModeName }> = []
    for (const r of await this.requests.list()) {
      if (r.accepted === true && !await exists(join(this.store.dir, r.conversationId))) out.push({ id: r.conversationId, mode: r.mode ?? 'INVITES_ONLY' })
    }
    return out
  }
}

/** True when the history in `gitdir` starts with a ONE_TO_ONE initial commit between `a` and `b` (either one its creator). */
async function oneToOneBetween (gitdir: string, root: string, a: string, b: string): Promise<boolean> {
  try {
    const initial = await new GitRepo(gitdir).readCommit(root)
    const msg = JSON.parse(initial.message) as { mode?: unknown, invited?: unknown }
    const pair = [initial.committer.name, msg.invited]
    return MODES[msg.mode as number] === 'ONE_TO_ONE' && pair.includes(a) && pair.includes(b) && a !== b
  } catch {
    return false
  }
}

/**
 * True when `a` and `b` hold the same content: the same tree, and every commit one has and
 * the other lacks is a merge.
 */
async function sameContent (dir: string, a: string, b: string): Promise<boolean> {
  const [ta, tb] = (await git(dir, ['rev-parse', `${a}^{tree}`, `${b}^{tree}`])).split('\n')
  if (ta !== tb) return false
  const count = async (args: string[]): Promise<number> => Number((await git(dir, ['rev-list', '--count', ...args])).trim())
  return await count([a, '--not', b, '--no-merges']) === 0 && await count([b, '--not', a, '--no-merges']) === 0
}

/**
 * When `tip` is `base` plus a chain of single-parent commits (at most `limit`), that chain,
 * oldest first (which is also the deterministic order); otherwise undefined.
 */
export async function chainOnto (repo: GitRepo, tip: string, base: string, limit = 1000): Promise<string[] | undefined> {
  const chain: string[] = []
  for (let c = tip; c !== base; ) {
    if (chain.length >= limit) return undefined
    const { parents } = await repo.readCommit(c)
    if (parents.length !== 1) return undefined
    chain.push(c)
    c = parents[0]!
  }
  return chain.reverse()
}

/** The commits reachable from `head` and not from `base`, in the deterministic order. */
async function newCommits (repo: GitRepo, head: string, base: string): Promise<string[]> {
  const ids = (await git(repo.gitdir, ['rev-list', head, '--not', base])).split('\n').filter((l) => l !== '')
  if (ids.length === 0) return []
  const fresh = new Set(ids)
  // Walking from the head, stopping at the parents outside the new set, visits exactly the
  // new commits in the order linearize gives the whole history.
  const boundary = new Set<string>()
  for (const id of ids) for (const p of (await repo.readCommit(id)).parents) if (!fresh.has(p)) boundary.add(p)
  return (await linearize(repo, head, boundary)).map((c) => c.oid)
}
