import { describe, expect, it } from 'vitest'
import { skarm } from '@skarm/proto'
import { messageToJson, modeName, modeNumber, preferencesToJson } from '../src/index.ts'
import { ALICE, BOB, COMMIT, COMMIT2, DEVICE } from './fakes.ts'

const Message = skarm.store.v1.Message
const base = { id: COMMIT, parents: [COMMIT2], author: ALICE, device: DEVICE, timestamp: 10 }

describe('messageToJson', () => {
  it('spreads the commit fields after the envelope; edited and reactions only where they belong', () => {
    expect(messageToJson(Message.create({ ...base, type: 'text/plain', fieldsJson: '{"body":"hi","react-to":"x"}' }))).toEqual({
      ...base, type: 'text/plain', body: 'hi', 'react-to': 'x', reactions: []
    })
    const vote = messageToJson(Message.create({ ...base, type: 'vote', fieldsJson: '{"uri":"u","action":"ban"}', edited: false }))
    expect(vote).toEqual({ ...base, type: 'vote', uri: 'u', action: 'ban' })
    expect('edited' in vote).toBe(false)
    expect('reactions' in vote).toBe(false)
  })

  it('reads protobuf defaults from the prototype (a decoded message)', () => {
    const bytes = Message.encode({ id: COMMIT, type: 'initial', fieldsJson: '{"mode":0}' }).finish()
    expect(messageToJson(Message.decode(bytes))).toEqual({ id: COMMIT, parents: [], author: '', device: '', timestamp: 0, type: 'initial', mode: 0 })
  })

  it('never lets commit fields override the envelope or the folded state', () => {
    const fields = JSON.stringify({ id: 'forged', author: BOB, type: 'member', timestamp: 0, parents: [], device: 'x', edited: true, reactions: ['x'], body: 'ok' })
    const json = messageToJson(Message.create({ ...base, type: 'text/plain', fieldsJson: fields }))
    expect(json).toEqual({ ...base, type: 'text/plain', body: 'ok', reactions: [] })
  })

  it('ignores a __proto__ key in the fields', () => {
    const json = messageToJson(Message.create({ ...base, type: 'text/plain', fieldsJson: '{"__proto__":{"polluted":true},"body":"x"}' }))
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype)
    expect((json as Record<string, unknown>).polluted).toBeUndefined()
    expect(json.body).toBe('x')
  })

  it('shows no fields for fields_json that is not a JSON object', () => {
    for (const fieldsJson of ['', 'not json', '[1,2]', '"s"', 'null', '7']) {
      expect(messageToJson(Message.create({ ...base, type: 'merge', fieldsJson }))).toEqual({ ...base, type: 'merge' })
    }
  })
})

describe('modes and preferences', () => {
  it('maps mode names and numbers both ways', () => {
    expect(['ONE_TO_ONE', 'ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC'].map((m) => modeNumber(m as 'PUBLIC'))).toEqual([0, 1, 2, 3])
    expect([0, 1, 2, 3, 9, null].map(modeName)).toEqual(['ONE_TO_ONE', 'ADMIN_INVITES_ONLY', 'INVITES_ONLY', 'PUBLIC', 'UNKNOWN', 'ONE_TO_ONE'])
  })

  it('keeps only the preferences that are set, false included', () => {
    const decoded = skarm.store.v1.Preferences.decode(skarm.store.v1.Preferences.encode({ ignoreNotifications: false }).finish())
    expect(preferencesToJson(decoded)).toEqual({ ignoreNotifications: false })
    expect(preferencesToJson(skarm.store.v1.Preferences.decode(new Uint8Array()))).toEqual({})
    expect(preferencesToJson(null)).toEqual({})
  })
})
