import type { KeyObject } from 'node:crypto'
import type { CertificateInfo } from '@skarm/identity'
import type { FlatTree, ModeName, Roles, TreeEntry } from '@skarm/conversation'
import type { RuleCode } from './errors.ts'
import {
  MAX_CERT_BYTES, MAX_COMMIT_BYTES, MAX_CRL_BYTES, MAX_PROFILE_BYTES, MAX_TREE_DEPTH, MAX_TREE_ENTRIES, MAX_TREE_OBJECT_BYTES
} from './constants.ts'

/** Limits against Git bombs and oversized objects; every field optional. */
export interface ValidatorInit {
  /** Most blobs in one tree; default {@link MAX_TREE_ENTRIES} (100,000). */
  maxTreeEntries?: number
  /** Deepest directory nesting; default {@link MAX_TREE_DEPTH} (4, what the layout needs). */
  maxTreeDepth?: number
  /** Largest single tree object in bytes; default {@link MAX_TREE_OBJECT_BYTES} (4 MiB). */
  maxTreeObjectBytes?: number
  /** Largest commit object in bytes; default {@link MAX_COMMIT_BYTES} (64 KiB). */
  maxCommitBytes?: number
  /** Largest certificate in bytes; default {@link MAX_CERT_BYTES} (16 KiB). */
  maxCertBytes?: number
  /** Largest CRL in bytes; default {@link MAX_CRL_BYTES} (64 KiB). */
  maxCrlBytes?: number
  /** Largest `/profile.vcf` in bytes; default {@link MAX_PROFILE_BYTES} (1 MiB). */
  maxProfileBytes?: number
}

/** A rule failure kept in a cache and re-thrown (with the commit at hand) on every hit. */
export interface CachedFailure {
  failure: RuleCode
  message: string
}

/** A parsed device certificate with its key ready for signature checks. */
export interface DeviceCert {
  info: CertificateInfo
  /** The raw 32-byte Ed25519 public key (compared with the key inside each SSHSIG). */
  rawKey: Buffer
  key: KeyObject
  pem: Buffer
}

/** A verified account certificate (self-signed CA). */
export interface AccountCert {
  info: CertificateInfo
  pem: Buffer
}

/** Who may sign at a tree: the result of the device → account → CRL checks. */
export interface Authority {
  uri: string
  deviceId: string
  device: DeviceCert
  /** The blob id of the device certificate. */
  deviceBlob: string
  account: AccountCert
  /** The blob id of the account certificate (CRLs are verified against it). */
  accountBlob: string
}

/** A tree with what the rules ask of it, computed once per tree id. */
export interface TreeState {
  oid: string
  flat: FlatTree
  roles: Roles
  /** Every banned account URI and device id. */
  banned: Set<string>
  /** Admins that are not banned: the electorate of votes (SPEC.md §6). */
  admins: Set<string>
  /** Blob ids of the CRLs under `/CRLs/<uri>/`, by URI. */
  crls: Map<string, string[]>
  /** Authority checks of signers at this tree, by `uri/deviceId`. */
  auth: Map<string, Authority | CachedFailure>
}

/**
 * What a governance commit says, for the partition rule: a `member` ban/unban/promote
 * (`target` = account URI or device id), or an `application/revoke-device` (`target` = the
 * device id the committer's account revokes).
 */
export interface Resolution {
  action: 'ban' | 'unban' | 'promote' | 'revoke'
  target: string
}

/** The parts of a commit the DAG walks need, kept after the commit itself is dropped. */
export interface CommitHeader {
  tree: string
  parents: string[]
  /** Committer name and email: account URI and device id once validated. */
  uri: string
  device: string
  /** Ban/unban/promote resolutions and device revocations; null for every other commit. */
  resolution: Resolution | null
}

/** Generation number (1 + the highest of the parents') and root commit of a commit. */
export interface CommitGen {
  gen: number
  root: string
}

/** What the initial commit fixes for a conversation's whole life. */
export interface ConversationInfo {
  id: string
  mode: ModeName
  creator: string
  /** The peer of a ONE_TO_ONE conversation. */
  peer?: string
}

/** A map that forgets its oldest entries beyond `max` (all cached data can be recomputed). */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>()
  private readonly max: number

  constructor (max: number) {
    this.max = max
  }

  get (key: K): V | undefined {
    return this.map.get(key)
  }

  has (key: K): boolean {
    return this.map.has(key)
  }

  set (key: K, value: V): void {
    if (!this.map.has(key) && this.map.size >= this.max) this.map.delete(this.map.keys().next().value as K)
    this.map.set(key, value)
  }

  get size (): number {
    return this.map.size
  }
}

/**
 * Caches shared by every validation that uses this context: parsed and verified certificates
 * (per blob id), chains (per device/account blob pair), CRLs, tree states, the commit DAG's
 * parents and generation numbers, and each conversation's initial facts. Everything is keyed
 * by content id, so one long-lived context may serve many repositories (the validator service
 * and the store keep one each); it does not re-check that a cached object is present in every
 * repository. Replaying 10,000 commits parses each certificate once.
 *
 * ```ts
 * const ctx = new ValidationContext()
 * for (const c of commits) await validateCommit(repo, c, ctx)
 * ```
 */
export class ValidationContext {
  /** The limits in force. */
  readonly limits: Required<ValidatorInit>
  /** @internal parsed tree objects by id */
  readonly treeObjects = new BoundedCache<string, TreeEntry[]>(8192)
  /** @internal tree states by root tree id */
  readonly trees = new BoundedCache<string, TreeState>(64)
  /** @internal device certificates by blob id */
  readonly deviceCerts = new BoundedCache<string, DeviceCert | CachedFailure>(4096)
  /** @internal account certificates by blob id */
  readonly accountCerts = new BoundedCache<string, AccountCert | CachedFailure>(4096)
  /** @internal chain checks by `deviceBlob/accountBlob` */
  readonly chains = new BoundedCache<string, boolean>(8192)
  /** @internal revoked serials by `crlBlob/accountBlob` */
  readonly crls = new BoundedCache<string, Set<string> | CachedFailure>(4096)
  /** @internal commit headers by commit id */
  readonly headers = new BoundedCache<string, CommitHeader>(1_000_000)
  /** @internal generation numbers and roots by commit id */
  readonly gens = new BoundedCache<string, CommitGen>(1_000_000)
  /** @internal initial facts by conversation id */
  readonly conversations = new BoundedCache<string, ConversationInfo>(1024)
  /** @internal devices revoked by their account's CRLs, by root tree id */
  readonly revokedAt = new BoundedCache<string, ReadonlySet<string>>(1024)

  constructor (init: ValidatorInit = {}) {
    this.limits = {
      maxTreeEntries: init.maxTreeEntries ?? MAX_TREE_ENTRIES,
      maxTreeDepth: init.maxTreeDepth ?? MAX_TREE_DEPTH,
      maxTreeObjectBytes: init.maxTreeObjectBytes ?? MAX_TREE_OBJECT_BYTES,
      maxCommitBytes: init.maxCommitBytes ?? MAX_COMMIT_BYTES,
      maxCertBytes: init.maxCertBytes ?? MAX_CERT_BYTES,
      maxCrlBytes: init.maxCrlBytes ?? MAX_CRL_BYTES,
      maxProfileBytes: init.maxProfileBytes ?? MAX_PROFILE_BYTES
    }
  }
}

/** True for a cached failure. */
export function isFailure (v: unknown): v is CachedFailure {
  return typeof v === 'object' && v !== null && 'failure' in v
}
