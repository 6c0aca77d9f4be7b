import { basename } from 'node:path'
import {
  MODES, PROFILE_PATH, adminPath, bannedKindOf, bannedPath, crlPath, devicePath, diffFlat, invitedPath, kindOf, kindPath, memberPath, votePath, votesFor,
  type GitRepo, type StoredCommit, type TreeDiff
} from '@skarm/conversation'
import { isId } from '@skarm/identity'
import { EMPTY_BLOB, TEXT_LIKE_TYPES } from './constants.ts'
import { ValidationContext, isFailure, type AccountCert, type Authority, type ConversationInfo, type DeviceCert, type TreeState } from './context.ts'
import { accountCert, chainValid, deviceCert, revoked } from './certs.ts'
import { REVOKE_DEVICE, ensureGen, header, isAncestor } from './dag.ts'
import { CommitRejectedError, type RuleCode } from './errors.ts'
import { computeMerge } from './merge.ts'
import { ObjectError, ObjectReader } from './objects.ts'
import { checkCommitSignature } from './signature.ts'
import { treeState } from './trees.ts'

/** Finds the conversation's initial facts when a rule needs them (lazily: text needs none). */
export type ConversationResolver = () => Promise<ConversationInfo>

/** A commit message: a JSON object with a string `type`. */
type Message = { type: string } & Record<string, unknown>

/** One commit under validation. */
interface Job {
  r: ObjectReader
  ctx: ValidationContext
  c: StoredCommit
  /** Committer name: the account URI. */
  uri: string
  /** Committer email: the device id. */
  dev: string
  conv: ConversationResolver
}

interface FoundDevice {
  cert: DeviceCert
  blob: string
}

const NO_DIFF: TreeDiff = { added: [], removed: [], modified: [] }

function reject (j: Job, code: RuleCode, message: string): never {
  throw new CommitRejectedError(code, message, { commit: j.c.oid })
}

/**
 * Validates one commit against the rules of SPEC.md §5–6, reading its parent tree(s) from
 * `repo`. Throws a {@link CommitRejectedError} naming the rule broken; any malformed object is
 * a rejection, never a crash. Pass one long-lived `ctx` to validate many commits: it caches
 * certificates, CRLs, trees and the DAG.
 *
 * ```ts
 * const ctx = new ValidationContext()
 * await validateCommit(conv.repo, await conv.repo.readCommit(oid), ctx) // throws COMMIT_BAD_SIGNATURE, …
 * ```
 */
export async function validateCommit (repo: GitRepo, commit: StoredCommit, ctx: ValidationContext = new ValidationContext()): Promise<void> {
  const r = new ObjectReader(repo)
  const hint = basename(repo.gitdir)
  await checkCommit(r, ctx, commit, conversationResolver(r, ctx, commit, isId(hint) ? hint : undefined))
}

/** {@link validateCommit} on a reader, with a given way to find the conversation's facts. */
export async function checkCommit (r: ObjectReader, ctx: ValidationContext, c: StoredCommit, conv: ConversationResolver): Promise<void> {
  const j: Job = { r, ctx, c, uri: c.committer.name, dev: c.committer.email, conv }
  try {
    await check(j)
  } catch (err) {
    if (err instanceof ObjectError) throw new CommitRejectedError(err.code, err.message, { commit: c.oid, object: err.oid }, { cause: err })
    throw err
  }
}

/**
 * The facts of the conversation `commit` belongs to: from `hint` (a conversation id: the
 * repository folder is named after it) when that is a root commit here, else from the root
 * reached by walking the history.
 */
export function conversationResolver (r: ObjectReader, ctx: ValidationContext, commit: StoredCommit, hint?: string): ConversationResolver {
  let found: Promise<ConversationInfo> | undefined
  const resolve = async (): Promise<ConversationInfo> => {
    if (commit.parents.length === 0) return await conversationInfo(r, ctx, commit.oid)
    if (hint !== undefined) {
      const h = await header(r, ctx, hint).catch(() => null)
      if (h !== null && h.parents.length === 0) return await conversationInfo(r, ctx, hint)
    }
    await ensureGen(r, ctx, [commit.parents[0]!])
    return await conversationInfo(r, ctx, ctx.gens.get(commit.parents[0]!)!.root)
  }
  return async () => await (found ??= resolve())
}

