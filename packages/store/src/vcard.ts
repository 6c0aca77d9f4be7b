/** The conversation profile of SPEC.md §8 (`/profile.vcf`). */
export interface Profile {
  title: string
  description: string
  avatar: string
}

function escape (v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n')
}

function unescape (v: string): string {
  return v.replace(/\\(n|\\)/g, (_, c: string) => c === 'n' ? '\n' : '\\')
}

/** A vCard 2.1 with FN (title), DESCRIPTION and PHOTO (avatar, base64). */
export function formatProfile (p: Profile): string {
  const lines = ['BEGIN:VCARD', 'VERSION:2.1']
  if (p.title !== '') lines.push(`FN:${escape(p.title)}`)
  if (p.description !== '') lines.push(`DESCRIPTION:${escape(p.description)}`)
  if (p.avatar !== '') lines.push(`PHOTO;ENCODING=BASE64;TYPE=PNG:${escape(p.avatar)}`)
  lines.push('END:VCARD')
  return lines.join('\r\n') + '\r\n'
}

/** Reads FN, DESCRIPTION and PHOTO from a vCard; unknown lines are ignored. */
export function parseProfile (text: string): Profile {
  const p: Profile = { title: '', description: '', avatar: '' }
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase()
    const value = unescape(line.slice(colon + 1))
    if (name === 'FN') p.title = value
    else if (name === 'DESCRIPTION') p.description = value
    else if (name === 'PHOTO') p.avatar = value
  }
  return p
}
