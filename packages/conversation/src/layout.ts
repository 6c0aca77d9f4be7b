import type { FlatTree } from './git/tree.ts'

// Paths of SPEC.md §3, without the leading slash (as Git stores them).

/** The four conversation modes (SPEC.md §4), by their number in the initial commit. */
export const MODES = ['ONE_TO_ONE', 'ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC'] as const
/** One of {@link MODES}. */
export type ModeName = typeof MODES[number]

/** Where a member's or a device's files sit. */
export type MemberKind = 'admins' | 'members' | 'invited' | 'devices'

export const adminPath = (uri: string): string => `admins/${uri}.crt`
export const memberPath = (uri: string): string => `members/${uri}.crt`
export const invitedPath = (uri: string): string => `invited/${uri}`
export const devicePath = (deviceId: string): string => `devices/${deviceId}.crt`
export const crlPath = (uri: string, deviceId: string): string => `CRLs/${uri}/${deviceId}.crl`
export const PROFILE_PATH = 'profile.vcf'

/** The path of a member's file of a given kind (`invited` files have no extension). */
export function kindPath (kind: MemberKind, id: string): string {
  return kind === 'invited' ? `invited/${id}` : `${kind}/${id}.crt`
}

/** The path of that file once banned. */
export function bannedPath (kind: MemberKind, id: string): string {
  return `banned/${kindPath(kind, id)}`
}

/** The vote file of one admin. */
export function votePath (action: string, kind: MemberKind, target: string, voter: string): string {
  return `votes/${action}/${kind}/${target}/${voter}`
}

/** Who is who in a tree: every set holds URIs (device ids for devices). */
export interface Roles {
  admins: Set<string>
  members: Set<string>
  invited: Set<string>
  devices: Set<string>
  banned: { admins: Set<string>, members: Set<string>, invited: Set<string>, devices: Set<string> }
}

const ROLE_FILE = /^(admins|members|devices)\/([0-9a-f]{40})\.crt$|^(invited)\/([0-9a-f]{40})$/
const BANNED_FILE = /^banned\/(?:(admins|members|devices)\/([0-9a-f]{40})\.crt|(invited)\/([0-9a-f]{40}))$/

/** The roles a tree grants. */
export function rolesOf (tree: FlatTree): Roles {
  const r: Roles = { admins: new Set(), members: new Set(), invited: new Set(), devices: new Set(), banned: { admins: new Set(), members: new Set(), invited: new Set(), devices: new Set() } }
  for (const path of tree.keys()) {
    let m = ROLE_FILE.exec(path)
    if (m !== null) {
      const kind = (m[1] ?? m[3]) as MemberKind
      r[kind].add((m[2] ?? m[4])!)
      continue
    }
    m = BANNED_FILE.exec(path)
    if (m !== null) r.banned[(m[1] ?? m[3]) as MemberKind].add((m[2] ?? m[4])!)
  }
  return r
}

/** Where a URI currently sits (admins before members before invited), or null. */
export function kindOf (roles: Roles, uri: string): MemberKind | null {
  if (roles.admins.has(uri)) return 'admins'
  if (roles.members.has(uri)) return 'members'
  if (roles.invited.has(uri)) return 'invited'
  if (roles.devices.has(uri)) return 'devices'
  return null
}

/** Where a banned URI sits, or null. */
export function bannedKindOf (roles: Roles, uri: string): MemberKind | null {
  for (const k of ['admins', 'members', 'invited', 'devices'] as const) if (roles.banned[k].has(uri)) return k
  return null
}

/** The vote files for a target: `voter URIs`. */
export function votesFor (tree: FlatTree, action: string, kind: MemberKind, target: string): string[] {
  const prefix = `votes/${action}/${kind}/${target}/`
  const out: string[] = []
  for (const p of tree.keys()) if (p.startsWith(prefix)) out.push(p.slice(prefix.length))
  return out
}