/** Mode, creator and ONE_TO_ONE peer from an initial commit (cached per conversation). */
export async function conversationInfo (r: ObjectReader, ctx: ValidationContext, root: string): Promise<ConversationInfo> {
  const cached = ctx.conversations.get(root)
  if (cached !== undefined) return cached
  const c = await r.commit(root, ctx.limits.maxCommitBytes)
  let msg: Record<string, unknown> = {}
  try {
    msg = JSON.parse(c.message)
  } catch {}
  const mode = typeof msg.mode === 'number' ? MODES[msg.mode] : undefined
  if (c.parents.length !== 0 || msg.type !== 'initial' || mode === undefined) {
    throw new CommitRejectedError('INITIAL_BAD_MODE', `the history starts at ${root}, which is not a valid initial commit`, { commit: root })
  }
  const info: ConversationInfo = { id: root, mode, creator: c.committer.name }
  if (mode === 'ONE_TO_ONE' && typeof msg.invited === 'string') info.peer = msg.invited
  ctx.conversations.set(root, info)
  return info
}

async function check (j: Job): Promise<void> {
  const { c, ctx } = j
  if (Buffer.byteLength(c.raw, 'utf8') > ctx.limits.maxCommitBytes) reject(j, 'COMMIT_TOO_LARGE', `the commit is larger than ${ctx.limits.maxCommitBytes} bytes`)
  if (c.gpgsig === undefined) reject(j, 'COMMIT_UNSIGNED', 'the commit is not signed')
  if (!isId(j.uri) || !isId(j.dev) || c.author.name !== j.uri || c.author.email !== j.dev) {
    reject(j, 'COMMIT_BAD_AUTHOR', 'author and committer must both be `<account URI> <device id>`')
  }
  if (c.parents.length > 2 || (c.parents.length === 2 && c.parents[0] === c.parents[1])) reject(j, 'COMMIT_BAD_PARENTS', 'a commit has at most two distinct parents')
  if (c.parents.length === 0) await checkInitial(j)
  else if (c.parents.length === 2) await checkMerge(j)
  else await checkSingle(j)
}

// ---------------------------------------------------------------- signer

async function findDevice (j: Job, trees: TreeState[], bannedAt: TreeState, unknown: RuleCode = 'DEVICE_UNKNOWN'): Promise<FoundDevice> {
  if (bannedAt.banned.has(j.dev)) reject(j, 'DEVICE_BANNED', `device ${j.dev} is banned from this conversation`)
  const path = devicePath(j.dev)
  const entry = trees.map((t) => t.flat.get(path)).find((e) => e !== undefined)
  if (entry === undefined) reject(j, unknown, `device ${j.dev} has no certificate under /devices`)
  const cert = await deviceCert(j.r, j.ctx, entry.oid)
  if (isFailure(cert)) reject(j, cert.failure, cert.message)
  if (cert.info.id !== j.dev) reject(j, 'CERT_INVALID', `the certificate at /${path} is the one of device ${cert.info.id}`)
  return { cert, blob: entry.oid }
}

function checkSignature (j: Job, device: FoundDevice, wrongKey: RuleCode = 'COMMIT_BAD_SIGNATURE'): void {
  switch (checkCommitSignature(j.c, device.cert.key, device.cert.rawKey)) {
    case 'ok': return
    case 'missing': return reject(j, 'COMMIT_UNSIGNED', 'the commit is not signed')
    case 'malformed': return reject(j, 'COMMIT_BAD_SIGNATURE', 'the signature is not an SSHSIG of namespace git with sha512')
    case 'wrong-key': return reject(j, wrongKey, `the commit is signed by another key than the one of device ${j.dev}`)
    case 'bad': return reject(j, 'COMMIT_BAD_SIGNATURE', `the signature of device ${j.dev} does not verify: the commit was changed after signing, or forged`)
  }
}

