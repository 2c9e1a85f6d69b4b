import { defineConfig } from "@playwright/test";
import { getConfig } from "@/lib/config";

// Drives Debian's Chromium; Playwright never downloads a browser here.
const E2E_PORT = getConfig().e2ePort;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: getConfig().chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Each role signs in once through the sign-in page (auth.setup.ts); the specs reuse its saved
  // session with test.use({ storageState: signedInAs(role) }).
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts$/ },
    { name: "e2e", testMatch: /\.spec\.ts$/, dependencies: ["sign-in"] },
  ],
  webServer: {
    // A fresh data directory each run; with DATABASE_URL set (CI) the server database is used.
    command: `rm -rf .data/e2e && npx tsx cli/start.ts`,
    env: { PORT: String(E2E_PORT), KEYWARDEN_DATA_DIR: ".data/e2e" },
    url: `http://localhost:${E2E_PORT}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
