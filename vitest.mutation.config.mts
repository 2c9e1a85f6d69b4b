import { defineConfig } from "vitest/config";

// For `npm run mutation`: the unit and database tests in one project, so that Stryker can run
// exactly the tests that cover each mutant (integration and end-to-end tests are too slow for that).
const alias = { "@": import.meta.dirname, "server-only": `${import.meta.dirname}/node_modules/server-only/empty.js` };

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.{ts,tsx}", "cli/**/*.test.ts", "bench/**/*.test.ts", "sandbox/**/*.test.ts"],
    exclude: ["node_modules/**", "integration/**", "e2e/**"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
