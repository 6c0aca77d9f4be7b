import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  Conversation, HistoryIndex, MODES, Mutex, PROFILE_PATH, rolesOf, voteHasMajority,
  type CommitCheck, type CommitMessage, type ConversationSigner, type MessageView, type ModeName, type VoteAction
} from '@skarm/conversation'
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@skarm/errors'
import { isId, type Identity } from '@skarm/identity'
import { LocalState, type ConversationInfoFile, type Preferences } from './local-state.ts'
import type { AccountHooks } from './account-sync.ts'
import { formatProfile, parseProfile, type Profile } from './vcard.ts'
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './constants.ts'

/** Events the store emits after a write; the app publishes them on the bus. */
export type StoreEvent =
  | { event: 'MessageReceived', conversationId: string, message: MessageView }
  | { event: 'ConversationSyncFinished', conversationId: string }
  | { event: 'OnConversationError', conversationId: string, code: number, what: string }
  | { event: 'ConversationRequestReceived', conversationId: string, from: string, received: number, title?: string, description?: string, avatar?: string }
  | { event: 'CloneRequested', conversationId: string, from: string }
  | { event: 'ConversationReady', conversationId: string }
  | { event: 'ConversationRemoved', conversationId: string }
  | { event: 'ConversationMemberEvent', conversationId: string, memberUri: string, code: number }
  | { event: 'ConversationProfileUpdated', conversationId: string, profile: Profile }
  | { event: 'ConversationPreferencesUpdated', conversationId: string, preferences: Preferences }
  /** A ban (of an account: `uri`; of a device: `deviceId`) or a device revocation entered the history here. */
  | { event: 'AccessRevoked', conversationId: string, uri: string, deviceId: string }

/** What the store is built over. */
export interface StoreComponents {
  identity: Identity
  dataDir: string
  /** Validates a new commit before the branch moves (the rules of SPEC.md §5). */
  check?: CommitCheck
  publish?: (event: StoreEvent) => void
}

/** A member as the API lists it. */
export interface MemberView {
  uri: string
  role: 'admin' | 'member' | 'invited' | 'banned'
  lastDisplayed?: string
}

/** Input of {@link Store.sendMessage}. */
export interface SendInput {
  type?: string
  body: string
  replyTo?: string
  reactTo?: string
  edit?: string
}

// Jami's ConversationMemberEvent codes (5 = promote is Skarm's).
const MEMBER_EVENT: Record<string, number> = { add: 0, join: 1, remove: 2, ban: 3, unban: 4, promote: 5 }
/** Most sends written in one group commit. */
const SEND_BATCH_MAX = 64

const VOTE_FILE = /^votes\/(ban|unban|promote)\/(?:admins|members|invited|devices)\/([0-9a-f]{40})\/([0-9a-f]{40})$/

/** The votes of account `uri` in a tree: action and target. */
function ownVotes (tree: Map<string, unknown>, uri: string): Array<{ action: VoteAction, target: string }> {
  const out: Array<{ action: VoteAction, target: string }> = []
  for (const path of tree.keys()) {
    const m = VOTE_FILE.exec(path)
    if (m !== null && m[3] === uri) out.push({ action: m[1] as VoteAction, target: m[2]! })
  }
  return out
}

/** The repository store of one device: every local write to a conversation goes through it. */
export class Store {
  private readonly identity: Identity
  private readonly signer: ConversationSigner
  private readonly conversationsDir: string
  private readonly check: CommitCheck | undefined
  private readonly publish: (event: StoreEvent) => void
  /** Local per-conversation state (account-sync.ts applies other devices' changes to it). */
  readonly local: LocalState
  /** The account state shared with our other devices: told of every change it holds (account-sync.ts). */
  account: AccountHooks | undefined
  private readonly open = new Map<string, Promise<{ conv: Conversation, index: HistoryIndex }>>()
  // One write at a time per conversation: local writes and sync imports (a merge) alike.
  private readonly locks = new Map<string, Mutex>()
  // sends waiting for the conversation's next group commit
  private readonly sends = new Map<string, Array<{ input: SendInput, resolve: (r: { id: string }) => void, reject: (err: Error) => void }>>()

