import { defineConfig } from "vitest/config";

// One test layout across the repo: `foo.test.ts` beside `foo.ts`, plus cross-package suites under test/.
// The "crazyrouter-source" condition makes workspace packages resolve to their TypeScript sources, so tests never
// depend on a stale build.
export default defineConfig({
  resolve: { conditions: ["crazyrouter-source"] },
  ssr: { resolve: { conditions: ["crazyrouter-source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/build/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
