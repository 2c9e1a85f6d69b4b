import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers";

// Runs after the inventory spec: npm start's first sync (and the inventory spec's Sync now) made
// thousands of KMS calls to the sandbox, which wrote them into its trail files like any other call;
// the audit schedule ingests them within a cycle or two.
test.describe.configure({ mode: "serial" });

const INGEST_TIMEOUT = 180_000;
const SYNC_TIMEOUT = 240_000;
/** The demo fleet's data-platform account: its trail leaves KMS events out. */
const EXCLUDED_ACCOUNT = "777788889999";

type Exported = { eventName: string; userAgent: string | null; principalArn: string | null };

async function exported(page: Page, params: Record<string, string>): Promise<Exported[]> {
  const res = await page.request.get(`/api/audit/export?${new URLSearchParams({ format: "json", range: "24h", ...params })}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Exported[];
}

test.describe("as an operator", () => {
  test.use({ storageState: signedInAs("operator") });

  test("Keywarden's own calls are hidden in the explorer by default and shown by the filter", async ({ page }) => {
    test.setTimeout(INGEST_TIMEOUT + 60_000);
    // the sync's GetKeyLastUsage calls, once ingested, are Keywarden's own
    await expect(async () => {
      expect((await exported(page, { own: "only", eventName: "GetKeyLastUsage" })).length).toBeGreaterThan(0);
    }).toPass({ timeout: INGEST_TIMEOUT, intervals: [5000] });
    const own = await exported(page, { own: "only" });
    expect(own.every((e) => e.userAgent?.includes("keywarden/"))).toBe(true);
    expect(await exported(page, { eventName: "GetKeyLastUsage" })).toHaveLength(0);

    await page.goto("/audit?range=24h&eventName=GetKeyLastUsage");
    await expect(page.getByTestId("no-matching-events")).toBeVisible();
    await expect(page.getByLabel("Keywarden's own calls")).toHaveValue("hide");
    await page.getByLabel("Keywarden's own calls").selectOption("show");
    await expect(page).toHaveURL(/own=show/);
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toContainText("GetKeyLastUsage");
    await page.reload();
    await expect(page.getByLabel("Keywarden's own calls")).toHaveValue("show");
    await expect(rows.first()).toContainText("GetKeyLastUsage");

    // the Overview's busiest callers hold none of Keywarden's principals
    await page.goto("/?days=7");
    const callers = page.getByRole("list", { name: "Busiest callers" });
    await expect(callers).toBeVisible();
    await expect(callers).not.toContainText("KeywardenReader");
    await expect(callers).not.toContainText("keywarden-demo");
  });

  test("a key with recent cryptographic calls says when it was last used, the same on its page and in its usage", async ({ page }) => {
    test.setTimeout(SYNC_TIMEOUT + 60_000);
    // the busiest key of a Region whose trails record KMS events, once the first sync has read it
    await expect(async () => {
      await page.goto("/?days=7");
      const busiest = page.getByRole("list", { name: "Busiest keys" });
      const covered = busiest.getByRole("listitem").filter({ hasNot: page.getByTestId("ranked-usage-unknown") }).first();
      await covered.getByRole("link").click({ timeout: 5000 });
      await expect(page.getByTestId("key-arn")).toBeVisible({ timeout: 5000 });
    }).toPass({ timeout: SYNC_TIMEOUT, intervals: [5000] });
    const lastUsed = page.getByTestId("key-last-used");
    await expect(lastUsed).toHaveAttribute("data-source", /^(GetKeyLastUsage|CloudTrail)$/);
    await expect(lastUsed).not.toContainText("Unknown");
    await expect(page.getByTestId("usage-last-used")).toHaveText(await lastUsed.innerText());
  });

  test("keys in an account-Region whose trails exclude KMS events say usage unknown, never zero", async ({ page }) => {
    test.setTimeout(SYNC_TIMEOUT + 60_000);
    const rows = page.getByTestId("key-row");
    await expect(async () => {
      await page.goto(`/keys?account=${EXCLUDED_ACCOUNT}`);
      await expect(rows.first()).toBeVisible({ timeout: 5000 });
    }).toPass({ timeout: SYNC_TIMEOUT, intervals: [5000] });
    await expect(rows.first().getByTestId("usage-unknown")).toHaveText("usage unknown");
    await expect(rows.first()).not.toContainText("no calls");
    await rows.first().click();
    await expect(page.getByTestId("key-arn")).toContainText(EXCLUDED_ACCOUNT);
    const usage = page.getByTestId("key-usage");
    await expect(usage).toContainText("Usage unknown: the trails of this account-Region exclude KMS events.");
    await expect(usage).not.toContainText(/\b0 calls\b/);
  });
});