  constructor (components: StoreComponents) {
    this.identity = components.identity
    this.signer = components.identity
    this.conversationsDir = join(components.dataDir, 'conversations')
    this.check = components.check
    this.publish = components.publish ?? (() => {})
    this.local = new LocalState(components.dataDir)
  }

  /**
   * Removes what an interrupted creation left (a `.tmp-*` directory never renamed into place):
   * called once at start, before any request.
   */
  async sweep (): Promise<number> {
    let names: string[]
    try {
      names = await readdir(this.conversationsDir)
    } catch {
      return 0
    }
    const stale = names.filter((n) => n.startsWith('.tmp-'))
    for (const n of stale) await rm(join(this.conversationsDir, n), { recursive: true, force: true })
    return stale.length
  }

  /** The account of this device. */
  getAccount (): { uri: string, deviceId: string, displayName: string, devices: string[] } {
    return { uri: this.identity.uri, deviceId: this.identity.deviceId, displayName: this.identity.displayName, devices: [this.identity.deviceId] }
  }

  /** Brings a history index to the repository's head (HistoryIndex serializes its updates). */
  async refresh (index: HistoryIndex): Promise<void> {
    await index.update()
  }

  /** The conversations folder (`DATA/conversations`). */
  get dir (): string {
    return this.conversationsDir
  }

  /**
   * Runs `fn` under the conversation's write lock: every write of the store (local commits,
   * sync imports and their merge commits) is serialized per conversation. Nothing slow
   * (network, validation of a fetch) may run under it.
   */
  async withWriteLock<T> (id: string, fn: () => Promise<T>): Promise<T> {
    const result = await this.lockOnly(id, fn)
    // acknowledged means on disk: the fsync of the writes made under the lock, shared by
    // every write waiting for it (GitRepo.flushHead)
    const entry = this.open.get(id)
    if (entry !== undefined) await (await entry).conv.repo.flushHead()
    return result
  }

  // The conversation's write lock alone: the caller makes its writes durable (flushHead).
  private async lockOnly<T> (id: string, fn: () => Promise<T>): Promise<T> {
    if (!isId(id)) return await fn()
    let lock = this.locks.get(id)
    if (lock === undefined) {
      lock = new Mutex()
      this.locks.set(id, lock)
    }
    return await lock.run(fn)
  }

  /** An open conversation (not removed) with its history index. */
  async conversation (id: string): Promise<{ conv: Conversation, index: HistoryIndex }> {
    return await this.live(id)
  }

  /** Emits MessageReceived (and member events) for a commit now in the history. */
  async announceCommit (id: string, index: HistoryIndex, oid: string): Promise<void> {
    await this.commitDone(id, index, oid)
  }

  /** Publishes a store event. */
  emit (event: StoreEvent): void {
    this.publish(event)
  }

  /** Forgets a cached open conversation (after a directory was installed or removed). */
  forget (id: string): void {
    this.open.delete(id)
  }

  /** True when the conversation's local state marks it removed. */
  async isRemoved (id: string): Promise<boolean> {
    const info = await this.local.read<ConversationInfoFile>(id, 'info.json', {})
    return info.removed !== undefined
  }

  /**
   * A conversation removed here after a `member`/`remove` commit that is still its head: kept
   * so that the other members get the leave (served and announced, never written). Undefined
   * for any other conversation.
   */
  async leaving (id: string): Promise<Conversation | undefined> {
    const info = await this.local.read<ConversationInfoFile>(id, 'info.json', {})
    if (info.removed === undefined || info.left === undefined) return undefined
    try {
      const { conv } = await this.get(id)
      return await conv.head() === info.left ? conv : undefined
    } catch {
      return undefined
    }
  }

  private async get (id: string): Promise<{ conv: Conversation, index: HistoryIndex }> {
    if (!isId(id)) throw new InvalidInputError('CONVERSATION_ID_INVALID', 'a conversation id is 40 hex characters', { id })
    let entry = this.open.get(id)
    if (entry === undefined) {
      entry = (async () => {
        const conv = await Conversation.open(join(this.conversationsDir, id))
        conv.repo.writer = true
        return { conv, index: new HistoryIndex(conv.repo) }
      })()
      this.open.set(id, entry)
      entry.catch(() => this.open.delete(id))
    }
    return await entry
  }

