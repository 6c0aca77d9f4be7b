import { Mutex, rolesOf } from '@skarm/conversation'
import { InvalidInputError, NotFoundError } from '@skarm/errors'
import { isId } from '@skarm/identity'
import type { AccountState } from './account-state.ts'
import type { RequestEntry } from './requests.ts'
import type { Store } from './store.ts'
import type { StoreSync } from './sync.ts'

/** The account-state prefix of contacts: `contact/<uri>` → `{added: true}` (null: removed). */
export const CONTACT_PREFIX = 'contact/'

/** The account-state key of the contact `uri`. */
export function contactKey (uri: string): string {
  return CONTACT_PREFIX + uri
}

/** A contact as getContacts lists it. */
export interface ContactView {
  uri: string
  /**
   * The lowest id among the live ONE_TO_ONE conversations with the contact (both sides show the
   * same one when both made one while apart); else the one being cloned or requested; else ''.
   */
  conversationId: string
  /** The contact is an admin or member of that conversation at its head. */
  confirmed: boolean
}

/** What {@link Contacts} is built over. */
export interface ContactsComponents {
  store: Store
  sync: StoreSync
  /** The account state the account's devices share: every contact lives there. */
  state: AccountState
  /** Told the account-state keys a change wrote (the app publishes AccountStateChanged). */
  changed?: (keys: string[]) => void
  /** Told what failed in work no request waits for (an automatic acceptance, a contact recorded after a clone). */
  warn?: (context: Record<string, unknown>, message: string) => void
}

interface Pair { creator: string, invited: string }

/**
 * 1:1 contacts (SPEC.md §8, Jami's addContact/getContacts/removeContact) over the store, its
 * sync part and the account state. A contact is an account-state entry; its conversation is
 * a ONE_TO_ONE whose initial commit names the two accounts. A ONE_TO_ONE request from a
 * contact is accepted at once; a ONE_TO_ONE installed here makes its peer a contact.
 *
 * ```ts
 * const contacts = new Contacts({ store, sync, state })
 * const { conversationId, created } = await contacts.addContact(uri)
 * await contacts.listContacts() // [{ uri, conversationId, confirmed }]
 * ```
 */
export class Contacts {
  private readonly store: Store
  private readonly sync: StoreSync
  private readonly state: AccountState
  private readonly changed: (keys: string[]) => void
  private readonly warn: (context: Record<string, unknown>, message: string) => void
  private readonly own: string
  // contact changes one at a time: two adds of one account make one conversation
  private readonly lock = new Mutex()
  // the two accounts of each ONE_TO_ONE here (null: another mode): an initial commit never changes
  private readonly pairs = new Map<string, Pair | null>()

  constructor (c: ContactsComponents) {
    this.store = c.store
    this.sync = c.sync
    this.state = c.state
    this.changed = c.changed ?? (() => {})
    this.warn = c.warn ?? (() => {})
    this.own = c.store.getAccount().uri
    c.sync.onRequestAdded(async (r) => { await this.requestAdded(r) })
    c.sync.onInstalled(async (id) => { await this.installed(id) })
  }

  /**
   * addContact: the live ONE_TO_ONE with `uri` when there is one (the lowest id); else the
   * peer's own ONE_TO_ONE request, accepted; else a new ONE_TO_ONE whose initial commit invites
   * `uri` (`created`: true). The contact is recorded in every case.
   */
  async addContact (uri: string): Promise<{ conversationId: string, created: boolean }> {
    this.checkUri(uri)
    if (uri === this.own) throw new InvalidInputError('CONTACT_SELF', 'one\'s own account cannot be a contact', { uri })
    return await this.lock.run(async () => {
      let result: { conversationId: string, created: boolean }
      const live = (await this.oneToOnes()).get(uri)
      const requested = live === undefined ? this.requested(await this.sync.requests.list(), uri) : undefined
      if (live !== undefined) {
        result = { conversationId: live[0]!, created: false }
      } else if (requested !== undefined) {
        if (requested.accepted !== true) await this.sync.acceptRequest(requested.conversationId, { auto: true })
        result = { conversationId: requested.conversationId, created: false }
      } else {
        result = { conversationId: (await this.store.createConversation('ONE_TO_ONE', uri)).id, created: true }
      }
      await this.record(uri)
      return result
    })
  }

  /** getContacts: every contact of the account, by URI. */
  async listContacts (): Promise<ContactView[]> {
    const uris = [...(await this.state.list(CONTACT_PREFIX)).keys()].map((k) => k.slice(CONTACT_PREFIX.length)).filter(isId).sort()
    if (uris.length === 0) return []
    const ones = await this.oneToOnes()
    const requests = await this.sync.requests.list()
    const out: ContactView[] = []
    for (const uri of uris) {
      const id = ones.get(uri)?.[0]
      if (id !== undefined) out.push({ uri, conversationId: id, confirmed: await this.confirmed(id, uri) })
      else out.push({ uri, conversationId: this.requested(requests, uri)?.conversationId ?? '', confirmed: false })
    }
    return out
  }

