import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@skarm/errors'
import { GitRepo, type StoredCommit } from './git/repo.ts'
import { writeSignedCommit, type Signer } from './git/sign.ts'
import type { FlatTree } from './git/tree.ts'
import { Mutex } from './mutex.ts'
import {
  MODES, adminPath, bannedPath, crlPath, devicePath, invitedPath, kindOf, bannedKindOf, kindPath, memberPath, rolesOf, votePath, votesFor, PROFILE_PATH,
  type MemberKind, type ModeName
} from './layout.ts'

/** A signer that also carries the certificates it adds to a repository. */
export interface ConversationSigner extends Signer {
  accountCert: string
  deviceCert: string
  /** The account's CRL, published under /CRLs when present. */
  crl?: string
}

/**
 * Called with a written (not yet referenced) commit before the branch moves to it; throws to
 * refuse it. The store passes the validator here, so a local write obeys exactly the rules
 * every peer will check (SPEC.md §5) and a refused write leaves the branch untouched.
 */
export type CommitCheck = (repo: GitRepo, commit: string) => Promise<void>

/** A commit's message as a JSON object with a `type`. */
export type CommitMessage = { type: string } & Record<string, unknown>

/** Ban, unban and promote: the actions admins vote on (SPEC.md §6). */
export type VoteAction = 'ban' | 'unban' | 'promote'

const TEXT_LIKE = new Set(['text/plain', 'application/edited-message', 'application/data-transfer+json', 'application/call-history+json'])

function sameTree (a: FlatTree, b: FlatTree): boolean {
  if (a.size !== b.size) return false
  for (const [path, e] of b) {
    const o = a.get(path)
    if (o === undefined || o.oid !== e.oid || o.mode !== e.mode) return false
  }
  return true
}