  // A removed conversation is gone for the API (SPEC.md §8), whatever remains on disk.
  private async live (id: string): Promise<{ conv: Conversation, index: HistoryIndex }> {
    const entry = await this.get(id)
    const info = await this.local.read<ConversationInfoFile>(id, 'info.json', {})
    if (info.removed !== undefined) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'no such conversation', { id })
    return entry
  }

  private async commitDone (id: string, index: HistoryIndex, oid: string): Promise<void> {
    await this.refresh(index)
    const c = index.get(oid)
    if (c === undefined) return
    this.publish({ event: 'MessageReceived', conversationId: id, message: c })
    if (c.type === 'member') {
      const code = MEMBER_EVENT[String(c.fields.action)]
      if (code !== undefined) this.publish({ event: 'ConversationMemberEvent', conversationId: id, memberUri: String(c.fields.uri), code })
    }
    const revoked = await this.revocationOf(id, c)
    if (revoked !== undefined) this.publish({ event: 'AccessRevoked', conversationId: id, ...revoked })
  }

  /**
   * Whom a commit now in the history shuts out (the transport stops exchanging with them,
   * docs/sync.md "Bans and revocations"): a `member`/`ban` resolution bans an account, or a
   * device when its tree holds the target under the banned devices; an
   * `application/revoke-device` revokes its `device`.
   */
  private async revocationOf (id: string, c: MessageView): Promise<{ uri: string, deviceId: string } | undefined> {
    if (c.type === 'application/revoke-device') return typeof c.fields.device === 'string' && isId(c.fields.device) ? { uri: '', deviceId: c.fields.device } : undefined
    if (c.type !== 'member' || c.fields.action !== 'ban' || typeof c.fields.uri !== 'string' || !isId(c.fields.uri)) return undefined
    const { conv } = await this.get(id)
    return rolesOf(await conv.tree(c.id)).banned.devices.has(c.fields.uri) ? { uri: '', deviceId: c.fields.uri } : { uri: c.fields.uri, deviceId: '' }
  }

  /** startConversation: a new conversation of `mode`; ONE_TO_ONE names its peer. */
  async createConversation (mode: ModeName, invited?: string): Promise<{ id: string }> {
    if (!MODES.includes(mode)) throw new InvalidInputError('MODE_INVALID', 'unknown conversation mode', { mode })
    if (invited !== undefined && !isId(invited)) throw new InvalidInputError('URI_INVALID', 'an account URI is 40 hex characters', { uri: invited })
    if (mode === 'ONE_TO_ONE' && invited === undefined) throw new InvalidInputError('INVITED_REQUIRED', 'a ONE_TO_ONE conversation needs `invited`')
    if (mode !== 'ONE_TO_ONE' && invited !== undefined) throw new InvalidInputError('INVITED_INVALID', '`invited` is only for ONE_TO_ONE; add members afterwards')
    const conv = await Conversation.create(this.conversationsDir, this.signer, { mode, invited, taken: async (id) => await this.local.exists(id) })
    conv.repo.writer = true
    const index = new HistoryIndex(conv.repo)
    this.open.set(conv.id, Promise.resolve({ conv, index }))
    await this.refresh(index)
    await this.account?.joined(conv.id, mode)
    this.publish({ event: 'ConversationReady', conversationId: conv.id })
    return { id: conv.id }
  }

  /** getConversations: every conversation not removed. */
  async listConversations (): Promise<Array<{ id: string, mode: ModeName, syncing: boolean }>> {
    let names: string[]
    try {
      names = await readdir(this.conversationsDir)
    } catch {
      return []
    }
    const out: Array<{ id: string, mode: ModeName, syncing: boolean }> = []
    for (const id of names.filter(isId).sort()) {
      const info = await this.local.read<ConversationInfoFile>(id, 'info.json', {})
      if (info.removed !== undefined) continue
      try {
        const { conv } = await this.get(id)
        out.push({ id, mode: await conv.mode(), syncing: false })
      } catch {
        // an unreadable directory is not a conversation: skip it, never fail the list
      }
    }
    return out
  }

  /** conversationInfos. */
  async getConversation (id: string): Promise<{ id: string, mode: ModeName, syncing: boolean } & Profile> {
    const { conv } = await this.live(id)
    return { id, mode: await conv.mode(), syncing: false, ...await this.profile(conv) }
  }

  private async profile (conv: Conversation): Promise<Profile> {
    const entry = (await conv.tree()).get(PROFILE_PATH)
    if (entry === undefined) return { title: '', description: '', avatar: '' }
    return parseProfile((await conv.repo.readBlob(entry.oid)).toString('utf8'))
  }

  /** updateConversationInfos: an `application/update-profile` commit (admins only, SPEC.md §5). */
  async updateProfile (id: string, change: Partial<Profile>): Promise<{ commit: string }> {
    return await this.withWriteLock(id, async () => {
      const { conv, index } = await this.live(id)
      const profile = { ...await this.profile(conv), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) } as Profile
      const commit = await conv.updateProfile(this.signer, formatProfile(profile), this.check)
      await this.commitDone(id, index, commit)
      this.publish({ event: 'ConversationProfileUpdated', conversationId: id, profile })
      return { commit }
    })
  }

  /**
   * An `application/revoke-device` commit: `crlPem` (the account's CRL revoking `deviceId`) at
   * `/CRLs/<uri>/<this device>.crl`; AccessRevoked follows (account-sync.ts revokes a device).
   */
  async revokeDevice (id: string, deviceId: string, crlPem: string): Promise<{ commit: string }> {
    return await this.withWriteLock(id, async () => {
      const { conv, index } = await this.live(id)
      const commit = await conv.revokeDevice(this.signer, deviceId, crlPem, this.check)
      await this.commitDone(id, index, commit)
      return { commit }
    })
  }

  /**
   * removeConversation (SPEC.md §8): marked removed locally at once; with other members a
   * `member`/`remove` commit is made and the repository kept for them to sync; alone, the
   * repository is deleted.
   */
  async removeConversation (id: string): Promise<void> {
    return await this.withWriteLock(id, async () => {
      const { conv, index } = await this.live(id)
      const roles = rolesOf(await conv.tree())
      const others = [...roles.admins, ...roles.members].filter((u) => u !== this.identity.uri)
      const removed = Math.floor(Date.now() / 1000)
      if (others.length > 0 && (roles.admins.has(this.identity.uri) || roles.members.has(this.identity.uri))) {
        // the leave first, then the mark: the mark names it, so the transport may still announce
        // and serve it (never import) until the other members hold it (StoreSync.authorize)
        const commit = await conv.leave(this.signer, this.check)
        await this.local.write(id, 'info.json', { removed, left: commit } satisfies ConversationInfoFile)
        await this.commitDone(id, index, commit)
      } else {
        await this.local.write(id, 'info.json', { removed } satisfies ConversationInfoFile)
        this.open.delete(id)
        await rm(conv.dir, { recursive: true, force: true })
      }
      await this.account?.removed(id)
      this.publish({ event: 'ConversationRemoved', conversationId: id })
    })
  }

  /** getConversationMembers, with each member's last displayed message. */
  async listMembers (id: string): Promise<MemberView[]> {
    const { conv } = await this.live(id)
    const roles = rolesOf(await conv.tree())
    const displayed = await this.local.read<Record<string, string>>(id, 'displayed.json', {})
    const out: MemberView[] = []
    const add = (uri: string, role: MemberView['role']): void => {
      out.push(displayed[uri] === undefined ? { uri, role } : { uri, role, lastDisplayed: displayed[uri] })
    }
    for (const u of [...roles.admins].sort()) add(u, 'admin')
    for (const u of [...roles.members].sort()) add(u, 'member')
    for (const u of [...roles.invited].sort()) add(u, 'invited')
    for (const u of new Set([...roles.banned.admins, ...roles.banned.members, ...roles.banned.invited])) add(u, 'banned')
    return out
  }

  /** addConversationMember: a `member`/`add` commit. */
  async addMember (id: string, uri: string): Promise<{ commit: string }> {
    return await this.withWriteLock(id, async () => {
      if (!isId(uri)) throw new InvalidInputError('URI_INVALID', 'an account URI is 40 hex characters', { uri })
      const { conv, index } = await this.live(id)
      const commit = await conv.addMember(this.signer, uri, this.check)
      await this.commitDone(id, index, commit)
      return { commit }
    })
  }

  /**
   * An admin's vote (ban, unban, promote); when the votes then exceed 50 % of the admins the
   * resolution is committed too. Returns the last commit made.
   */
  async vote (id: string, action: VoteAction, uri: string): Promise<{ commit: string }> {
    return await this.withWriteLock(id, async () => {
      if (!isId(uri)) throw new InvalidInputError('URI_INVALID', 'an account URI is 40 hex characters', { uri })
      if (uri === this.identity.uri) throw new ForbiddenError('VOTE_ON_SELF', 'an admin cannot vote on itself', { uri })
      const { conv, index } = await this.live(id)
      if (action === 'promote' && await conv.mode() === 'ONE_TO_ONE') throw new ForbiddenError('PROMOTE_ONE_TO_ONE', 'a ONE_TO_ONE conversation has no promotion')
      let commit: string | undefined
      // Voted already (an earlier call, or the vote came back from another of our devices): a
      // second vote is refused, but a majority reached since (votes merged from a split) resolves.
      const voted = ownVotes(await conv.tree(), this.identity.uri).some((v) => v.action === action && v.target === uri)
      if (!voted) {
        commit = await conv.vote(this.signer, action, uri, this.check)
        await this.commitDone(id, index, commit)
      }
      if (voteHasMajority(await conv.tree(), action, uri)) {
        commit = await conv.resolveVote(this.signer, action, uri, this.check)
        await this.commitDone(id, index, commit)
      }
      if (commit === undefined) throw new ConflictError('VOTE_EXISTS', 'already voted', { uri })
      return { commit }
    })
  }

  /**
   * Resolves the votes of this account that have a majority at the head: votes made on both
   * sides of a split, or by admins at the same moment, reach their majority only when merged,
   * where no vote was cast. Called after an import; the resolutions are commits of this device.
   */
  async resolveReady (id: string): Promise<string[]> {
    return await this.withWriteLock(id, async () => {
      const { conv, index } = await this.live(id)
      const made: string[] = []
      const tree = await conv.tree()
      if (!rolesOf(tree).admins.has(this.identity.uri)) return made
      for (const v of ownVotes(tree, this.identity.uri)) {
        if (!voteHasMajority(await conv.tree(), v.action, v.target)) continue
        const commit = await conv.resolveVote(this.signer, v.action, v.target, this.check)
        await this.commitDone(id, index, commit)
        made.push(commit)
      }
      return made
    })
  }

  /**
   * sendMessage: text, reply, reaction or edit. Sends that arrive while the conversation is
   * being written go in together (group commit): one chain, one move of the branch, one index
   * update and one fsync for all of them; each gets its own answer.
   */
  async sendMessage (id: string, input: SendInput): Promise<{ id: string }> {
    return await new Promise((resolve, reject) => {
      let queue = this.sends.get(id)
      const idle = queue === undefined
      if (queue === undefined) this.sends.set(id, queue = [])
      queue.push({ input, resolve, reject })
      if (idle) void this.drainSends(id)
    })
  }

  private async drainSends (id: string): Promise<void> {
    for (;;) {
      const queue = this.sends.get(id)
      if (queue === undefined || queue.length === 0) {
        this.sends.delete(id)
        return
      }
      const batch = queue.splice(0, SEND_BATCH_MAX)
      let written: { conv: Conversation, results: Array<string | Error> }
      try {
        written = await this.lockOnly(id, async () => await this.sendBatch(id, batch.map((b) => b.input)))
      } catch (err) {
        for (const b of batch) b.reject(err as Error)
        continue
      }
      // acknowledged once on disk; the next batch is written meanwhile
      void written.conv.repo.flushHead().then(() => {
        written.results.forEach((r, i) => { if (r instanceof Error) batch[i]!.reject(r); else batch[i]!.resolve({ id: r }) })
      }, (err: Error) => { for (const b of batch) b.reject(err) })
    }
  }

  private async sendBatch (id: string, inputs: SendInput[]): Promise<{ conv: Conversation, results: Array<string | Error> }> {
    const { conv, index } = await this.live(id)
    await this.refresh(index)
    const messages = inputs.map((input) => {
      try {
        return this.messageOf(index, input)
      } catch (err) {
        return err as Error
      }
    })
    const written = await conv.sendMessages(this.signer, messages.filter((m): m is CommitMessage => !(m instanceof Error)), this.check)
    let k = 0
    const results = messages.map((m) => m instanceof Error ? m : written[k++]!)
    await this.refresh(index)
    for (const r of results) {
      if (typeof r !== 'string') continue
      const c = index.get(r)
      if (c !== undefined) this.publish({ event: 'MessageReceived', conversationId: id, message: c })
    }
    return { conv, results }
  }

  // The commit message of a send, its targets checked against the history.
  private messageOf (index: HistoryIndex, input: SendInput): CommitMessage {
    if (input.edit !== undefined) {
      if (input.type !== undefined && input.type !== 'application/edited-message') throw new InvalidInputError('MESSAGE_TYPE_INVALID', 'an edit is of type application/edited-message', { type: input.type })
      const target = index.get(input.edit)
      if (target === undefined) throw new NotFoundError('MESSAGE_NOT_FOUND', 'no message to edit', { commit: input.edit })
      if (target.type !== 'text/plain' || target.author !== this.identity.uri) throw new ForbiddenError('EDIT_BAD_TARGET', 'only your own text messages can be edited', { commit: input.edit })
      return { type: 'application/edited-message', body: input.body, edit: input.edit }
    }
    const type = input.type ?? 'text/plain'
    if (type !== 'text/plain') throw new InvalidInputError('MESSAGE_TYPE_INVALID', 'only text/plain messages are sent this way', { type })
    const message: CommitMessage = { type, body: input.body }
    for (const [key, target] of [['react-to', input.reactTo], ['reply-to', input.replyTo]] as const) {
      if (target === undefined) continue
      if (index.get(target) === undefined) throw new NotFoundError('MESSAGE_NOT_FOUND', `no message to ${key === 'react-to' ? 'react' : 'reply'} to`, { commit: target })
      message[key] = target
    }
    return message
  }

  /** loadConversation: newest first, edits and reactions folded. */
  async loadMessages (id: string, limit = DEFAULT_PAGE_LIMIT, before?: string): Promise<MessageView[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) throw new InvalidInputError('LIMIT_INVALID', `limit is 1..${MAX_PAGE_LIMIT}`, { limit })
    const { index } = await this.live(id)
    await this.refresh(index)
    if (before !== undefined && index.get(before) === undefined) throw new NotFoundError('MESSAGE_NOT_FOUND', 'no such message', { commit: before })
    return index.page(limit, before)
  }

  /** setMessageDisplayed: remembered per member (our own account here). */
  async setDisplayed (id: string, commit: string): Promise<void> {
    const { index } = await this.live(id)
    await this.refresh(index)
    if (index.get(commit) === undefined) throw new NotFoundError('MESSAGE_NOT_FOUND', 'no such message', { commit })
    const displayed = await this.local.read<Record<string, string>>(id, 'displayed.json', {})
    displayed[this.identity.uri] = commit
    await this.local.write(id, 'displayed.json', displayed)
    await this.account?.displayed(id, commit)
  }

  /** getConversationPreferences. */
  async getPreferences (id: string): Promise<Preferences> {
    await this.live(id)
    return await this.local.read<Preferences>(id, 'preferences.json', {})
  }

  /** setConversationPreferences: merged into the stored ones. */
  async setPreferences (id: string, prefs: Preferences): Promise<Preferences> {
    await this.live(id)
    if (prefs.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(prefs.color)) throw new InvalidInputError('COLOR_INVALID', 'color is #RRGGBB', { color: prefs.color })
    const merged = { ...await this.local.read<Preferences>(id, 'preferences.json', {}), ...Object.fromEntries(Object.entries(prefs).filter(([, v]) => v !== undefined)) }
    await this.local.write(id, 'preferences.json', merged)
    await this.account?.preferences(id, merged)
    this.publish({ event: 'ConversationPreferencesUpdated', conversationId: id, preferences: merged })
    return merged
  }
}
