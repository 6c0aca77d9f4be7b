import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A new empty folder under the system temp folder; the caller removes it. */
export async function tempDir (prefix = 'skarm-'): Promise<string> {
  return await mkdtemp(join(tmpdir(), prefix))
}
