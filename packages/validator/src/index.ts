/**
 * @packageDocumentation
 * The pure rules of SPEC.md §5–6 over a conversation repository: one commit
 * ({@link validateCommit}), a fetched range ({@link validateRange}), a whole history as a
 * newcomer replays it ({@link verifyRepository}), the deterministic merge every device
 * must compute ({@link mergeTree}), and the devices their accounts revoked
 * ({@link revokedDevices}). A broken rule throws a {@link CommitRejectedError} whose
 * `code` names it ({@link RULES}).
 *
 * ```ts
 * const ctx = new ValidationContext()
 * try {
 *   await validateRange(quarantine, { bases: [localHead], tips: [fetchedHead] }, ctx)
 * } catch (err) {
 *   if (err instanceof CommitRejectedError) console.log(err.commit, err.code, err.message)
 * }
 * ```
 */
export { validateCommit } from './validate-commit.ts'
export { validateRange, type CommitRange } from './validate-range.ts'
export { verifyRepository, type VerifyResult } from './verify-repository.ts'
export { mergeTree, type MergeResult } from './merge.ts'
export { revokedDevices } from './revoked.ts'
export { ValidationContext, type ValidatorInit } from './context.ts'
export { CommitRejectedError, RULES, isRuleCode, type RuleCode } from './errors.ts'
export { createValidator, VALIDATED_FOLDERS, type Validator, type ValidatorComponents, type ValidateRangeRequest, type ValidateRangeAnswer } from './service.ts'
export {
  MAX_TREE_ENTRIES, MAX_TREE_DEPTH, MAX_TREE_OBJECT_BYTES, MAX_COMMIT_BYTES, MAX_CERT_BYTES, MAX_CRL_BYTES, MAX_PROFILE_BYTES, EMPTY_BLOB, TEXT_LIKE_TYPES
} from './constants.ts'
