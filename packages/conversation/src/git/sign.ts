import { sshSign, type KeyPair } from '@skarm/identity'
import { formatCommit, formatCommitPayload, type GitPerson } from './commit-object.ts'
import type { GitRepo } from './repo.ts'

/** Who signs a commit: a device of an account. */
export interface Signer {
  uri: string
  deviceId: string
  device: KeyPair
}

/** What a new commit holds. */
export interface NewCommit {
  tree: string
  parents: string[]
  message: string
  /** Seconds; informative only. */
  timestamp?: number
}

/**
 * Writes a commit signed by `signer` (SSHSIG over the object without `gpgsig`, as Git does;
 * author/committer name = account URI, email = device id). Returns its id.
 */
export async function writeSignedCommit (repo: GitRepo, signer: Signer, c: NewCommit): Promise<string> {
  const person: GitPerson = { name: signer.uri, email: signer.deviceId, timestamp: c.timestamp ?? Math.floor(Date.now() / 1000), timezoneOffset: '+0000' }
  const base = { tree: c.tree, parents: c.parents, author: person, committer: person, message: c.message }
  const gpgsig = sshSign(signer.device.privateKey, signer.device.publicKey, Buffer.from(formatCommitPayload(base), 'utf8'))
  return await repo.writeObject('commit', Buffer.from(formatCommit({ ...base, gpgsig }), 'utf8'))
}
