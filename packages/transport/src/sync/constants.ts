/** Heads of the conversations a peer may see, sent by each side after hello. */
export const HEADS_PROTOCOL = '/skarm/heads/1.0.0'
/** A new commit: `{"type":"application/im-gitmessage-id","conversationId","commit","deviceId"}`. */
export const ANNOUNCE_PROTOCOL = '/skarm/announce/1.0.0'
/** The same announces, as frames (4-byte length + JSON) on one long-lived stream per peer. */
export const ANNOUNCE_STREAM_PROTOCOL = '/skarm/announce/1.1.0'
/** The git protocol (stateless RPC, upload-pack only) tunnelled one request per stream. */
export const GIT_PROTOCOL = '/skarm/git/1.0.0'
/** Tells a peer its commit was refused: `{"type":"refused", conversationId, commit, rule, message}` (SPEC.md §5: "the peer is told"). */
export const REFUSED_PROTOCOL = '/skarm/refused/1.0.0'
/** An invitation: `{"application/invite+json": {conversationId, from, members, title?, …}}`. */
export const INVITE_PROTOCOL = '/skarm/invite/1.0.0'

/** The announce message type (SPEC.md §7). */
export const ANNOUNCE_TYPE = 'application/im-gitmessage-id'
/** The invite message key (SPEC.md §8). */
export const INVITE_KEY = 'application/invite+json'

/** Largest heads message, bytes. */
export const HEADS_MAX_BYTES = 1 << 20
/** Largest invite message, bytes. */
export const MESSAGE_MAX_BYTES = 64 * 1024
/** Largest announce, bytes: it may carry the new commits' objects (push.ts, at most 256 KiB compressed, in base64). */
export const ANNOUNCE_MAX_BYTES = 1 << 20
/** Largest git request/response header frame, bytes. */
export const GIT_HEADER_MAX_BYTES = 4_096
/** How long sending or reading one small message may take, ms. */
export const MESSAGE_TIMEOUT_MS = 10_000

/** Fetch limits (SPEC.md §5): larger fetches are aborted and nothing is merged. */
export const FETCH_MAX_BYTES = 64 * 1024 * 1024
export const FETCH_MAX_COMMITS = 10_000
/** Deadline of one fetch (both HTTP requests), ms. */
export const FETCH_TIMEOUT_MS = 120_000

/** Backoff of a peer after a failed or refused fetch. */
export const PEER_BACKOFF_BASE_MS = 2_000
export const PEER_BACKOFF_MAX_MS = 10 * 60_000

/** Commits sent as "have" besides the local head: the first-parent chain, then exponential gaps. */
export const HAVE_DENSE = 16

/** After an announce to a peer failed, our heads are sent to it again after this delay (doubling, capped). */
export const RESYNC_BASE_MS = 2_000
export const RESYNC_MAX_MS = 5 * 60_000

/** How often each device sends its heads again to every connected peer (anti-entropy), ms. */
export const ANTI_ENTROPY_MS = 60_000
