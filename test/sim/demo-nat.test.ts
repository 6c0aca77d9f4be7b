// `skarm demo --nat` as a user runs it: two homes behind NAT routers chat through a relay; it
// tells its story, says how the link ended, its exit code matches its verdict, and it leaves
// no namespace behind. (Whether the pair syncs is the NAT scenarios' job: nat.test.ts.)
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { skarm } from '../helpers/device.ts'

const run = promisify(execFile)

it('skarm demo --nat shows two homes chatting through the relay, how the link ended, and cleans up', async () => {
  const r = await skarm(['demo', '--nat'])
  expect(r.stdout).toContain('skarm demo --nat: two homes behind NAT routers')
  expect(r.stdout).toMatch(/^ {2}alice {2}192\.168\.1\.2 behind router r1/m)
  expect(r.stdout).toMatch(/^ {2}bob {4}192\.168\.2\.2 behind router r2/m)
  const verdict = /^result: (.*)$/m.exec(r.stdout)?.[1]
  expect(verdict).toBeDefined()
  expect(r.code).toBe(verdict!.startsWith('identical on both devices') ? 0 : 1)
  if (r.code === 0) expect(r.stdout).toMatch(/^ {2}(direct|relayed): /m)
  // the demo's network (its index in the bridge name it printed) is gone
  const index = /bridge sksim(\d+) /.exec(r.stdout)?.[1]
  expect(index).toBeDefined()
  const ns = (await run('ip', ['netns', 'list'])).stdout
  expect(ns).not.toMatch(new RegExp(`^sksim${index}-`, 'm'))
}, 600_000)

it('skarm demo --quic without --nat is a usage error', async () => {
  const r = await skarm(['demo', '--quic'])
  expect(r.code).not.toBe(0)
  expect(r.stderr).toContain('--quic goes with --nat')
})
