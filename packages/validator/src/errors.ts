import { SkarmError } from '@skarm/errors'

/**
 * Every rule a commit can break, by code (UPPER_SNAKE, stable: the code crosses the bus and
 * reaches users). `structural` rules are broken by commits no correct Skarm writes: their
 * message adds that the peer may run an outdated or malicious version.
 */
export const RULES = {
  // objects and Git structure
  OBJECT_MISSING: { summary: 'an object the commit needs is not in the repository', structural: true },
  OBJECT_CORRUPT: { summary: 'an object does not match its id, or is not of the expected type', structural: true },
  COMMIT_MALFORMED: { summary: 'not a well-formed Git commit (headers, encoding)', structural: true },
  COMMIT_TOO_LARGE: { summary: 'the commit object exceeds the size limit', structural: true },
  COMMIT_BAD_PARENTS: { summary: 'wrong parents: more than two, duplicated, a root that is not the initial commit, or an initial commit with parents', structural: true },
  TREE_MALFORMED: { summary: 'a tree object is malformed (unsorted or duplicate names, symlinks, submodules, executable files)', structural: true },
  TREE_TOO_LARGE: { summary: 'the tree holds more entries than the limit (Git bomb)', structural: true },
  TREE_TOO_DEEP: { summary: 'the tree nests deeper than the conversation layout (Git bomb)', structural: true },
  BLOB_TOO_LARGE: { summary: 'a file exceeds its size limit (Git bomb)', structural: true },
  // signature and authorship
  COMMIT_UNSIGNED: { summary: 'the commit has no gpgsig signature', structural: true },
  COMMIT_BAD_SIGNATURE: { summary: 'the signature does not verify against the device certificate', structural: false },
  COMMIT_BAD_AUTHOR: { summary: 'author/committer must be `<account URI> <device id>`, the same for both', structural: true },
  // message
  COMMIT_NOT_JSON: { summary: 'the message is not a JSON object with a string `type`', structural: true },
  COMMIT_UNKNOWN_TYPE: { summary: 'unknown message type', structural: true },
  COMMIT_BAD_FIELD: { summary: 'a field of the message is missing or malformed', structural: true },
  COMMIT_UNEXPECTED_FILE: { summary: 'the commit adds, changes or removes a file its type does not allow', structural: true },
  // who signs
  DEVICE_UNKNOWN: { summary: 'the signing device has no certificate under /devices', structural: false },
  DEVICE_BANNED: { summary: 'the signing device is banned', structural: false },
  DEVICE_REVOKED: { summary: "the signing device is revoked by its account's CRL", structural: false },
  CERT_INVALID: { summary: 'a certificate is unparsable, not Ed25519, or not the one its path names', structural: false },
  CERT_CHAIN_INVALID: { summary: 'the device certificate is not issued (signed) by the account certificate', structural: false },
  CRL_INVALID: { summary: 'a CRL is unparsable or not issued by its account', structural: false },
  AUTHOR_NOT_MEMBER: { summary: 'the signing account is neither an admin nor a member', structural: false },
  AUTHOR_BANNED: { summary: 'the signing account is banned', structural: false },
  // initial commit
  INITIAL_BAD_MODE: { summary: 'the initial commit has no valid `mode` (0..3)', structural: true },
  INITIAL_BAD_INVITED: { summary: 'a ONE_TO_ONE initial commit names exactly one other invited peer (with its /invited file); other modes none', structural: true },
  INITIAL_EXTRA_FILE: { summary: "the initial commit holds files other than the creator's admin, device and CRL files", structural: true },
  INITIAL_WRONG_SIGNER: { summary: 'the initial commit is not signed by a device of the admin it creates', structural: false },
  CONVERSATION_MISMATCH: { summary: 'the history starts at another initial commit than the conversation id', structural: false },
  // text-like
  EDIT_BAD_TARGET: { summary: 'an edit must target an earlier text/plain message of the same account', structural: false },
  // votes
  VOTE_NOT_ADMIN: { summary: 'only admins vote', structural: false },
  VOTE_ON_SELF: { summary: 'an admin cannot vote on itself', structural: false },
  VOTE_TARGET_UNKNOWN: { summary: 'the vote target is not in the conversation (or, for unban, not banned)', structural: false },
  VOTE_BAD_PATH: { summary: 'a vote adds exactly /votes/<action>/<kind>/<target>/<voter URI>, nothing else', structural: true },
  VOTE_FILE_NOT_EMPTY: { summary: 'a vote file must be empty', structural: true },
  // member / add, join, remove
  ADD_NOT_ADMIN: { summary: 'in an ADMIN_INVITES_ONLY conversation only admins invite', structural: false },
  ADD_ALREADY_MEMBER: { summary: 'the invited account is already an admin, member or invited', structural: false },
  ADD_TARGET_BANNED: { summary: 'a banned account cannot be invited (unban it first)', structural: false },
  ONE_TO_ONE_FULL: { summary: 'a ONE_TO_ONE conversation only ever holds its creator and the peer its initial commit names', structural: false },
  JOIN_NOT_INVITED: { summary: 'the joining account is not invited (only PUBLIC conversations need no invite)', structural: false },
  JOIN_WRONG_DEVICE: { summary: 'a join is signed by a device of the joining account', structural: false },
  JOIN_ALREADY_MEMBER: { summary: 'the joining account is already an admin or member', structural: false },
  REMOVE_OTHER_ACCOUNT: { summary: "a remove only removes the signer's own account", structural: false },
  REMOVE_INCOMPLETE: { summary: "a remove takes the signer's admin or member certificate out", structural: true },
  // member / ban, unban, promote (vote resolutions)
  BAN_NOT_ADMIN: { summary: 'only an admin commits a ban', structural: false },
  BAN_NO_MAJORITY: { summary: 'a ban needs votes from strictly more than half of the admins at the parent', structural: false },
  BAN_TARGET_UNKNOWN: { summary: 'the ban target is not in the conversation', structural: false },
  UNBAN_NOT_ADMIN: { summary: 'only an admin commits an unban', structural: false },
  UNBAN_NO_MAJORITY: { summary: 'an unban needs votes from strictly more than half of the admins at the parent', structural: false },
  UNBAN_TARGET_UNKNOWN: { summary: 'the unban target is not banned', structural: false },
  PROMOTE_NOT_ADMIN: { summary: 'only an admin commits a promotion', structural: false },
  PROMOTE_NO_MAJORITY: { summary: 'a promotion needs votes from strictly more than half of the admins at the parent', structural: false },
  PROMOTE_NOT_MEMBER: { summary: 'only a (non-admin) member can be promoted', structural: false },
  PROMOTE_ONE_TO_ONE: { summary: 'a ONE_TO_ONE conversation has no promotions', structural: false },
  // profile
  PROFILE_NOT_ADMIN: { summary: 'only admins update the conversation profile', structural: false },
  PROFILE_EXTRA_FILE: { summary: 'a profile update changes /profile.vcf only', structural: true },
  // device revocation
  REVOKE_SELF: { summary: 'a device revokes another device of its account, never itself (nor does its CRL revoke it)', structural: false },
  REVOKE_OTHER_ACCOUNT: { summary: 'an account revokes only its own devices', structural: false },
  REVOKE_BAD_CRL: { summary: "a revocation's CRL revokes the device named and every serial the previous version of the same file revoked", structural: false },
  // merges
  MERGE_BAD_TYPE: { summary: 'a merge commit carries the message {"type":"merge"}', structural: true },
  MERGE_OWN_CONTENT: { summary: "a merge introduces no content of its own: its tree is the deterministic merge of its parents (plus, when that lacks it, its signer's device certificate)", structural: true },
  MERGE_BAD_VOIDED: { summary: 'a merge message lists exactly the void commits of the merge (`voided`, sorted; absent when none)', structural: true }
} as const satisfies Record<string, { summary: string, structural: boolean }>

/** A rule code of {@link RULES}. */
export type RuleCode = keyof typeof RULES

const OUTDATED = ' The peer may run an outdated or malicious version of Skarm.'

/**
 * A commit that breaks a rule of SPEC.md §5–6. `code` names the rule ({@link RULES}), `data`
 * holds the commit id; the message is meant for the user.
 */
export class CommitRejectedError extends SkarmError {
  constructor (code: RuleCode, message: string, data: { commit: string } & Record<string, unknown>, options: { cause?: unknown } = {}) {
    super(code, RULES[code].structural ? message + OUTDATED : message, data, { ...options, kind: 'forbidden' })
    this.name = 'CommitRejectedError'
  }

  /** The rejected commit. */
  get commit (): string {
    return String(this.data.commit)
  }
}

/** True when `code` is a rule of {@link RULES}. */
export function isRuleCode (code: string): code is RuleCode {
  return Object.hasOwn(RULES, code)
}