/** Account checks: not banned, admin or member at `accountAt`, chain verified, not revoked. */
async function checkAccount (j: Job, accountAt: TreeState, bannedAt: TreeState, device: FoundDevice, crlAt: TreeState, chainRule: RuleCode = 'CERT_CHAIN_INVALID'): Promise<Authority> {
  const { uri } = j
  if (bannedAt.banned.has(uri)) reject(j, 'AUTHOR_BANNED', `account ${uri} is banned from this conversation`)
  const path = accountAt.flat.has(adminPath(uri)) ? adminPath(uri) : memberPath(uri)
  const entry = accountAt.flat.get(path)
  if (entry === undefined) reject(j, 'AUTHOR_NOT_MEMBER', `account ${uri} is neither an admin nor a member`)
  const account = await accountCert(j.r, j.ctx, entry.oid)
  if (isFailure(account)) reject(j, account.failure, account.message)
  if (account.info.id !== uri) reject(j, 'CERT_INVALID', `the certificate at /${path} is the one of account ${account.info.id}`)
  if (!chainValid(j.ctx, device.cert, device.blob, account, entry.oid)) reject(j, chainRule, `device ${j.dev} is not certified by account ${uri}`)
  for (const crl of crlAt.crls.get(uri) ?? []) await checkNotRevoked(j, crl, device.cert, account, entry.oid)
  return { uri, deviceId: j.dev, device: device.cert, deviceBlob: device.blob, account, accountBlob: entry.oid }
}

async function checkNotRevoked (j: Job, crlBlob: string, device: DeviceCert, account: AccountCert, accountBlob: string): Promise<void> {
  const set = await revoked(j.r, j.ctx, crlBlob, account, accountBlob)
  if (isFailure(set)) reject(j, set.failure, set.message)
  if (set.has(device.info.serialNumber)) reject(j, 'DEVICE_REVOKED', `device ${j.dev} is revoked by the CRL of account ${j.uri}`)
}

function parseMessage (j: Job): Message {
  let m: unknown
  try {
    m = JSON.parse(j.c.message)
  } catch {
    reject(j, 'COMMIT_NOT_JSON', 'the commit message is not JSON')
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m) || typeof (m as Message).type !== 'string') {
    reject(j, 'COMMIT_NOT_JSON', 'the commit message is not a JSON object with a string `type`')
  }
  return m as Message
}

// ---------------------------------------------------------------- fields

function field (j: Job, m: Message, name: string): string {
  const v = m[name]
  if (typeof v !== 'string') reject(j, 'COMMIT_BAD_FIELD', `a ${m.type} message needs a string \`${name}\``)
  return v
}

function idField (j: Job, m: Message, name: string): string {
  const v = m[name]
  if (!isId(v)) reject(j, 'COMMIT_BAD_FIELD', `\`${name}\` of a ${m.type} message must be 40 lowercase hex characters`)
  return v
}

function optional (j: Job, m: Message, name: string, ok: (v: unknown) => boolean, what: string): void {
  if (m[name] !== undefined && !ok(m[name])) reject(j, 'COMMIT_BAD_FIELD', `\`${name}\` of a ${m.type} message must be ${what}`)
}

