import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { RULES } from '../src/index.ts'

describe('docs/errors.md', () => {
  it('lists every rule code of the validator', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/errors.md'), 'utf8')
    const missing = Object.keys(RULES).filter((code) => !doc.includes(`\`${code}\``))
    expect(missing).toEqual([])
  })
})
