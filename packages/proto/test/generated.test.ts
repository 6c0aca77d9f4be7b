import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { skarm, requestSubject, eventSubject } from '../src/index.ts'

const root = resolve(import.meta.dirname, '../../..')

describe('proto', () => {
  it('committed generated code matches proto/ (no drift)', () => {
    const out = mkdtempSync(join(tmpdir(), 'proto-'))
    execFileSync(process.execPath, [join(root, 'tools/gen-proto.ts'), '--out', out], { cwd: root, stdio: 'pipe' })
    for (const f of ['skarm.js', 'skarm.d.ts']) {
      expect(readFileSync(join(out, f), 'utf8'), `${f} is stale: run npm run gen:proto`).toBe(readFileSync(join(root, 'packages/proto/src/generated', f), 'utf8'))
    }
  }, 60_000)

  it('round-trips a message', () => {
    const m = skarm.store.v1.SendMessageRequest.encode({ id: 'a'.repeat(40), body: 'hej' }).finish()
    expect(skarm.store.v1.SendMessageRequest.decode(m).body).toBe('hej')
  })

  it('builds subjects from checked tokens', () => {
    expect(requestSubject('store', 'send_message')).toBe('skarm.store.v1.send_message')
    expect(eventSubject('conversation', 'message_received')).toBe('skarm.evt.conversation.message_received')
    expect(() => requestSubject('store', 'a.b')).toThrow()
    expect(() => requestSubject('store', '>')).toThrow()
  })
})
