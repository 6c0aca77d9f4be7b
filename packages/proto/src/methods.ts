import { skarm } from './generated/skarm.js'
import { requestSubject } from './subjects.ts'

const common = skarm.common.v1
const store = skarm.store.v1

/** A request/reply method of the bus: its subject and its two message types. */
export interface Method<Req, Res> {
  subject: string
  request: { encode: (m: Req) => { finish: () => Uint8Array }, decode: (b: Uint8Array) => Req }
  response: { encode: (m: Res) => { finish: () => Uint8Array }, decode: (b: Uint8Array) => Res }
}

function method<Req, Res> (service: string, name: string, request: Method<Req, Res>['request'], response: Method<Req, Res>['response']): Method<Req, Res> {
  return { subject: requestSubject(service, name), request, response }
}

/** The methods of the store service (proto/skarm/store/v1/store.proto). */
export const StoreMethods = {
  getAccount: method<skarm.store.v1.GetAccountRequest.$Properties, skarm.store.v1.GetAccountResponse>('store', 'get_account', store.GetAccountRequest, store.GetAccountResponse),
  createConversation: method<skarm.store.v1.CreateConversationRequest.$Properties, skarm.store.v1.CreateConversationResponse>('store', 'create_conversation', store.CreateConversationRequest, store.CreateConversationResponse),
  listConversations: method<skarm.store.v1.ListConversationsRequest.$Properties, skarm.store.v1.ListConversationsResponse>('store', 'list_conversations', store.ListConversationsRequest, store.ListConversationsResponse),
  getConversation: method<skarm.store.v1.ConversationRef.$Properties, skarm.store.v1.ConversationInfo>('store', 'get_conversation', store.ConversationRef, store.ConversationInfo),
  updateProfile: method<skarm.store.v1.UpdateProfileRequest.$Properties, skarm.common.v1.CommitResponse>('store', 'update_profile', store.UpdateProfileRequest, common.CommitResponse),
  removeConversation: method<skarm.store.v1.ConversationRef.$Properties, skarm.common.v1.Empty>('store', 'remove_conversation', store.ConversationRef, common.Empty),
  listMembers: method<skarm.store.v1.ConversationRef.$Properties, skarm.store.v1.ListMembersResponse>('store', 'list_members', store.ConversationRef, store.ListMembersResponse),
  addMember: method<skarm.store.v1.MemberRequest.$Properties, skarm.common.v1.CommitResponse>('store', 'add_member', store.MemberRequest, common.CommitResponse),
  banMember: method<skarm.store.v1.MemberRequest.$Properties, skarm.common.v1.CommitResponse>('store', 'ban_member', store.MemberRequest, common.CommitResponse),
  unbanMember: method<skarm.store.v1.MemberRequest.$Properties, skarm.common.v1.CommitResponse>('store', 'unban_member', store.MemberRequest, common.CommitResponse),
  promoteMember: method<skarm.store.v1.MemberRequest.$Properties, skarm.common.v1.CommitResponse>('store', 'promote_member', store.MemberRequest, common.CommitResponse),
  sendMessage: method<skarm.store.v1.SendMessageRequest.$Properties, skarm.store.v1.SendMessageResponse>('store', 'send_message', store.SendMessageRequest, store.SendMessageResponse),
  loadMessages: method<skarm.store.v1.LoadMessagesRequest.$Properties, skarm.store.v1.LoadMessagesResponse>('store', 'load_messages', store.LoadMessagesRequest, store.LoadMessagesResponse),
  setDisplayed: method<skarm.store.v1.SetDisplayedRequest.$Properties, skarm.common.v1.Empty>('store', 'set_displayed', store.SetDisplayedRequest, common.Empty),
  getPreferences: method<skarm.store.v1.ConversationRef.$Properties, skarm.store.v1.Preferences>('store', 'get_preferences', store.ConversationRef, store.Preferences),
  setPreferences: method<skarm.store.v1.SetPreferencesRequest.$Properties, skarm.store.v1.Preferences>('store', 'set_preferences', store.SetPreferencesRequest, store.Preferences),
  addContact: method<skarm.store.v1.AddContactRequest.$Properties, skarm.store.v1.AddContactResponse>('store', 'add_contact', store.AddContactRequest, store.AddContactResponse),
  listContacts: method<skarm.store.v1.ListContactsRequest.$Properties, skarm.store.v1.ListContactsResponse>('store', 'list_contacts', store.ListContactsRequest, store.ListContactsResponse),
  removeContact: method<skarm.store.v1.ContactRef.$Properties, skarm.common.v1.Empty>('store', 'remove_contact', store.ContactRef, common.Empty),
  revokeDevice: method<skarm.store.v1.RevokeDeviceRequest.$Properties, skarm.common.v1.Empty>('store', 'revoke_device', store.RevokeDeviceRequest, common.Empty)
} as const

/** The methods of the validator service. */
export const ValidatorMethods = {
  validateRange: method<skarm.validator.v1.ValidateRangeRequest.$Properties, skarm.validator.v1.ValidateRangeResponse>('validator', 'validate_range', skarm.validator.v1.ValidateRangeRequest, skarm.validator.v1.ValidateRangeResponse)
} as const

