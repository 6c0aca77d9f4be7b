// Test fixtures: real conversations written with @skarm/conversation, and forged commits
// written with the low-level API (writeTreeFlat + writeSignedCommit + setHead).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import {
  Conversation, GitRepo, writeSignedCommit,
  type ConversationSigner, type FlatTree, type ModeName, type Signer
} from '@skarm/conversation'
import { addDevice, createCrl, createIdentity, parseCertificate, type Identity } from '@skarm/identity'
import { mergeTree, validateCommit, ValidationContext, type RuleCode } from '../src/index.ts'

/** A person of the tests: an account with one device (ConversationSigner-compatible). */
export type Person = Identity & { crl?: string }

/** A new account with its first device. */
export async function person (name: string): Promise<Person> {
  return await createIdentity(name)
}

/** New accounts named `names`, each with its first device, made together. */
export async function persons<const N extends readonly string[]> (...names: N): Promise<{ -readonly [K in keyof N]: Person }> {
  return await Promise.all(names.map(async (name) => await person(name))) as { -readonly [K in keyof N]: Person }
}

/** Another device of the same account. */
export async function otherDevice (p: Person): Promise<Person> {
  return await addDevice(p)
}

/** The CRL of `p`'s account revoking the given devices. */
export async function crlRevoking (p: Person, ...devices: Person[]): Promise<string> {
  return await createCrl(p.account, p.accountCert, devices.map((d) => parseCertificate(d.deviceCert).serialNumber))
}

const dirs: string[] = []

/** A fresh temporary folder, removed by {@link cleanup}. */
export async function tmp (): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'skarm-validator-'))
  dirs.push(d)
  return d
}

/** Removes every temporary folder. */
export async function cleanup (): Promise<void> {
  await Promise.all(dirs.splice(0).map(async (d) => await rm(d, { recursive: true, force: true })))
}

/** What a forged commit is made of. */
export interface Forge {
  /** Parent commits (default: the head). */
  parents?: string[]
  /** The tree; default the first parent's tree (empty without parents), then `edit`. */
  tree?: FlatTree
  edit?: (tree: FlatTree, repo: GitRepo) => void | Promise<void>
  /** An object is JSON-encoded; a string is the raw message. */
  message: unknown
  /** Move the branch to the new commit (default false: forged commits stay off the branch). */
  setHead?: boolean
}

/** A conversation under test: the writer API for valid history, `forge` for anything else. */
export class Fixture {
  readonly conv: Conversation
  readonly ctx = new ValidationContext()

  constructor (conv: Conversation) {
    this.conv = conv
  }

  /** A conversation created (validly) by `creator`. */
  static async create (creator: ConversationSigner, mode: ModeName, invited?: string): Promise<Fixture> {
    const conv = await Conversation.create(join(await tmp(), 'conversations'), creator, invited === undefined ? { mode } : { mode, invited })
    return new Fixture(conv)
  }

  get repo (): GitRepo {
    return this.conv.repo
  }

  /** The validator as the store's CommitCheck: every valid-history write is checked. */
  readonly check = async (repo: GitRepo, oid: string): Promise<void> => {
    await validateCommit(repo, await repo.readCommit(oid), this.ctx)
  }

  async head (): Promise<string> {
    return await this.conv.head()
  }

  /** A copy of the flat tree at `commit` (default head). */
  async tree (commit?: string): Promise<FlatTree> {
    return new Map(await this.conv.tree(commit))
  }

  /** A blob entry for a flat tree. */
  async blob (data: string | Uint8Array): Promise<{ oid: string, mode: string }> {
    return await this.repo.writeBlobEntry(data)
  }

  /** Writes a commit signed by `signer` exactly as described, valid or not. */
  async forge (signer: Signer, f: Forge): Promise<string> {
    const parents = f.parents ?? [await this.head()]
    const tree = f.tree ?? (parents.length > 0 ? await this.tree(parents[0]) : new Map())
    if (f.edit !== undefined) await f.edit(tree, this.repo)
    const message = typeof f.message === 'string' ? f.message : JSON.stringify(f.message) + '\n'
    const oid = await writeSignedCommit(this.repo, signer, { tree: await this.repo.writeTreeFlat(tree), parents, message })
    if (f.setHead === true) await this.repo.setHead(oid)
    return oid
  }

