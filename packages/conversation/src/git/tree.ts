/** One entry of a flattened tree: a blob at a full path. */
export interface FlatEntry {
  oid: string
  mode: string
}

/** A whole tree as `path → blob`, paths without a leading slash (`admins/<uri>.crt`). */
export type FlatTree = Map<string, FlatEntry>

/** One entry of a single tree object. */
export interface TreeEntry {
  mode: string
  name: string
  oid: string
}

/** Mode of a directory entry. */
export const TREE_MODE = '40000'
/** Mode of an ordinary file. */
export const BLOB_MODE = '100644'

/** Parses a tree object body; throws TypeError when malformed. */
export function parseTree (body: Uint8Array): TreeEntry[] {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const out: TreeEntry[] = []
  let i = 0
  while (i < buf.length) {
    const sp = buf.indexOf(0x20, i)
    const nul = buf.indexOf(0, sp)
    if (sp < 0 || nul < 0 || nul + 21 > buf.length) throw new TypeError('malformed tree object')
    const mode = buf.toString('latin1', i, sp)
    const name = buf.toString('utf8', sp + 1, nul)
    if (name === '' || name === '.' || name === '..' || name.includes('/')) throw new TypeError('bad name in tree object')
    out.push({ mode, name, oid: buf.toString('hex', nul + 1, nul + 21) })
    i = nul + 21
  }
  return out
}

// Git orders tree entries by name, a directory comparing as if it ended with '/'.
function sortKey (e: TreeEntry): string {
  return e.mode === TREE_MODE ? e.name + '/' : e.name
}

/** A tree object body from its entries (sorted as Git requires). */
export function formatTree (entries: TreeEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => {
    const ka = sortKey(a)
    const kb = sortKey(b)
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
  const parts: Buffer[] = []
  for (const e of sorted) {
    parts.push(Buffer.from(`${e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.oid, 'hex'))
  }
  return new Uint8Array(Buffer.concat(parts))
}

/** What changed between two flat trees. */
export interface TreeDiff {
  added: string[]
  removed: string[]
  modified: string[]
}

/** The paths added, removed and modified from `a` to `b`, each list sorted. */
export function diffFlat (a: FlatTree, b: FlatTree): TreeDiff {
  const added: string[] = []
  const removed: string[] = []
  const modified: string[] = []
  for (const [p, e] of b) {
    const old = a.get(p)
    if (old === undefined) added.push(p)
    else if (old.oid !== e.oid || old.mode !== e.mode) modified.push(p)
  }
  for (const p of a.keys()) if (!b.has(p)) removed.push(p)
  return { added: added.sort(), removed: removed.sort(), modified: modified.sort() }
}
