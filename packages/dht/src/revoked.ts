import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

const DEVICE_KEY = /^device\/([0-9a-f]{40})$/

/**
 * The devices an account state (`DATA/account/state.json`, written by the store: entries
 * `{"device/<id>": {"v": {"cert", "revoked"?}, …}}`) lists as revoked. Read here without the
 * store's code: the DHT process only needs these ids.
 */
export function revokedDevicesOf (state: unknown): Set<string> {
  const out = new Set<string>()
  const entries = (state as { entries?: unknown } | null)?.entries
  if (entries === null || typeof entries !== 'object') return out
  for (const [key, e] of Object.entries(entries as Record<string, unknown>)) {
    const m = DEVICE_KEY.exec(key)
    const v = (e as { v?: unknown } | null)?.v
    if (m !== null && typeof v === 'object' && v !== null && (v as { revoked?: unknown }).revoked === true) out.add(m[1]!)
  }
  return out
}

/** The revoked devices of the account state in `dataDir`; none when it does not exist (yet) or cannot be read. */
export async function readRevokedDevices (dataDir: string): Promise<Set<string>> {
  try {
    return revokedDevicesOf(JSON.parse(await readFile(join(dataDir, 'account', 'state.json'), 'utf8')))
  } catch {
    return new Set()
  }
}