  /**
   * removeContact: every live ONE_TO_ONE with `uri` is removed (the leave is committed when the
   * peer is in it), its ONE_TO_ONE requests are declined, then the contact is deleted.
   * CONTACT_NOT_FOUND (nothing written) when `uri` is not a contact.
   */
  async removeContact (uri: string): Promise<void> {
    this.checkUri(uri)
    await this.lock.run(async () => {
      if (await this.state.get(contactKey(uri)) === undefined) throw new NotFoundError('CONTACT_NOT_FOUND', 'no such contact', { uri })
      for (const id of (await this.oneToOnes()).get(uri) ?? []) await this.store.removeConversation(id)
      for (const r of await this.sync.requests.list()) {
        if (r.from === uri && r.declined !== true && isOneToOneRequest(r)) await this.sync.declineRequest(r.conversationId)
      }
      await this.state.set(contactKey(uri), null)
      this.changed([contactKey(uri)])
    })
  }

  /**
   * Accepts every pending ONE_TO_ONE request from a contact (for contacts that arrived from
   * another device of the account).
   */
  async acceptFromContacts (): Promise<void> {
    await this.lock.run(async () => {
      const contacts = await this.state.list(CONTACT_PREFIX)
      for (const r of await this.sync.requests.list()) {
        if (r.mode === 'ONE_TO_ONE' && r.accepted !== true && r.declined !== true && contacts.has(contactKey(r.from))) await this.sync.acceptRequest(r.conversationId, { auto: true })
      }
    })
  }

  private checkUri (uri: string): void {
    if (!isId(uri)) throw new InvalidInputError('URI_INVALID', 'an account URI is 40 hex characters', { uri })
  }

  // Recorded once: a contact already there keeps its entry (and its clock).
  private async record (uri: string): Promise<void> {
    if (await this.state.get(contactKey(uri)) !== undefined) return
    await this.state.set(contactKey(uri), { added: true })
    this.changed([contactKey(uri)])
  }

  // A new request: a contact's ONE_TO_ONE is accepted at once (we added them too while apart).
  private async requestAdded (r: RequestEntry): Promise<void> {
    if (r.mode !== 'ONE_TO_ONE' || r.accepted === true || r.declined === true) return
    try {
      await this.lock.run(async () => {
        if (await this.state.get(contactKey(r.from)) === undefined) return
        await this.sync.acceptRequest(r.conversationId, { auto: true })
      })
    } catch (err) {
      this.warn({ conversationId: r.conversationId, err: (err as Error).message }, 'contact request not accepted automatically')
    }
  }

  // A clone installed: the peer of a ONE_TO_ONE (now proven by its history) is a contact.
  private async installed (conversationId: string): Promise<void> {
    try {
      const peer = await this.peerOf(conversationId)
      if (peer !== undefined) await this.lock.run(async () => { await this.record(peer) })
    } catch (err) {
      this.warn({ conversationId, err: (err as Error).message }, 'contact of an installed conversation not recorded')
    }
  }

  // The ONE_TO_ONE request from `uri` cloning here, else the one waiting for the user (lowest ids).
  private requested (requests: RequestEntry[], uri: string): RequestEntry | undefined {
    const mine = requests.filter((r) => r.from === uri && r.declined !== true && isOneToOneRequest(r))
      .sort((a, b) => a.conversationId < b.conversationId ? -1 : 1)
    return mine.find((r) => r.accepted === true) ?? mine[0]
  }

  /** The live ONE_TO_ONE conversations here, by peer, ids ascending. */
  private async oneToOnes (): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>()
    for (const c of await this.store.listConversations()) {
      if (c.mode !== 'ONE_TO_ONE') continue
      let peer: string | undefined
      try {
        peer = await this.peerOf(c.id)
      } catch {
        continue
      }
      if (peer === undefined) continue
      const list = out.get(peer)
      if (list === undefined) out.set(peer, [c.id])
      else list.push(c.id)
    }
    for (const list of out.values()) list.sort()
    return out
  }

  // The other account of a ONE_TO_ONE between us and it; undefined for any other conversation.
  private async peerOf (id: string): Promise<string | undefined> {
    let pair = this.pairs.get(id)
    if (pair === undefined) {
      const { conv } = await this.store.conversation(id)
      pair = null
      if (await conv.mode() === 'ONE_TO_ONE') {
        const initial = await conv.repo.readCommit(id)
        const invited = (JSON.parse(initial.message) as { invited?: unknown }).invited
        if (typeof invited === 'string' && isId(invited)) pair = { creator: initial.committer.name, invited }
      }
      this.pairs.set(id, pair)
    }
    if (pair === null) return undefined
    if (pair.creator === this.own && pair.invited !== this.own) return pair.invited
    if (pair.invited === this.own && pair.creator !== this.own) return pair.creator
    return undefined
  }

  private async confirmed (id: string, uri: string): Promise<boolean> {
    try {
      const { conv } = await this.store.conversation(id)
      const roles = rolesOf(await conv.tree())
      return roles.admins.has(uri) || roles.members.has(uri)
    } catch {
      return false
    }
  }
}

// A request that claims a ONE_TO_ONE (or was accepted automatically as one).
function isOneToOneRequest (r: RequestEntry): boolean {
  return r.mode === 'ONE_TO_ONE' || r.auto === true
}
