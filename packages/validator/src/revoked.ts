import { adminPath, bannedPath, memberPath, type GitRepo } from '@skarm/conversation'
import { accountCert, chainValid, deviceCert, revoked } from './certs.ts'
import { ValidationContext, isFailure, type AccountCert, type TreeState } from './context.ts'
import { header } from './dag.ts'
import { CommitRejectedError } from './errors.ts'
import { ObjectError, ObjectReader } from './objects.ts'
import { treeState } from './trees.ts'

const DEVICE_FILE = /^(?:banned\/)?devices\/([0-9a-f]{40})\.crt$/

/** The account certificate of `uri` in a tree, wherever its role file sits (banned included). */
function accountEntry (state: TreeState, uri: string): { oid: string } | undefined {
  const { flat } = state
  return flat.get(adminPath(uri)) ?? flat.get(memberPath(uri)) ?? flat.get(bannedPath('admins', uri)) ?? flat.get(bannedPath('members', uri))
}

/**
 * The device ids a tree's CRLs revoke: a device whose certificate (under /devices or
 * /banned/devices) is issued by an account whose CRL under /CRLs/<uri>/ lists its serial.
 * Cached per tree id; certificates, chains and CRLs are cached per blob id.
 */
export async function revokedIn (r: ObjectReader, ctx: ValidationContext, state: TreeState): Promise<ReadonlySet<string>> {
  const cached = ctx.revokedAt.get(state.oid)
  if (cached !== undefined) return cached
  const out = new Set<string>()
  if (state.crls.size > 0) {
    const accounts: Array<{ account: AccountCert, blob: string, serials: Set<string> }> = []
    for (const [uri, blobs] of state.crls) {
      const entry = accountEntry(state, uri)
      if (entry === undefined) continue // the account left: none of its devices is let in anyway
      const account = await accountCert(r, ctx, entry.oid)
      if (isFailure(account)) continue
      const serials = new Set<string>()
      for (const blob of blobs) {
        const set = await revoked(r, ctx, blob, account, entry.oid)
        if (!isFailure(set)) for (const s of set) serials.add(s)
      }
      if (serials.size > 0) accounts.push({ account, blob: entry.oid, serials })
    }
    if (accounts.length > 0) {
      for (const [path, e] of state.flat) {
        const id = DEVICE_FILE.exec(path)?.[1]
        if (id === undefined) continue
        const cert = await deviceCert(r, ctx, e.oid)
        if (isFailure(cert)) continue
        // serials are random: the chain check (a signature verification) runs only on a hit
        if (accounts.some((a) => a.serials.has(cert.info.serialNumber) && chainValid(ctx, cert, e.oid, a.account, a.blob))) out.add(id)
      }
    }
  }
  ctx.revokedAt.set(state.oid, out)
  return out
}

/**
 * The devices revoked at commit `head` by their own account's CRLs (README.md, "Device
 * revocation"): the store refuses them access and lists them nowhere, like banned devices.
 * Cheap when called again for a commit of an unchanged tree (cached per tree id in `ctx`).
 *
 * ```ts
 * if ((await revokedDevices(conv.repo, head, ctx)).has(deviceId)) return { allowed: false }
 * ```
 */
export async function revokedDevices (repo: GitRepo, head: string, ctx: ValidationContext = new ValidationContext()): Promise<Set<string>> {
  const r = new ObjectReader(repo)
  try {
    const state = await treeState(r, ctx, (await header(r, ctx, head)).tree)
    return new Set(await revokedIn(r, ctx, state))
  } catch (err) {
    if (err instanceof ObjectError) throw new CommitRejectedError(err.code, err.message, { commit: err.oid }, { cause: err })
    throw err
  }
}