const isCount = (v: unknown): boolean => (typeof v === 'string' && /^\d{1,16}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
const COMMIT_ID = /^[0-9a-f]{40}$/
const SHA3_512 = /^[0-9a-fA-F]{128}$/

function expectDiff (j: Job, diff: TreeDiff, want: { added?: string[], removed?: string[], modified?: string[] }, rule: RuleCode, what: string): void {
  for (const kind of ['added', 'removed', 'modified'] as const) {
    const expected = new Set(want[kind] ?? [])
    for (const p of diff[kind]) if (!expected.has(p)) reject(j, rule, `${what} must not have ${kind} /${p}`)
    const actual = new Set(diff[kind])
    for (const p of expected) if (!actual.has(p)) reject(j, rule, `${what} must have ${kind} /${p}`)
  }
}

// ---------------------------------------------------------------- 0 parents

const INITIAL_PATH = /^(?:admins\/([0-9a-f]{40})\.crt|devices\/([0-9a-f]{40})\.crt|invited\/([0-9a-f]{40})|CRLs\/([0-9a-f]{40})\/[0-9a-f]{40}\.crl)$/

async function checkInitial (j: Job): Promise<void> {
  const own = await treeState(j.r, j.ctx, j.c.tree)
  const device = await findDevice(j, [own], own, 'INITIAL_WRONG_SIGNER')
  checkSignature(j, device, 'INITIAL_WRONG_SIGNER')
  const m = parseMessage(j)
  if (m.type !== 'initial') reject(j, 'COMMIT_BAD_PARENTS', `a ${m.type} commit without parents: only the initial commit has none`)
  const admins: string[] = []
  const devices: string[] = []
  const invited: string[] = []
  for (const path of own.flat.keys()) {
    const match = INITIAL_PATH.exec(path)
    if (match === null) reject(j, 'INITIAL_EXTRA_FILE', `the initial commit must not hold /${path}`)
    if (match[1] !== undefined) admins.push(match[1])
    else if (match[2] !== undefined) devices.push(match[2])
    else if (match[3] !== undefined) invited.push(match[3])
    else if (match[4] !== j.uri) reject(j, 'INITIAL_EXTRA_FILE', `the initial commit holds a CRL of another account: /${path}`)
  }
  if (admins.length > 1 || devices.length > 1) reject(j, 'INITIAL_EXTRA_FILE', 'the initial commit holds exactly one admin and one device certificate')
  if (admins[0] !== j.uri || devices[0] !== j.dev) reject(j, 'INITIAL_WRONG_SIGNER', `the initial commit must be signed by a device of the admin it adds (signer: account ${j.uri}, device ${j.dev})`)
  const mode = m.mode
  if (typeof mode !== 'number' || !Number.isInteger(mode) || mode < 0 || mode >= MODES.length) reject(j, 'INITIAL_BAD_MODE', 'the initial commit needs a `mode` of 0 (ONE_TO_ONE), 1 (ADMIN_INVITES_ONLY), 2 (INVITES_ONLY) or 3 (PUBLIC)')
  if (MODES[mode] === 'ONE_TO_ONE') {
    const peer = m.invited
    if (!isId(peer) || peer === j.uri || invited.length !== 1 || invited[0] !== peer || own.flat.get(invitedPath(peer))!.oid !== EMPTY_BLOB) {
      reject(j, 'INITIAL_BAD_INVITED', 'a ONE_TO_ONE initial commit names one other peer in `invited` and adds its empty /invited file')
    }
  } else if (m.invited !== undefined || invited.length > 0) {
    reject(j, 'INITIAL_BAD_INVITED', 'only a ONE_TO_ONE initial commit invites')
  }
  await checkAccount(j, own, own, device, own)
}

// ---------------------------------------------------------------- 2 parents

async function checkMerge (j: Job): Promise<void> {
  const own = await treeState(j.r, j.ctx, j.c.tree)
  const device = await findDevice(j, [own], own)
  checkSignature(j, device)
  const m = parseMessage(j)
  if (m.type !== 'merge') reject(j, 'MERGE_BAD_TYPE', `a commit with two parents is a merge, not ${JSON.stringify(m.type.slice(0, 60))}`)
  const expected = await computeMerge(j.r, j.ctx, j.c.parents[0]!, j.c.parents[1]!)
  checkVoided(j, m.voided, expected.voided)
  const d = diffFlat(expected.tree, own.flat)
  // the one file of its own a merge may hold: its signer's device certificate, when the merge
  // of the parents lacks it (a device that never wrote here merges first)
  const path = d.added.find((p) => p !== devicePath(j.dev)) ?? d.removed[0] ?? d.modified[0]
  if (path !== undefined) {
    const how = d.added.includes(path) ? 'adds' : d.removed.includes(path) ? 'drops' : 'changes'
    reject(j, 'MERGE_OWN_CONTENT', `the merge ${how} /${path}: a merge holds exactly the deterministic merge of its parents`)
  }
  await checkAccount(j, own, own, device, own)
}

/** The merge message names exactly the merge's void commits: absent when none, else sorted. */
function checkVoided (j: Job, listed: unknown, expected: string[]): void {
  if (listed === undefined && expected.length === 0) return
  const ok = Array.isArray(listed) && listed.length === expected.length && listed.length > 0 && listed.every((v, i) => v === expected[i])
  if (ok) return
  const want = expected.length === 0 ? 'no `voided` list (it voids no commit)' : `\`voided\`: ${JSON.stringify(expected.length > 4 ? [...expected.slice(0, 4), '…'] : expected)}`
  reject(j, 'MERGE_BAD_VOIDED', `the merge message must carry ${want}: the commits concurrent with a ban or revocation of their author, sorted`)
}

// ---------------------------------------------------------------- 1 parent

async function checkSingle (j: Job): Promise<void> {
  const { r, ctx, c } = j
  const parent = await treeState(r, ctx, (await header(r, ctx, c.parents[0]!)).tree)
  const own = c.tree === parent.oid ? parent : await treeState(r, ctx, c.tree)
  const diff = own === parent ? NO_DIFF : diffFlat(parent.flat, own.flat)

  // the signer at the parent, cached per tree: a replay of text messages costs a signature check
  const key = `${j.uri}/${j.dev}`
  const cached = parent.auth.get(key)
  const hit = cached !== undefined && !isFailure(cached) ? cached : undefined
  const device = hit !== undefined ? { cert: hit.device, blob: hit.deviceBlob } : await findDevice(j, [parent, own], parent)
  checkSignature(j, device)
  const m = parseMessage(j)
  if (m.type === 'member' && m.action === 'join') return await checkJoin(j, m, parent, own, diff, device)
  let auth = hit
  if (auth === undefined) {
    auth = await checkAccount(j, parent, parent, device, parent)
    if (parent.flat.get(devicePath(j.dev))?.oid === device.blob) parent.auth.set(key, auth)
  }
  // Every type may add the signer's own device certificate when the parent lacks it (a device
  // added to the account later: its first commit here may be of any type). The certificate was
  // checked above: it names the device, verifies the signature and chains to the account.
  const d = diff.added.length > 0 && diff.added.includes(devicePath(j.dev)) ? { ...diff, added: diff.added.filter((p) => p !== devicePath(j.dev)) } : diff

  if (TEXT_LIKE_TYPES.has(m.type)) return await checkTextLike(j, m, own, d, auth)
  switch (m.type) {
    case 'vote': return await checkVote(j, m, parent, own, d)
    case 'member': return await checkMember(j, m, parent, own, d)
    case 'application/update-profile': return await checkProfile(j, parent, own, d)
    case REVOKE_DEVICE: return await checkRevoke(j, m, parent, own, d, auth)
    case 'initial': return reject(j, 'COMMIT_BAD_PARENTS', 'the initial commit has no parent')
    case 'merge': return reject(j, 'COMMIT_BAD_PARENTS', 'a merge commit has two parents')
    default: return reject(j, 'COMMIT_UNKNOWN_TYPE', `unknown message type ${JSON.stringify(m.type.slice(0, 60))}`)
  }
}

async function checkTextLike (j: Job, m: Message, own: TreeState, diff: TreeDiff, auth: Authority): Promise<void> {
  switch (m.type) {
    case 'text/plain':
      field(j, m, 'body')
      optional(j, m, 'react-to', (v) => typeof v === 'string' && COMMIT_ID.test(v), 'a commit id')
      break
    case 'application/edited-message':
      field(j, m, 'body')
      await checkEditTarget(j, idField(j, m, 'edit'))
      break
    case 'application/data-transfer+json':
      if (field(j, m, 'tid') === '') reject(j, 'COMMIT_BAD_FIELD', 'a data-transfer message needs a non-empty `tid`')
      field(j, m, 'displayName')
      if (!isCount(m.totalSize)) reject(j, 'COMMIT_BAD_FIELD', '`totalSize` of a data-transfer message must be a non-negative integer')
      if (!SHA3_512.test(field(j, m, 'sha3sum'))) reject(j, 'COMMIT_BAD_FIELD', '`sha3sum` of a data-transfer message must be a SHA3-512 in hex')
      break
    case 'application/call-history+json':
      if (m.to !== undefined) idField(j, m, 'to')
      else {
        idField(j, m, 'uri')
        idField(j, m, 'device')
        field(j, m, 'confId')
      }
      optional(j, m, 'duration', isCount, 'a non-negative integer (milliseconds)')
      break
  }
  // only the author's own device certificate (taken out of `diff` by the caller) and CRL, when missing at the parent
  if (diff.removed.length > 0 || diff.modified.length > 0) {
    reject(j, 'COMMIT_UNEXPECTED_FILE', `a ${m.type} commit changes no file, but this one ${diff.removed.length > 0 ? 'removes' : 'modifies'} /${diff.removed[0] ?? diff.modified[0]}`)
  }
  for (const path of diff.added) {
    if (path === crlPath(j.uri, j.dev)) {
      await checkNotRevoked(j, own.flat.get(path)!.oid, auth.device, auth.account, auth.accountBlob)
      continue
    }
    reject(j, 'COMMIT_UNEXPECTED_FILE', `a ${m.type} commit may only add its author's own device certificate and CRL, not /${path}`)
  }
}

async function checkEditTarget (j: Job, target: string): Promise<void> {
  const bad = (why: string): never => reject(j, 'EDIT_BAD_TARGET', `the edited message ${target} ${why}`)
  let t: StoredCommit
  try {
    t = await j.r.commit(target, j.ctx.limits.maxCommitBytes)
  } catch (err) {
    if (err instanceof ObjectError) bad('is not in the history')
    throw err
  }
  let type: unknown
  try {
    type = JSON.parse(t.message).type
  } catch {}
  if (type !== 'text/plain') bad('is not a text/plain message')
  if (t.committer.name !== j.uri) bad('was written by another account')
  if (!await isAncestor(j.r, j.ctx, target, j.c.parents[0]!)) bad('is not an earlier commit of this history')
}

async function checkVote (j: Job, m: Message, parent: TreeState, own: TreeState, diff: TreeDiff): Promise<void> {
  const action = field(j, m, 'action')
  if (action !== 'ban' && action !== 'unban' && action !== 'promote') reject(j, 'COMMIT_BAD_FIELD', 'a vote `action` is ban, unban or promote')
  const target = idField(j, m, 'uri')
  if (!parent.admins.has(j.uri)) reject(j, 'VOTE_NOT_ADMIN', `account ${j.uri} is not an admin: only admins vote`)
  if (target === j.uri || target === j.dev) reject(j, 'VOTE_ON_SELF', 'an admin cannot vote on itself')
  if (action === 'promote' && (await j.conv()).mode === 'ONE_TO_ONE') reject(j, 'PROMOTE_ONE_TO_ONE', 'a ONE_TO_ONE conversation has no promotions')
  const kind = action === 'unban' ? bannedKindOf(parent.roles, target) : kindOf(parent.roles, target)
  if (kind === null) reject(j, 'VOTE_TARGET_UNKNOWN', action === 'unban' ? `${target} is not banned` : `${target} is not in the conversation`)
  if (action === 'promote' && kind !== 'members') reject(j, 'PROMOTE_NOT_MEMBER', `${target} is not a (non-admin) member`)
  const path = votePath(action, kind, target, j.uri)
  if (diff.added.length !== 1 || diff.added[0] !== path || diff.removed.length > 0 || diff.modified.length > 0) {
    reject(j, 'VOTE_BAD_PATH', `a vote adds exactly /${path} (a new file) and changes nothing else`)
  }
  if (own.flat.get(path)!.oid !== EMPTY_BLOB) reject(j, 'VOTE_FILE_NOT_EMPTY', `the vote file /${path} must be empty`)
}

async function checkMember (j: Job, m: Message, parent: TreeState, own: TreeState, diff: TreeDiff): Promise<void> {
  const action = field(j, m, 'action')
  const target = idField(j, m, 'uri')
  switch (action) {
    case 'add': return await checkAdd(j, target, parent, own, diff)
    case 'remove': return checkRemove(j, target, own, diff)
    case 'ban': case 'unban': case 'promote': return await checkResolution(j, action, target, parent, own, diff)
    default: return reject(j, 'COMMIT_BAD_FIELD', `unknown member action ${JSON.stringify(action.slice(0, 40))}`)
  }
}

async function checkAdd (j: Job, target: string, parent: TreeState, own: TreeState, diff: TreeDiff): Promise<void> {
  const conv = await j.conv()
  if (conv.mode === 'ADMIN_INVITES_ONLY' && !parent.admins.has(j.uri)) reject(j, 'ADD_NOT_ADMIN', `account ${j.uri} is not an admin: in an ADMIN_INVITES_ONLY conversation only admins invite`)
  if (conv.mode === 'ONE_TO_ONE' && target !== conv.creator && target !== conv.peer) reject(j, 'ONE_TO_ONE_FULL', `${target} is not one of the two participants of this ONE_TO_ONE conversation`)
  const { roles } = parent
  if (roles.admins.has(target) || roles.members.has(target) || roles.invited.has(target)) reject(j, 'ADD_ALREADY_MEMBER', `${target} is already in the conversation`)
  if (parent.banned.has(target)) reject(j, 'ADD_TARGET_BANNED', `${target} is banned: unban it first`)
  const path = invitedPath(target)
  expectDiff(j, diff, { added: [path] }, 'COMMIT_UNEXPECTED_FILE', 'an add')
  if (own.flat.get(path)!.oid !== EMPTY_BLOB) reject(j, 'COMMIT_UNEXPECTED_FILE', `the invitation file /${path} must be empty`)
}

async function checkJoin (j: Job, m: Message, parent: TreeState, own: TreeState, diff: TreeDiff, device: FoundDevice): Promise<void> {
  const target = idField(j, m, 'uri')
  if (target !== j.uri) reject(j, 'JOIN_WRONG_DEVICE', `a join of ${target} is signed by a device of account ${j.uri}`)
  if (parent.banned.has(j.uri)) reject(j, 'AUTHOR_BANNED', `account ${j.uri} is banned from this conversation`)
  if (parent.roles.admins.has(j.uri) || parent.roles.members.has(j.uri)) reject(j, 'JOIN_ALREADY_MEMBER', `account ${j.uri} is already in the conversation`)
  const invited = parent.flat.has(invitedPath(j.uri))
  if (!invited && (await j.conv()).mode !== 'PUBLIC') reject(j, 'JOIN_NOT_INVITED', `account ${j.uri} is not invited`)
  const added = [memberPath(j.uri)]
  if (!parent.flat.has(devicePath(j.dev))) added.push(devicePath(j.dev))
  expectDiff(j, diff, { added, removed: invited ? [invitedPath(j.uri)] : [] }, 'COMMIT_UNEXPECTED_FILE', 'a join')
  await checkAccount(j, own, parent, device, parent, 'JOIN_WRONG_DEVICE')
}

function checkRemove (j: Job, target: string, own: TreeState, diff: TreeDiff): void {
  if (target !== j.uri) reject(j, 'REMOVE_OTHER_ACCOUNT', `account ${j.uri} cannot remove ${target}: a remove only takes the signer's own account out`)
  if (diff.added.length > 0 || diff.modified.length > 0) reject(j, 'COMMIT_UNEXPECTED_FILE', `a remove only removes files, but this one ${diff.added.length > 0 ? 'adds' : 'modifies'} /${diff.added[0] ?? diff.modified[0]}`)
  const mine = new Set([adminPath(j.uri), memberPath(j.uri), invitedPath(j.uri)])
  for (const path of diff.removed) {
    if (!mine.has(path) && !path.startsWith(`CRLs/${j.uri}/`)) reject(j, 'REMOVE_OTHER_ACCOUNT', `a remove only takes the signer's own files out, not /${path}`)
  }
  if (own.flat.has(adminPath(j.uri)) || own.flat.has(memberPath(j.uri))) reject(j, 'REMOVE_INCOMPLETE', "a remove takes the signer's admin or member certificate out")
}

async function checkResolution (j: Job, action: 'ban' | 'unban' | 'promote', target: string, parent: TreeState, own: TreeState, diff: TreeDiff): Promise<void> {
  const A = action.toUpperCase() as 'BAN' | 'UNBAN' | 'PROMOTE'
  if (!parent.admins.has(j.uri)) reject(j, `${A}_NOT_ADMIN`, `account ${j.uri} is not an admin`)
  if (action === 'promote' && (await j.conv()).mode === 'ONE_TO_ONE') reject(j, 'PROMOTE_ONE_TO_ONE', 'a ONE_TO_ONE conversation has no promotions')
  const kind = action === 'unban' ? bannedKindOf(parent.roles, target) : kindOf(parent.roles, target)
  if (action === 'promote') {
    if (kind !== 'members') reject(j, 'PROMOTE_NOT_MEMBER', `${target} is not a (non-admin) member`)
  } else if (kind === null) {
    reject(j, `${A as 'BAN' | 'UNBAN'}_TARGET_UNKNOWN`, action === 'unban' ? `${target} is not banned` : `${target} is not in the conversation`)
  }
  const voters = votesFor(parent.flat, action, kind, target)
  const votes = voters.filter((v) => parent.admins.has(v)).length
  if (votes * 2 <= parent.admins.size) reject(j, `${A}_NO_MAJORITY`, `${votes} of ${parent.admins.size} admins voted to ${action} ${target}: more than half must`)
  const from = action === 'unban' ? bannedPath(kind, target) : kindPath(kind, target)
  const to = action === 'ban' ? bannedPath(kind, target) : action === 'unban' ? kindPath(kind, target) : adminPath(target)
  expectDiff(j, diff, { added: [to], removed: [from, ...voters.map((v) => votePath(action, kind, target, v))] }, 'COMMIT_UNEXPECTED_FILE', `a ${action}`)
  if (own.flat.get(to)!.oid !== parent.flat.get(from)!.oid) reject(j, 'COMMIT_UNEXPECTED_FILE', `a ${action} moves /${from} to /${to} unchanged`)
}

async function checkProfile (j: Job, parent: TreeState, own: TreeState, diff: TreeDiff): Promise<void> {
  if (!parent.admins.has(j.uri)) reject(j, 'PROFILE_NOT_ADMIN', `account ${j.uri} is not an admin: only admins update the profile`)
  for (const path of [...diff.added, ...diff.removed, ...diff.modified]) {
    if (path !== PROFILE_PATH) reject(j, 'PROFILE_EXTRA_FILE', `a profile update changes /${PROFILE_PATH} only, not /${path}`)
  }
  const entry = own.flat.get(PROFILE_PATH)
  if (entry !== undefined) await j.r.read(entry.oid, 'blob', j.ctx.limits.maxProfileBytes)
}

/**
 * `application/revoke-device`: the signer's account revokes another of its devices by
 * publishing its updated CRL at the signer's own path (README.md, "Device revocation").
 */
async function checkRevoke (j: Job, m: Message, parent: TreeState, own: TreeState, diff: TreeDiff, auth: Authority): Promise<void> {
  const target = idField(j, m, 'device')
  if (target === j.dev) reject(j, 'REVOKE_SELF', `device ${j.dev} cannot revoke itself: another device of the account does`)
  const path = crlPath(j.uri, j.dev)
  const before = parent.flat.get(path)
  expectDiff(j, diff, before === undefined ? { added: [path] } : { modified: [path] }, 'COMMIT_UNEXPECTED_FILE', 'a revocation')
  const now = await crlSerials(j, own.flat.get(path)!.oid, auth)
  if (now.has(auth.device.info.serialNumber)) reject(j, 'REVOKE_SELF', `the CRL revokes its own signer, device ${j.dev}`)
  if (before !== undefined) {
    // revocations are never undone: the new version keeps every serial of the previous one
    for (const serial of await crlSerials(j, before.oid, auth)) {
      if (!now.has(serial)) reject(j, 'REVOKE_BAD_CRL', `the new CRL at /${path} drops serial ${serial} that its previous version revoked`)
    }
  }
  const entry = parent.flat.get(devicePath(target)) ?? parent.flat.get(bannedPath('devices', target))
  if (entry === undefined) return // a device that never wrote here: the CRL speaks for it when it comes
  const cert = await deviceCert(j.r, j.ctx, entry.oid)
  if (isFailure(cert)) reject(j, cert.failure, cert.message)
  if (cert.info.id !== target || !chainValid(j.ctx, cert, entry.oid, auth.account, auth.accountBlob)) {
    reject(j, 'REVOKE_OTHER_ACCOUNT', `device ${target} is not a device of account ${j.uri}: an account revokes only its own devices`)
  }
  if (!now.has(cert.info.serialNumber)) reject(j, 'REVOKE_BAD_CRL', `the CRL does not revoke device ${target} (serial ${cert.info.serialNumber})`)
}

async function crlSerials (j: Job, blob: string, auth: Authority): Promise<Set<string>> {
  const set = await revoked(j.r, j.ctx, blob, auth.account, auth.accountBlob)
  if (isFailure(set)) reject(j, set.failure, set.message)
  return set
}
