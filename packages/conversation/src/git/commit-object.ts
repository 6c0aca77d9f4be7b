/** A person line of a commit: `name <email> timestamp tz`. */
export interface GitPerson {
  name: string
  email: string
  /** Seconds since the epoch (informative only: never used for order or authority). */
  timestamp: number
  timezoneOffset: string
}

/** A parsed Git commit object. */
export interface CommitObject {
  tree: string
  parents: string[]
  author: GitPerson
  committer: GitPerson
  /** The armored signature of the `gpgsig` header, if any. */
  gpgsig?: string
  /** The commit message, exactly as stored (usually ending with a newline). */
  message: string
}

const OID = /^[0-9a-f]{40}$/

function formatPerson (p: GitPerson): string {
  return `${p.name} <${p.email}> ${p.timestamp} ${p.timezoneOffset}`
}

function parsePerson (s: string): GitPerson {
  const m = /^(.*) <([^<>]*)> (\d+) ([+-]\d{4})$/.exec(s)
  if (m === null) throw new TypeError('malformed person line in commit')
  return { name: m[1]!, email: m[2]!, timestamp: Number(m[3]), timezoneOffset: m[4]! }
}

/** The commit's bytes without any `gpgsig` header: what Git signs. */
export function formatCommitPayload (c: Omit<CommitObject, 'gpgsig'>): string {
  let s = `tree ${c.tree}\n`
  for (const p of c.parents) s += `parent ${p}\n`
  s += `author ${formatPerson(c.author)}\ncommitter ${formatPerson(c.committer)}\n\n${c.message}`
  return s
}

/** The full commit object text with the `gpgsig` header inserted as Git does. */
export function formatCommit (c: CommitObject): string {
  if (c.gpgsig === undefined) return formatCommitPayload(c)
  const payload = formatCommitPayload(c)
  const headerEnd = payload.indexOf('\n\n')
  const sig = c.gpgsig.replace(/\n$/, '').split('\n').join('\n ')
  return `${payload.slice(0, headerEnd)}\ngpgsig ${sig}${payload.slice(headerEnd)}`
}

/** Parses a commit object; throws TypeError on anything malformed. */
export function parseCommit (raw: string): CommitObject {
  const headerEnd = raw.indexOf('\n\n')
  if (headerEnd < 0) throw new TypeError('commit has no message separator')
  const lines = raw.slice(0, headerEnd).split('\n')
  const message = raw.slice(headerEnd + 2)
  let tree: string | undefined
  const parents: string[] = []
  let author: GitPerson | undefined
  let committer: GitPerson | undefined
  let gpgsig: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const sp = line.indexOf(' ')
    const key = sp < 0 ? line : line.slice(0, sp)
    let value = sp < 0 ? '' : line.slice(sp + 1)
    while (i + 1 < lines.length && lines[i + 1]!.startsWith(' ')) value += '\n' + lines[++i]!.slice(1)
    switch (key) {
      case 'tree': if (tree !== undefined || !OID.test(value)) throw new TypeError('bad tree line'); tree = value; break
      case 'parent': if (!OID.test(value)) throw new TypeError('bad parent line'); parents.push(value); break
      case 'author': author = parsePerson(value); break
      case 'committer': committer = parsePerson(value); break
      case 'gpgsig': if (gpgsig !== undefined) throw new TypeError('two gpgsig headers'); gpgsig = value + '\n'; break
      default: throw new TypeError(`unexpected commit header ${JSON.stringify(key.slice(0, 20))}`)
    }
  }
  if (tree === undefined || author === undefined || committer === undefined) throw new TypeError('commit lacks tree, author or committer')
  return gpgsig === undefined ? { tree, parents, author, committer, message } : { tree, parents, author, committer, gpgsig, message }
}

/**
 * The signed payload of a raw commit: the object with its `gpgsig` header (and continuation
 * lines) removed. Works on the raw text so that it is exactly what the signer signed.
 */
export function signedPayload (raw: string): string {
  const headerEnd = raw.indexOf('\n\n')
  const head = raw.slice(0, headerEnd).split('\n')
  const kept: string[] = []
  for (let i = 0; i < head.length; i++) {
    if (head[i]!.startsWith('gpgsig ')) {
      while (i + 1 < head.length && head[i + 1]!.startsWith(' ')) i++
      continue
    }
    kept.push(head[i]!)
  }
  return kept.join('\n') + raw.slice(headerEnd)
}
