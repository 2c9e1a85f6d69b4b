import { defineConfig } from "vitest/config";

// "server-only" throws outside React's server build; unit tests import server modules directly.
const alias = { "@": import.meta.dirname, "server-only": `${import.meta.dirname}/node_modules/server-only/empty.js` };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.{ts,tsx}", "sandbox/**/*.test.ts", "cli/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "integration/**", "node_modules/**", ".stryker-tmp/**"],
          environment: "node",
          // Building the demo fleet takes seconds on a busy 2-core machine (over 30 s at a load of 20).
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["**/*.db.test.ts", "integration/**/*.test.ts"],
          exclude: ["node_modules/**", ".stryker-tmp/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
