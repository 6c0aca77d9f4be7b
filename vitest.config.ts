import { defineConfig } from 'vitest/config'

// Three kinds of tests (STYLE.md): unit tests of pure cores, integration tests against a
// real nats-server / libp2p / Git on disk, and end-to-end tests that spawn `skarm up`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'apps/*/test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } }
    ]
  }
})
