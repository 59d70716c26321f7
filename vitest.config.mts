import { defineConfig } from "vitest/config";

// Three projects: `unit` (node), `dom` (React components in happy-dom) and `browser` (the built pages
// in Debian's headless Chromium through playwright-core). `npm test` builds first (pretest).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["test/unit/**/*.test.ts", "src/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "dom",
          environment: "happy-dom",
          include: ["test/dom/**/*.test.tsx"],
          setupFiles: ["test/dom/setup.ts"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
