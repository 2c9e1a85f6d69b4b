import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers";

// The demo fleet's access cases (sandbox/fleet/demo/demo-access-cases.ts), found in the sandbox's
// saved state (its ground truth; written every 30 s under the e2e data directory).
const STATE = path.join(__dirname, "..", ".data", "e2e", "sandbox", "state.json");
const PARTNER = "222233334444";

type SavedKey = { KeyId: string; AWSAccountId: string; Region: string; policy?: string; grants: { GrantId: string; Name?: string; GranteePrincipal?: string }[] };
type Saved = { regions: { account: string; region: string; keys: SavedKey[] }[] };

async function demoKeys(): Promise<SavedKey[]> {
  await expect.poll(() => existsSync(STATE), { timeout: 90_000, message: `the sandbox's state at ${STATE}` }).toBe(true);
  const saved = JSON.parse(readFileSync(STATE, "utf8")) as Saved;
  return saved.regions.flatMap((r) => r.keys);
}

const arnOf = (k: SavedKey) => `arn:aws:kms:${k.Region}:${k.AWSAccountId}:key/${k.KeyId}`;

/** Runs Sync now and waits for it to end (as inventory.spec.ts does). */
async function syncNow(page: Page) {
  await page.goto("/sync");
  await page.getByRole("button", { name: "Sync now" }).click();
  const progress = page.getByTestId("sync-progress");
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(progress).toHaveAttribute("data-status", /^(succeeded|partial)$/, { timeout: 240_000 });
}

/**
 * Opens a page of a key once a sync has written it: npm start syncs the demo fleet as it starts,
 * and on a busy machine that first sync can miss a Region, so one more sync is run if need be.
 */
async function openSynced(page: Page, url: string) {
  const found = async () => (await page.goto(url))?.status() === 200;
  if (await found()) return;
  await syncNow(page);
  await expect.poll(found, { timeout: 60_000, intervals: [2_000, 5_000] }).toBe(true);
}

// An operator, who may run Sync now when the first sync missed the key.
test.use({ storageState: signedInAs("operator") });

test("the graph of a key with a cross-account grant: filter to use, open the edge, read its grant", async ({ page }) => {
  test.setTimeout(420_000);
  const key = (await demoKeys()).find((k) => k.grants.some((g) => g.GranteePrincipal?.includes(`::${PARTNER}:`)));
  expect(key, "the demo fleet's partner grant").toBeDefined();
  const grant = key!.grants.find((g) => g.GranteePrincipal?.includes(PARTNER))!;

  await openSynced(page, `/keys/${encodeURIComponent(arnOf(key!))}`);
  await expect(page.getByTestId("access-flags").locator('[data-flag="cross-account"]')).toBeVisible();
  await page.getByTestId("access-graph-link").click();
  await expect(page).toHaveURL(/\/access$/);
  await expect(page.getByTestId("access-graph")).toHaveAttribute("data-ready", "true");

  await page.getByRole("button", { name: "use", exact: true }).click();
  await expect(page.getByRole("button", { name: "use", exact: true })).toHaveAttribute("aria-pressed", "true");
  const edge = page.locator(`[data-testid="graph-edge-label"][data-edge-id^="grant|p|arn:aws:iam::${PARTNER}:"]`);
  await expect(edge).toHaveText("use");
  // from the keyboard: focus the edge and press Enter
  await edge.focus();
  await page.keyboard.press("Enter");

  const panel = page.getByTestId("access-side-panel");
  await expect(panel).toContainText(`Grant ${grant.GrantId}`);
  await expect(panel.getByTestId("access-sentence")).toContainText(`role/analytics-reader in account ${PARTNER} use the key (Decrypt, DescribeKey) when encryption context includes tenant=t-partner`);
  await expect(panel.getByTestId("source-document")).toContainText('"Name": "partner-analytics-read"');

  // the text alternative holds the same, filtered
  const rows = page.getByRole("table", { name: "Access, as a table" }).getByTestId("access-row");
  await expect(rows.filter({ hasText: PARTNER })).toHaveCount(1);
  await expect(rows.filter({ hasText: "PutKeyPolicy" })).toHaveCount(0);
});

test("the public demo key shows public on its page", async ({ page }) => {
  test.setTimeout(420_000);
  const key = (await demoKeys()).find((k) => k.policy?.includes("AllowDecryptForAnyone"));
  expect(key, "the demo fleet's public key").toBeDefined();
  await openSynced(page, `/keys/${encodeURIComponent(arnOf(key!))}`);
  const summary = page.getByRole("heading", { name: "Who can use this key" });
  await expect(summary).toBeVisible();
  await expect(page.getByTestId("access-flags").locator('[data-flag="public"]')).toContainText("public");
  await expect(page.getByTestId("access-everyone")).toContainText("Everyone (*)");
  // the raw policy stays available below the summary
  await expect(page.getByTestId("key-policy")).toContainText("AllowDecryptForAnyone");
});
