import { isUtf8 } from 'node:buffer'
import { BLOB_MODE, TREE_MODE, rolesOf, type FlatTree, type TreeEntry } from '@skarm/conversation'
import type { TreeState, ValidationContext } from './context.ts'
import { ObjectError, type ObjectReader } from './objects.ts'

const SLASH = Buffer.from('/')

/**
 * Parses one tree object strictly: only regular files (100644) and directories; names
 * non-empty, UTF-8, without `/`, not `.` or `..`; entries in Git's order, without duplicates
 * (a tree Git would read differently from us is refused, as `git fsck` would).
 */
export function parseTreeStrict (body: Buffer, oid: string): TreeEntry[] {
  const out: TreeEntry[] = []
  const names = new Set<string>()
  let prev: Buffer | null = null
  let i = 0
  while (i < body.length) {
    const sp = body.indexOf(0x20, i)
    const nul = sp < 0 ? -1 : body.indexOf(0, sp + 1)
    if (sp < 0 || nul < 0 || nul + 21 > body.length) throw new ObjectError('TREE_MALFORMED', `tree ${oid} is truncated`, oid)
    const mode = body.toString('latin1', i, sp)
    if (mode !== BLOB_MODE && mode !== TREE_MODE) throw new ObjectError('TREE_MALFORMED', `tree ${oid} holds an entry of mode ${JSON.stringify(mode.slice(0, 10))} (only regular files and folders)`, oid)
    const nameBytes = body.subarray(sp + 1, nul)
    const name = nameBytes.toString('utf8')
    if (!isUtf8(nameBytes) || name === '' || name === '.' || name === '..' || name.includes('/')) throw new ObjectError('TREE_MALFORMED', `tree ${oid} holds a bad name`, oid)
    const key = mode === TREE_MODE ? Buffer.concat([nameBytes, SLASH]) : nameBytes
    if ((prev !== null && Buffer.compare(prev, key) >= 0) || names.has(name)) throw new ObjectError('TREE_MALFORMED', `tree ${oid} is unsorted or names an entry twice`, oid)
    prev = key
    names.add(name)
    out.push({ mode, name, oid: body.toString('hex', nul + 1, nul + 21) })
    i = nul + 21
  }
  return out
}

async function treeObject (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<TreeEntry[]> {
  let entries = ctx.treeObjects.get(oid)
  if (entries === undefined) {
    entries = parseTreeStrict(await r.read(oid, 'tree', ctx.limits.maxTreeObjectBytes), oid)
    ctx.treeObjects.set(oid, entries)
  }
  return entries
}

/** The whole tree `oid` as `path → blob`, within the context's limits. */
export async function readFlatTree (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<FlatTree> {
  const { maxTreeEntries, maxTreeDepth } = ctx.limits
  const flat: FlatTree = new Map()
  const walk = async (treeOid: string, prefix: string, depth: number): Promise<void> => {
    for (const e of await treeObject(r, ctx, treeOid)) {
      if (e.mode === TREE_MODE) {
        if (depth + 1 > maxTreeDepth) throw new ObjectError('TREE_TOO_DEEP', `tree ${oid} nests deeper than ${maxTreeDepth} folders`, oid)
        await walk(e.oid, prefix + e.name + '/', depth + 1)
      } else {
        flat.set(prefix + e.name, { oid: e.oid, mode: e.mode })
        if (flat.size > maxTreeEntries) throw new ObjectError('TREE_TOO_LARGE', `tree ${oid} holds more than ${maxTreeEntries} files`, oid)
      }
    }
  }
  await walk(oid, '', 0)
  return flat
}

/** The {@link TreeState} of root tree `oid` (cached by id). */
export async function treeState (r: ObjectReader, ctx: ValidationContext, oid: string): Promise<TreeState> {
  const cached = ctx.trees.get(oid)
  if (cached !== undefined) return cached
  const flat = await readFlatTree(r, ctx, oid)
  const roles = rolesOf(flat)
  const banned = new Set<string>()
  for (const set of Object.values(roles.banned)) for (const id of set) banned.add(id)
  const admins = new Set([...roles.admins].filter((u) => !banned.has(u)))
  const crls = new Map<string, string[]>()
  for (const [path, e] of flat) {
    if (!path.startsWith('CRLs/')) continue
    const uri = path.slice(5, path.indexOf('/', 5))
    let list = crls.get(uri)
    if (list === undefined) crls.set(uri, list = [])
    list.push(e.oid)
  }
  const state: TreeState = { oid, flat, roles, banned, admins, crls, auth: new Map() }
  ctx.trees.set(oid, state)
  return state
}

/**
 * Checks that the objects of tree `oid` that differ from `parentTree` (by path and id) are in
 * the repository being validated. The context caches parsed trees and blobs across
 * repositories: a commit whose tree is known from elsewhere must not pass where its objects are
 * missing (an import would then leave a broken history). What the parent's tree shares is
 * there already: the parent was validated in this repository, or is part of its history.
 */
export async function checkPresent (r: ObjectReader, ctx: ValidationContext, oid: string, parentTree: string | undefined): Promise<void> {
  const walk = async (tree: string, old: string | undefined): Promise<void> => {
    if (tree === old) return
    if (!r.has(tree)) throw new ObjectError('OBJECT_MISSING', `tree ${tree} is not in the repository`, tree)
    const before = new Map<string, TreeEntry>()
    if (old !== undefined) for (const e of await treeObject(r, ctx, old)) before.set(e.name, e)
    for (const e of await treeObject(r, ctx, tree)) {
      const prev = before.get(e.name)
      if (prev?.oid === e.oid && prev.mode === e.mode) continue
      if (e.mode === TREE_MODE) await walk(e.oid, prev?.mode === TREE_MODE ? prev.oid : undefined)
      else if (!r.has(e.oid)) throw new ObjectError('OBJECT_MISSING', `blob ${e.oid} is not in the repository`, e.oid)
    }
  }
  await walk(oid, parentTree)
}
