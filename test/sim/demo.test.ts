// `skarm demo` as a user runs it: it tells its story, its exit code matches its verdict, and it
// leaves no namespace or bridge behind. (Whether the swarm converges is the sync's job: the
// scenarios in swarm.test.ts check that.)
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { skarm } from '../helpers/device.ts'

const run = promisify(execFile)

it('skarm demo prints each step and the final history of each device, exit 0 only when identical, and cleans up', async () => {
  const r = await skarm(['demo'])
  expect(r.stdout).toContain('skarm demo: three devices')
  expect(r.stdout).toMatch(/^1\. alice starts a conversation and invites bob and carol$/m)
  for (const name of ['alice', 'bob', 'carol']) expect(r.stdout).toMatch(new RegExp(`^  ${name}:$`, 'm'))
  const verdict = /^result: (.*)$/m.exec(r.stdout)?.[1]
  expect(verdict).toBeDefined()
  expect(r.code).toBe(verdict!.startsWith('identical on all three devices') ? 0 : 1)
  // the demo's network (named "demo" in its claim) is gone: no namespace of a claim-less network
  const ns = (await run('ip', ['netns', 'list'])).stdout
  expect(ns).not.toMatch(/-(alice|bob|carol)\b/)
}, 600_000)
