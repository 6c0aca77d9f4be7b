// Protobuf messages of the bus → the JSON shapes of API.md. Decoded protobuf objects keep
// their defaults on the prototype, so every field is read by name, never spread.
import type { skarm } from '@skarm/proto'
import { MODES } from './constants.ts'

type ProtoMessage = skarm.store.v1.Message.$Properties
type ProtoPreferences = skarm.store.v1.Preferences.$Properties

/** A conversation mode name of API.md. */
export type ModeName = typeof MODES[number]

/** A reaction folded into a text message. */
export interface ReactionJson {
  id: string
  author: string
  body: string
}

/** A message of `GET …/messages` and of `MessageReceived` (API.md `Message`). */
export interface MessageJson {
  id: string
  parents: string[]
  author: string
  device: string
  timestamp: number
  type: string
  edited?: true
  reactions?: ReactionJson[]
  [field: string]: unknown
}

/** Conversation preferences: only the fields that are set. */
export interface PreferencesJson {
  color?: string
  ignoreNotifications?: boolean
  symbol?: string
}

// Keys the gateway owns in a Message: a commit's JSON fields never override them.
const RESERVED = new Set(['id', 'parents', 'author', 'device', 'timestamp', 'type', 'edited', 'reactions', '__proto__'])

function commitFields (fieldsJson: string): Record<string, unknown> {
  if (fieldsJson === '') return {}
  try {
    const parsed: unknown = JSON.parse(fieldsJson)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // the store writes valid JSON objects; anything else carries no fields worth showing
  }
  return {}
}

/**
 * A protobuf `Message` as API.md's JSON: `{id, parents, author, device, timestamp, type,
 * …the commit's JSON fields}`, `edited: true` only when the last edit was applied, and
 * `reactions` on every `text/plain` message.
 */
export function messageToJson (m: ProtoMessage): MessageJson {
  const out: MessageJson = {
    id: m.id ?? '',
    parents: [...(m.parents ?? [])],
    author: m.author ?? '',
    device: m.device ?? '',
    timestamp: Number(m.timestamp ?? 0),
    type: m.type ?? ''
  }
  for (const [key, value] of Object.entries(commitFields(m.fieldsJson ?? ''))) {
    if (!RESERVED.has(key)) out[key] = value
  }
  if (m.edited === true) out.edited = true
  if (out.type === 'text/plain') {
    out.reactions = (m.reactions ?? []).map((r) => ({ id: r.id ?? '', author: r.author ?? '', body: r.body ?? '' }))
  }
  return out
}

/** A protobuf mode number as its name (`UNKNOWN` for a number this version does not know). */
export function modeName (mode: number | null | undefined): ModeName | 'UNKNOWN' {
  return MODES[mode ?? 0] ?? 'UNKNOWN'
}

/** A mode name as its protobuf number. */
export function modeNumber (mode: ModeName): skarm.store.v1.Mode {
  return MODES.indexOf(mode) as skarm.store.v1.Mode
}

/** Preferences with only the fields that are set (proto3 `optional`). */
export function preferencesToJson (p: ProtoPreferences | null | undefined): PreferencesJson {
  const out: PreferencesJson = {}
  if (p == null) return out
  if (p.color != null) out.color = p.color
  if (p.ignoreNotifications != null) out.ignoreNotifications = p.ignoreNotifications
  if (p.symbol != null) out.symbol = p.symbol
  return out
}