/** The methods of the transport service. */
export const TransportMethods = {
  getAddresses: method<skarm.transport.v1.GetAddressesRequest.$Properties, skarm.transport.v1.GetAddressesResponse>('transport', 'get_addresses', skarm.transport.v1.GetAddressesRequest, skarm.transport.v1.GetAddressesResponse),
  listPeers: method<skarm.transport.v1.ListPeersRequest.$Properties, skarm.transport.v1.ListPeersResponse>('transport', 'list_peers', skarm.transport.v1.ListPeersRequest, skarm.transport.v1.ListPeersResponse),
  /** Reachability, relay reservations, direct/relayed connections (docs/sync.md, "Reaching devices behind NATs"). */
  getNetwork: method<skarm.transport.v1.GetNetworkRequest.$Properties, skarm.transport.v1.GetNetworkResponse>('transport', 'get_network', skarm.transport.v1.GetNetworkRequest, skarm.transport.v1.GetNetworkResponse)
} as const

/** The methods of the DHT service. */
export const DhtMethods = {
  getInfo: method<skarm.dht.v1.GetInfoRequest.$Properties, skarm.dht.v1.GetInfoResponse>('dht', 'get_info', skarm.dht.v1.GetInfoRequest, skarm.dht.v1.GetInfoResponse),
  findDevice: method<skarm.dht.v1.FindDeviceRequest.$Properties, skarm.dht.v1.FindDeviceResponse>('dht', 'find_device', skarm.dht.v1.FindDeviceRequest, skarm.dht.v1.FindDeviceResponse),
  findAccountDevices: method<skarm.dht.v1.FindAccountDevicesRequest.$Properties, skarm.dht.v1.FindAccountDevicesResponse>('dht', 'find_account_devices', skarm.dht.v1.FindAccountDevicesRequest, skarm.dht.v1.FindAccountDevicesResponse),
  deliverOffline: method<skarm.dht.v1.DeliverOfflineRequest.$Properties, skarm.dht.v1.DeliverOfflineResponse>('dht', 'deliver_offline', skarm.dht.v1.DeliverOfflineRequest, skarm.dht.v1.DeliverOfflineResponse),
  pollInbox: method<skarm.dht.v1.PollInboxRequest.$Properties, skarm.dht.v1.PollInboxResponse>('dht', 'poll_inbox', skarm.dht.v1.PollInboxRequest, skarm.dht.v1.PollInboxResponse),
  publishRecords: method<skarm.dht.v1.PublishRecordsRequest.$Properties, skarm.dht.v1.PublishRecordsResponse>('dht', 'publish_records', skarm.dht.v1.PublishRecordsRequest, skarm.dht.v1.PublishRecordsResponse)
} as const

/**
 * Events of the DHT service (proto/skarm/dht/v1/dht.proto): verified offline entries for this
 * device, and the push hook (a device was pinged through the DHT) for a mobile push bridge.
 */
export const DhtEvents = {
  InviteReceived: { subject: 'skarm.evt.dht.invite_received', type: skarm.dht.v1.OfflineEntryReceived },
  AnnounceReceived: { subject: 'skarm.evt.dht.announce_received', type: skarm.dht.v1.OfflineEntryReceived },
  Push: { subject: 'skarm.evt.dht.push', type: skarm.dht.v1.Push }
} as const

/** The methods of the files service. */
export const FilesMethods = {
  putFile: method<skarm.files.v1.PutFileRequest.$Properties, skarm.files.v1.PutFileResponse>('files', 'put_file', skarm.files.v1.PutFileRequest, skarm.files.v1.PutFileResponse),
  getFile: method<skarm.files.v1.GetFileRequest.$Properties, skarm.files.v1.GetFileResponse>('files', 'get_file', skarm.files.v1.GetFileRequest, skarm.files.v1.GetFileResponse)
} as const

/** `health` of any service: every service answers it. */
export function healthMethod (service: string): Method<skarm.common.v1.HealthRequest.$Properties, skarm.common.v1.HealthResponse> {
  return method<skarm.common.v1.HealthRequest.$Properties, skarm.common.v1.HealthResponse>(service, 'health', common.HealthRequest, common.HealthResponse)
}

/** Events: subject and type. The gateway maps each to its Jami signal name. */
export const Events = {
  MessageReceived: { subject: 'skarm.evt.conversation.message_received', type: skarm.events.v1.MessageReceived },
  ConversationReady: { subject: 'skarm.evt.conversation.ready', type: skarm.events.v1.ConversationReady },
  ConversationRemoved: { subject: 'skarm.evt.conversation.removed', type: skarm.events.v1.ConversationRemoved },
  ConversationMemberEvent: { subject: 'skarm.evt.conversation.member_event', type: skarm.events.v1.ConversationMemberEvent },
  ConversationProfileUpdated: { subject: 'skarm.evt.conversation.profile_updated', type: skarm.events.v1.ConversationProfileUpdated },
  ConversationPreferencesUpdated: { subject: 'skarm.evt.conversation.preferences_updated', type: skarm.events.v1.ConversationPreferencesUpdated },
  ConversationSyncFinished: { subject: 'skarm.evt.conversation.sync_finished', type: skarm.events.v1.ConversationSyncFinished },
  OnConversationError: { subject: 'skarm.evt.conversation.error', type: skarm.events.v1.OnConversationError },
  ConversationRequestReceived: { subject: 'skarm.evt.request.received', type: skarm.events.v1.ConversationRequestReceived }
} as const
