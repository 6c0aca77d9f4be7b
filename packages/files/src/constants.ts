/** The folder of a device's data directory that holds conversation files (SPEC.md §8). */
export const CONVERSATION_DATA_DIR = 'conversation_data'

/** The pending-downloads list inside each conversation's folder. */
export const WAITING_FILE = 'waiting'

/** A conversation id or commit id: 40 lowercase hex characters. */
export const ID_RE = /^[0-9a-f]{40}$/

/** A transfer id: letters, digits and `-`, at most 64 (Jami uses decimal numbers). */
export const TID_RE = /^[0-9A-Za-z-]{1,64}$/

/** A file extension without the dot: letters and digits, at most 16; may be empty. */
export const EXT_RE = /^[0-9A-Za-z]{0,16}$/

/** A file id: `<commitId>_<tid>`. */
export const FILE_ID_RE = /^[0-9a-f]{40}_[0-9A-Za-z-]{1,64}$/

/** A SHA3-512 digest in lowercase hex. */
export const SHA3_RE = /^[0-9a-f]{128}$/
