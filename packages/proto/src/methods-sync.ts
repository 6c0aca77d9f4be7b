import { skarm } from './generated/skarm.js'
import { requestSubject } from './subjects.ts'
import type { Method } from './methods.ts'

const sync = skarm.sync.v1
const common = skarm.common.v1

function method<Req, Res> (service: string, name: string, request: Method<Req, Res>['request'], response: Method<Req, Res>['response']): Method<Req, Res> {
  return { subject: requestSubject(service, name), request, response }
}

/**
 * The store's sync methods (proto/skarm/sync/v1/sync.proto, docs/sync.md): what the
 * transport asks before serving or merging a fetch, and the conversation requests.
 */
export const SyncMethods = {
  listHeads: method<skarm.sync.v1.ListHeadsRequest.$Properties, skarm.sync.v1.ListHeadsResponse>('store', 'list_heads', sync.ListHeadsRequest, sync.ListHeadsResponse),
  authorize: method<skarm.sync.v1.AuthorizeRequest.$Properties, skarm.sync.v1.AuthorizeResponse>('store', 'authorize', sync.AuthorizeRequest, sync.AuthorizeResponse),
  import: method<skarm.sync.v1.ImportRequest.$Properties, skarm.sync.v1.ImportResponse>('store', 'import', sync.ImportRequest, sync.ImportResponse),
  install: method<skarm.sync.v1.ImportRequest.$Properties, skarm.sync.v1.ImportResponse>('store', 'install', sync.ImportRequest, sync.ImportResponse),
  addRequest: method<skarm.sync.v1.ConversationRequest.$Properties, skarm.sync.v1.AddRequestResponse>('store', 'add_request', sync.ConversationRequest, sync.AddRequestResponse),
  listRequests: method<skarm.sync.v1.ListRequestsRequest.$Properties, skarm.sync.v1.ListRequestsResponse>('store', 'list_requests', sync.ListRequestsRequest, sync.ListRequestsResponse),
  acceptRequest: method<skarm.sync.v1.RequestRef.$Properties, skarm.common.v1.Empty>('store', 'accept_request', sync.RequestRef, common.Empty),
  declineRequest: method<skarm.sync.v1.RequestRef.$Properties, skarm.common.v1.Empty>('store', 'decline_request', sync.RequestRef, common.Empty),
  joinPublic: method<skarm.sync.v1.JoinPublicRequest.$Properties, skarm.common.v1.Empty>('store', 'join_public', sync.JoinPublicRequest, common.Empty),
  getAccountState: method<skarm.sync.v1.AccountStateRequest.$Properties, skarm.sync.v1.AccountState>('store', 'get_account_state', sync.AccountStateRequest, sync.AccountState),
  mergeAccountState: method<skarm.sync.v1.MergeAccountStateRequest.$Properties, skarm.sync.v1.MergeAccountStateResponse>('store', 'merge_account_state', sync.MergeAccountStateRequest, sync.MergeAccountStateResponse)
} as const

/** Internal sync events (not relayed by the gateway). */
export const SyncEvents = {
  CloneRequested: { subject: 'skarm.evt.sync.clone_requested', type: skarm.sync.v1.CloneRequested },
  AccountStateChanged: { subject: 'skarm.evt.sync.account_state_changed', type: skarm.sync.v1.AccountStateChanged },
  AccessRevoked: { subject: 'skarm.evt.sync.access_revoked', type: skarm.sync.v1.AccessRevoked }
} as const