  /**
   * A merge commit of `parents` carrying the deterministic merge tree (then `edit`) and, by
   * default, the message a correct writer puts: `{"type":"merge"}` with the `voided` list.
   */
  async merge (signer: Signer, parents: [string, string], f: Omit<Forge, 'parents' | 'tree' | 'message'> & { message?: unknown } = {}): Promise<string> {
    const { tree, voided } = await mergeTree(this.repo, parents)
    return await this.forge(signer, { ...f, parents, tree: new Map(tree), message: f.message ?? mergeMessage(voided) })
  }

  /** Moves the branch (to write another branch from an older commit with the writer API). */
  async reset (oid: string): Promise<void> {
    await this.repo.setHead(oid)
  }

  /** Validates one commit with a fresh context (nothing cached from the writes). */
  async validate (oid: string): Promise<void> {
    await validateCommit(this.repo, await this.repo.readCommit(oid), new ValidationContext())
  }

  /** Asserts that `oid` is valid. */
  async valid (oid: string): Promise<void> {
    await expect(this.validate(oid)).resolves.toBeUndefined()
  }

  /** Asserts that `oid` is rejected with rule `code`; returns the error. */
  async rejected (oid: string, code: RuleCode): Promise<Error & { code: string, data: Record<string, unknown>, kind: string }> {
    let caught: unknown
    try {
      await this.validate(oid)
    } catch (err) {
      caught = err
    }
    expect(caught, `commit ${oid} should be rejected with ${code}`).toBeInstanceOf(Error)
    expect((caught as { code: string }).code).toBe(code)
    expect((caught as { data: { commit: string } }).data.commit).toBe(oid)
    return caught as Error & { code: string, data: Record<string, unknown>, kind: string }
  }
}

/** The message of a merge that voids `voided` (sorted). */
export function mergeMessage (voided: string[]): { type: 'merge', voided?: string[] } {
  return voided.length === 0 ? { type: 'merge' } : { type: 'merge', voided }
}

/** A signer that claims to be `who` but signs with `key`'s device key (a forged signature). */
export function impostor (who: Person, key: Person): Signer {
  return { uri: who.uri, deviceId: who.deviceId, device: key.device }
}

/** Rewrites a stored commit's text (after signing) and stores the result as a new object. */
export async function tamper (f: Fixture, oid: string, edit: (raw: string) => string): Promise<string> {
  const c = await f.repo.readCommit(oid)
  return await f.repo.writeObject('commit', Buffer.from(edit(c.raw), 'utf8'))
}

/** The tree of an initial commit by `who` (admin + device certificate), plus `extra` files. */
export async function initialTree (f: Fixture, who: Person): Promise<FlatTree> {
  const t: FlatTree = new Map()
  t.set(`admins/${who.uri}.crt`, await f.blob(who.accountCert))
  t.set(`devices/${who.deviceId}.crt`, await f.blob(who.deviceCert))
  return t
}

/**
 * A conversation of `mode` created by `admin`, where each of `members` was invited by the
 * admin and joined: the common starting point of the rule tests.
 */
export async function withMembers (admin: Person, mode: ModeName, ...members: Person[]): Promise<Fixture> {
  const f = await Fixture.create(admin, mode, mode === 'ONE_TO_ONE' ? members[0]?.uri : undefined)
  for (const m of members) {
    if (mode !== 'ONE_TO_ONE') await f.conv.addMember(admin, m.uri, f.check)
    await f.conv.join(m, f.check)
  }
  return f
}

/** Writes two branches from the current head; returns [base, head of a, head of b] (the branch left at b). */
export async function fork (f: Fixture, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[string, string, string]> {
  const base = await f.head()
  await a()
  const ha = await f.head()
  await f.reset(base)
  await b()
  const hb = await f.head()
  return [base, ha, hb]
}

/** Makes `target` an admin (vote by every current admin, then the resolution by the first). */
export async function promote (f: Fixture, admins: Person[], target: Person): Promise<void> {
  for (const a of admins) await f.conv.vote(a, 'promote', target.uri, f.check)
  await f.conv.resolveVote(admins[0]!, 'promote', target.uri, f.check)
}
