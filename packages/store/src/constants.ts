/** Messages per page when `limit` is not given. */
export const DEFAULT_PAGE_LIMIT = 50
/** The largest `limit` of one page. */
export const MAX_PAGE_LIMIT = 1000
