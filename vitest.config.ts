import { defineConfig } from 'vitest/config'

// Three kinds of tests (STYLE.md): unit tests of pure cores, integration tests against a
// real nats-server / libp2p / Git on disk, and end-to-end tests that spawn `skarm up`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'apps/*/test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
      // The simulation harness (@skarm/sim): device stacks in network namespaces (needs root),
      // with the swarm scenarios of issue 3. `npm test` runs this project after the others, on
      // its own: ten stacks side by side with the integration tests' would starve a two-core runner.
      { test: { name: 'sim', include: ['test/sim/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 300_000, fileParallelism: false } },
      // Device stacks as containers (testcontainers): `npm run test:containers` (tools/test-containers.sh)
      // brings the Docker engine and the images, then runs this project.
      { test: { name: 'containers', include: ['test/containers/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false } }
    ]
  }
})
