// Defaults of ValidatorInit (every field optional; the default is named in its doc comment).

/** Most blobs a conversation tree may hold (members, devices, votes, CRLs, profile). */
export const MAX_TREE_ENTRIES = 100_000
/**
 * Deepest directory nesting of the layout (SPEC.md §3): `votes/<action>/<kind>/<target>/`
 * holds files at depth 4; anything deeper is not a conversation.
 */
export const MAX_TREE_DEPTH = 4
/** Largest single tree object (bytes), checked while inflating. */
export const MAX_TREE_OBJECT_BYTES = 4 * 1024 * 1024
/**
 * Largest commit object (bytes): message bodies live in commit messages. The gateway caps a
 * body at 64 KiB of UTF-8; JSON escaping can grow it up to 6× (control characters as
 * \u00XX), plus headers and the signature.
 */
export const MAX_COMMIT_BYTES = 512 * 1024
/** Largest certificate blob (account or device), bytes. */
export const MAX_CERT_BYTES = 16 * 1024
/** Largest CRL blob, bytes. */
export const MAX_CRL_BYTES = 64 * 1024
/** Largest `/profile.vcf` (it carries the avatar), bytes. */
export const MAX_PROFILE_BYTES = 1024 * 1024

/** Git's id of the empty blob: vote and invitation files must be exactly this. */
export const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'

/** Message types that carry no file change (SPEC.md §5: text and other non-file-modifying types). */
export const TEXT_LIKE_TYPES: ReadonlySet<string> = new Set([
  'text/plain',
  'application/edited-message',
  'application/data-transfer+json',
  'application/call-history+json'
])