/** True when something exists at `path`. */
export async function exists (path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** A mode name or number, checked. */
export function modeNumber (mode: ModeName): number {
  const n = MODES.indexOf(mode)
  if (n < 0) throw new InvalidInputError('MODE_INVALID', 'unknown conversation mode', { mode })
  return n
}

/** One conversation repository at `DATA/conversations/<id>`; writes are serialized. */
export class Conversation {
  readonly id: string
  readonly repo: GitRepo
  private readonly lock = new Mutex()
  private modeCache: ModeName | undefined

  private constructor (repo: GitRepo, id: string) {
    this.repo = repo
    this.id = id
  }

  /** The repository directory. */
  get dir (): string {
    return this.repo.gitdir
  }

  /**
   * Creates a conversation: its initial commit (SPEC.md §4) is written in a temporary
   * directory that is renamed to `<conversationsDir>/<id>` once complete. `taken` names ids
   * that must not be reused (e.g. a removed conversation whose local state remains).
   */
  static async create (conversationsDir: string, signer: ConversationSigner, opts: { mode: ModeName, invited?: string, timestamp?: number, taken?: (id: string) => Promise<boolean> }): Promise<Conversation> {
    const mode = modeNumber(opts.mode)
    if ((opts.invited !== undefined) !== (opts.mode === 'ONE_TO_ONE')) {
      throw new InvalidInputError('INVITED_INVALID', 'a ONE_TO_ONE conversation names exactly one invited peer, other modes none')
    }
    if (opts.invited === signer.uri) throw new InvalidInputError('INVITED_INVALID', 'cannot invite oneself')
    await mkdir(conversationsDir, { recursive: true })
    const tmp = join(conversationsDir, `.tmp-${randomBytes(8).toString('hex')}`)
    try {
      const repo = await GitRepo.init(tmp)
      const tree: FlatTree = new Map()
      tree.set(adminPath(signer.uri), await repo.writeBlobEntry(signer.accountCert))
      tree.set(devicePath(signer.deviceId), await repo.writeBlobEntry(signer.deviceCert))
      if (signer.crl !== undefined) tree.set(crlPath(signer.uri, signer.deviceId), await repo.writeBlobEntry(signer.crl))
      if (opts.invited !== undefined) tree.set(invitedPath(opts.invited), await repo.writeBlobEntry(''))
      const message: CommitMessage = opts.invited === undefined ? { type: 'initial', mode } : { type: 'initial', mode, invited: opts.invited }
      const treeOid = await repo.writeTreeFlat(tree)
      // Ed25519 signatures are deterministic: two conversations of one mode created by one
      // device within a second would get the same id. The timestamp (informative only) moves
      // on by a second until the id is new.
      const base = opts.timestamp ?? Math.floor(Date.now() / 1000)
      for (let attempt = 0; ; attempt++) {
        const oid = await writeSignedCommit(repo, signer, { tree: treeOid, parents: [], message: JSON.stringify(message) + '\n', timestamp: base + attempt })
        const final = join(conversationsDir, oid)
        if (await exists(final) || (opts.taken !== undefined && await opts.taken(oid))) continue
        await repo.setHead(oid)
        try {
          await rename(tmp, final)
        } catch (err) {
          // another creation took this id between the check and the rename
          if ((err as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (err as NodeJS.ErrnoException).code === 'EEXIST') continue
          throw err
        }
        return new Conversation(new GitRepo(final), oid)
      }
    } catch (err) {
      await rm(tmp, { recursive: true, force: true })
      throw err
    }
  }

  /** Opens an existing conversation repository; CONVERSATION_NOT_FOUND when absent. */
  static async open (dir: string): Promise<Conversation> {
    const id = basename(dir)
    try {
      await stat(join(dir, 'HEAD'))
    } catch (err) {
      throw new NotFoundError('CONVERSATION_NOT_FOUND', 'no such conversation', { id }, { cause: err })
    }
    const repo = new GitRepo(dir)
    if (await repo.head() === null) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'conversation has no history', { id })
    return new Conversation(repo, id)
  }

  /** The current head commit. */
  async head (): Promise<string> {
    const h = await this.repo.head()
    if (h === null) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'conversation has no history', { id: this.id })
    return h
  }

  /** The flat tree at a commit (default: head). */
  async tree (commit?: string): Promise<FlatTree> {
    const c = await this.repo.readCommit(commit ?? await this.head())
    return await this.repo.readTreeFlat(c.tree)
  }

  /** The mode, from the initial commit (whose id is the conversation id). */
  async mode (): Promise<ModeName> {
    if (this.modeCache === undefined) {
      const initial = await this.repo.readCommit(this.id)
      const msg = JSON.parse(initial.message) as { mode?: number }
      const mode = MODES[msg.mode ?? -1]
      if (mode === undefined) throw new InvalidInputError('MODE_INVALID', 'initial commit has no valid mode', { id: this.id })
      this.modeCache = mode
    }
    return this.modeCache
  }

  /**
   * The one write path: under the conversation's lock, `build` edits a copy of the head tree
   * and returns the message; the commit is signed and written, `check` may refuse it, and
   * only then does the branch move (objects first, ref last).
   */
  async write (signer: ConversationSigner, build: (tree: FlatTree, head: StoredCommit) => Promise<CommitMessage> | CommitMessage, check?: CommitCheck): Promise<string> {
    return await this.lock.run(async () => {
      const headOid = await this.head()
      const head = await this.repo.readCommit(headOid)
      const before = await this.repo.readTreeFlat(head.tree)
      const tree = new Map(before)
      const message = await build(tree, head)
      // Most commits (messages) change no file: reuse the parent's tree instead of rewriting it.
      const treeOid = sameTree(before, tree) ? head.tree : await this.repo.writeTreeFlat(tree)
      const oid = await writeSignedCommit(this.repo, signer, { tree: treeOid, parents: [headOid], message: JSON.stringify(message) + '\n' })
      if (check !== undefined) await check(this.repo, oid)
      await this.repo.setHead(oid)
      return oid
    })
  }

  // Every commit may add the signer's own device certificate when missing (a device added to
  // the account later); text-like commits may add its CRL too.
  private async ensureOwnDevice (tree: FlatTree, signer: ConversationSigner): Promise<void> {
    if (!tree.has(devicePath(signer.deviceId))) tree.set(devicePath(signer.deviceId), await this.repo.writeBlobEntry(signer.deviceCert))
  }

  private async ensureOwnFiles (tree: FlatTree, signer: ConversationSigner): Promise<void> {
    await this.ensureOwnDevice(tree, signer)
    if (signer.crl !== undefined && !tree.has(crlPath(signer.uri, signer.deviceId))) tree.set(crlPath(signer.uri, signer.deviceId), await this.repo.writeBlobEntry(signer.crl))
  }

  /** A message commit of a non-file-modifying type (`text/plain`, edits, data-transfer, call-history). */
  async sendMessage (signer: ConversationSigner, message: CommitMessage, check?: CommitCheck): Promise<string> {
    if (!TEXT_LIKE.has(message.type)) throw new InvalidInputError('MESSAGE_TYPE_INVALID', 'not a message type', { type: message.type })
    return await this.write(signer, async (tree) => {
      await this.ensureOwnFiles(tree, signer)
      return message
    }, check)
  }

  /**
   * Several message commits in one write: a chain on top of the head, each checked, the
   * branch moved once at the end. A message that fails (its check, its type) is answered with
   * its error and left out; the others still go in. The answers are in the order given.
   */
  async sendMessages (signer: ConversationSigner, messages: CommitMessage[], check?: CommitCheck): Promise<Array<string | Error>> {
    return await this.lock.run(async () => {
      let headOid = await this.head()
      let headTree = (await this.repo.readCommit(headOid)).tree
      let before = await this.repo.readTreeFlat(headTree)
      const out: Array<string | Error> = []
      const start = headOid
      for (const message of messages) {
        try {
          if (!TEXT_LIKE.has(message.type)) throw new InvalidInputError('MESSAGE_TYPE_INVALID', 'not a message type', { type: message.type })
          const tree = new Map(before)
          await this.ensureOwnFiles(tree, signer)
          const treeOid = sameTree(before, tree) ? headTree : await this.repo.writeTreeFlat(tree)
          const oid = await writeSignedCommit(this.repo, signer, { tree: treeOid, parents: [headOid], message: JSON.stringify(message) + '\n' })
          if (check !== undefined) await check(this.repo, oid)
          out.push(oid)
          headOid = oid
          headTree = treeOid
          before = tree
        } catch (err) {
          out.push(err as Error)
        }
      }
      if (headOid !== start) await this.repo.setHead(headOid)
      return out
    })
  }

  /** `member`/`add`: invites `uri` (adds `/invited/<uri>`). */
  async addMember (signer: ConversationSigner, uri: string, check?: CommitCheck): Promise<string> {
    return await this.write(signer, async (tree) => {
      const roles = rolesOf(tree)
      if (kindOf(roles, uri) !== null) throw new ConflictError('MEMBER_EXISTS', 'already a member or invited', { uri })
      if (bannedKindOf(roles, uri) !== null) throw new ForbiddenError('MEMBER_BANNED', 'this account is banned: unban it first', { uri })
      await this.ensureOwnDevice(tree, signer)
      tree.set(invitedPath(uri), await this.repo.writeBlobEntry(''))
      return { type: 'member', uri, action: 'add' }
    }, check)
  }

  /** `member`/`join`: the signer accepts its invitation (or joins a PUBLIC conversation). */
  async join (signer: ConversationSigner, check?: CommitCheck): Promise<string> {
    return await this.write(signer, async (tree) => {
      tree.delete(invitedPath(signer.uri))
      tree.set(memberPath(signer.uri), await this.repo.writeBlobEntry(signer.accountCert))
      tree.set(devicePath(signer.deviceId), await this.repo.writeBlobEntry(signer.deviceCert))
      return { type: 'member', uri: signer.uri, action: 'join' }
    }, check)
  }

  /** `member`/`remove`: the signer leaves (removes only its own account's files). */
  async leave (signer: ConversationSigner, check?: CommitCheck): Promise<string> {
    return await this.write(signer, async (tree) => {
      await this.ensureOwnDevice(tree, signer)
      for (const p of [adminPath(signer.uri), memberPath(signer.uri), invitedPath(signer.uri)]) tree.delete(p)
      return { type: 'member', uri: signer.uri, action: 'remove' }
    }, check)
  }

  /** `application/update-profile`: replaces `/profile.vcf`. */
  async updateProfile (signer: ConversationSigner, vcard: string, check?: CommitCheck): Promise<string> {
    return await this.write(signer, async (tree) => {
      await this.ensureOwnDevice(tree, signer)
      tree.set(PROFILE_PATH, await this.repo.writeBlobEntry(vcard))
      return { type: 'application/update-profile' }
    }, check)
  }

  /** A `vote` commit by an admin against (or for) `target`. */
  async vote (signer: ConversationSigner, action: VoteAction, target: string, check?: CommitCheck): Promise<string> {
    return await this.write(signer, async (tree) => {
      const roles = rolesOf(tree)
      const kind = action === 'unban' ? bannedKindOf(roles, target) : kindOf(roles, target)
      if (kind === null) throw new NotFoundError('MEMBER_NOT_FOUND', action === 'unban' ? 'not banned' : 'not a member', { uri: target })
      if (action === 'promote' && kind !== 'members') throw new ConflictError('PROMOTE_INVALID', 'only a member can be promoted', { uri: target })
      const path = votePath(action, kind, target, signer.uri)
      if (tree.has(path)) throw new ConflictError('VOTE_EXISTS', 'already voted', { uri: target })
      await this.ensureOwnDevice(tree, signer)
      tree.set(path, await this.repo.writeBlobEntry(''))
      return { type: 'vote', uri: target, action }
    }, check)
  }

  /**
   * The `member` commit that resolves a vote with a majority (SPEC.md §6): ban moves the
   * target's file under `/banned`, unban moves it back, promote moves a member to admins;
   * the vote files for the target are removed.
   */
  async resolveVote (signer: ConversationSigner, action: VoteAction, target: string, check?: CommitCheck): Promise<string> {
    return await this.write(signer, async (tree) => {
      const roles = rolesOf(tree)
      const kind = action === 'unban' ? bannedKindOf(roles, target) : kindOf(roles, target)
      if (kind === null) throw new NotFoundError('MEMBER_NOT_FOUND', 'no such target', { uri: target })
      for (const voter of votesFor(tree, action, kind, target)) tree.delete(votePath(action, kind, target, voter))
      moveForAction(tree, action, kind, target)
      await this.ensureOwnDevice(tree, signer)
      return { type: 'member', uri: target, action }
    }, check)
  }

  /**
   * `application/revoke-device`: the signer's account revokes another of its devices in this
   * conversation. `crlPem` is the account's CRL (issued with the account key), revoking
   * `deviceId` and every device the signer's previous CRL here revoked; it is published at the
   * signer's own `/CRLs/<uri>/<device>.crl`. From then on the revoked device's commits are
   * refused (DEVICE_REVOKED), and those it made concurrently are void at the merge.
   * REVOKE_SELF for the signer's own device; DEVICE_ALREADY_REVOKED when that CRL is
   * published here already.
   */
  async revokeDevice (signer: ConversationSigner, deviceId: string, crlPem: string, check?: CommitCheck): Promise<string> {
    if (deviceId === signer.deviceId) throw new ForbiddenError('REVOKE_SELF', 'a device cannot revoke itself: revoke it from another device of the account', { deviceId })
    return await this.write(signer, async (tree) => {
      const path = crlPath(signer.uri, signer.deviceId)
      const entry = await this.repo.writeBlobEntry(crlPem)
      if (tree.get(path)?.oid === entry.oid) throw new ConflictError('DEVICE_ALREADY_REVOKED', 'this CRL is published in the conversation already', { deviceId })
      await this.ensureOwnDevice(tree, signer)
      tree.set(path, entry)
      return { type: 'application/revoke-device', device: deviceId }
    }, check)
  }

  /** True when strictly more than half of the admins at head voted `action` on `target`. */
  async voteResolves (action: VoteAction, target: string): Promise<boolean> {
    const tree = await this.tree()
    return voteHasMajority(tree, action, target)
  }
}

/** Moves a target's file for a resolved vote. */
export function moveForAction (tree: FlatTree, action: VoteAction, kind: MemberKind, target: string): void {
  const from = action === 'unban' ? bannedPath(kind, target) : kindPath(kind, target)
  const to = action === 'ban' ? bannedPath(kind, target) : action === 'unban' ? kindPath(kind, target) : adminPath(target)
  const entry = tree.get(from)
  if (entry === undefined) throw new NotFoundError('MEMBER_NOT_FOUND', 'target file missing', { uri: target })
  tree.delete(from)
  tree.set(to, entry)
}

/** Strictly more than 50 % of the admins of `tree` have a vote file for `action` on `target`. */
export function voteHasMajority (tree: FlatTree, action: VoteAction, target: string): boolean {
  const roles = rolesOf(tree)
  const kind = action === 'unban' ? bannedKindOf(roles, target) : kindOf(roles, target)
  if (kind === null || roles.admins.size === 0) return false
  const voters = votesFor(tree, action, kind, target).filter((v) => roles.admins.has(v))
  return voters.length * 2 > roles.admins.size
}
