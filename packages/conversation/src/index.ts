/**
 * @packageDocumentation
 * The Git conversation repository of SPEC.md §3–4: create one per mode, write every commit
 * type signed with SSHSIG, read commits and trees fast, order the history
 * deterministically and fold edits and reactions into their messages.
 *
 * ```ts
 * const conv = await Conversation.create(join(data, 'conversations'), signer, { mode: 'INVITES_ONLY' })
 * await conv.sendMessage(signer, { type: 'text/plain', body: 'hej' })
 * const index = new HistoryIndex(conv.repo); await index.update(); index.page(50)
 * ```
 */
export { GitRepo, BRANCH, type StoredCommit, type GitObject } from './git/repo.ts'
export { parseCommit, formatCommit, formatCommitPayload, signedPayload, type CommitObject, type GitPerson } from './git/commit-object.ts'
export { parseTree, formatTree, diffFlat, TREE_MODE, BLOB_MODE, type FlatTree, type FlatEntry, type TreeEntry, type TreeDiff } from './git/tree.ts'
export { writeSignedCommit, type Signer, type NewCommit } from './git/sign.ts'
export { atomicFs, overwriteSmallFile, readStable, writeFileAtomic } from './git/fs.ts'
export {
  MODES, adminPath, memberPath, invitedPath, devicePath, crlPath, kindPath, bannedPath, votePath, PROFILE_PATH, rolesOf, kindOf, bannedKindOf, votesFor,
  type ModeName, type MemberKind, type Roles
} from './layout.ts'
export { Conversation, exists, modeNumber, moveForAction, voteHasMajority, type ConversationSigner, type CommitCheck, type CommitMessage, type VoteAction } from './conversation.ts'
export { linearize, toMessageView, isFolded, voidedBy, HistoryIndex, type MessageView } from './history.ts'
export { Mutex } from './mutex.ts'
