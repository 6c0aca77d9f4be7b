import { defineConfig } from 'vitest/config'

// Three kinds of tests (STYLE.md): unit tests of pure cores, integration tests against a
// real nats-server / libp2p / Git on disk, and end-to-end tests that spawn `skarm up`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'apps/*/test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
      // The simulation harness (@skarm/sim): device stacks in network namespaces (needs root).
      { test: { name: 'sim', include: ['test/sim/**/*.test.ts'], exclude: ['test/sim/swarm.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false } },
      // Swarm scenarios over the harness: they need sync between devices (issue 3), so they are
      // defined only when asked for by name (`vitest run --project sim-swarm`) and `npm test`
      // does not run them yet. Once sync works, make this entry unconditional.
      ...(process.argv.includes('sim-swarm') || process.argv.includes('--project=sim-swarm')
        ? [{ test: { name: 'sim-swarm', include: ['test/sim/swarm.test.ts'], testTimeout: 600_000, hookTimeout: 300_000, fileParallelism: false } }]
        : [])
    ]
  }
})
