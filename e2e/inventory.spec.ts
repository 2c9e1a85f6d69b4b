import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers";

// npm start queues a full sync of the sandbox's demo fleet on an empty inventory; these tests
// run Sync now themselves and then use what it wrote.
test.describe.configure({ mode: "serial" });

const SYNC_TIMEOUT = 240_000;

async function syncNow(page: Page) {
  await page.goto("/sync");
  await page.getByRole("button", { name: "Sync now" }).click();
  const progress = page.getByTestId("sync-progress");
  await expect(progress).toBeVisible({ timeout: 30_000 });
  // The sandbox serves every account-Region of the demo: a partial sync is a failure here.
  await expect(progress).toHaveAttribute("data-status", /^(succeeded|partial|failed)$/, { timeout: SYNC_TIMEOUT });
  await expect(progress).toHaveAttribute("data-status", "succeeded");
}

test.describe("as an operator", () => {
  test.use({ storageState: signedInAs("operator") });

  test("an operator runs Sync now and watches it finish", async ({ page }) => {
    test.setTimeout(SYNC_TIMEOUT + 60_000);
    await syncNow(page);
    await expect(page.getByRole("progressbar", { name: "Sync progress" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByTestId("overview-keys")).not.toHaveText("0");
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: signedInAs("viewer") });

  test("a viewer can watch syncs but not start one", async ({ page }) => {
    await page.goto("/sync");
    await expect(page.getByText("Your role can watch syncs but not start one")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sync now" })).toHaveCount(0);
  });

  test("filter keys by region and state, search by alias, open a key, see its policy", async ({ page }) => {
    await page.goto("/keys");
    await page.getByLabel("Region").selectOption("eu-west-1");
    await expect(page).toHaveURL(/region=eu-west-1/);
    await page.getByLabel("KeyState").selectOption("Enabled");
    await expect(page).toHaveURL(/state=Enabled/);
    const rows = page.getByTestId("key-row");
    await expect(rows.first()).toBeVisible();
    // Columns in order: alias, key id, account, region, …
    const cell = (row: number, column: number) => rows.nth(row).getByRole("gridcell").nth(column);
    const stateOf = (row: number) => rows.nth(row).getByTestId("key-state");
    const count = Math.min(await rows.count(), 10);
    for (let i = 0; i < count; i++) {
      await expect(cell(i, 3)).toHaveText("eu-west-1");
      await expect(stateOf(i)).toHaveText(/^Enabled/);
    }
    // the rows themselves, not only the URL: a Disabled key of eu-west-1 is no longer listed
    await page.getByLabel("KeyState").selectOption("Disabled");
    await expect(page).toHaveURL(/state=Disabled/);
    await expect(stateOf(0)).toHaveText(/^Disabled/);
    const disabled = Math.min(await rows.count(), 10);
    for (let i = 0; i < disabled; i++) await expect(stateOf(i)).toHaveText(/^Disabled/);
    await page.getByLabel("KeyState").selectOption("Enabled");
    await expect(stateOf(0)).toHaveText(/^Enabled/);

    // Search by the first row's alias; the filtered view is a deep link that survives a reload.
    const alias = (await cell(0, 0).innerText()).split(/\s/)[0]!;
    expect(alias).toMatch(/^alias\//);
    await page.getByRole("searchbox").fill(alias);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(alias).replace(/%2F/g, "(%2F|/)")}`));
    await page.reload();
    await expect(rows.first()).toContainText(alias);

    await rows.first().click();
    await expect(page).toHaveURL(/\/keys\/arn%3Aaws%3Akms%3Aeu-west-1%3A/);
    await expect(page.getByTestId("key-arn")).toContainText(":eu-west-1:");
    await expect(page.getByText(alias).first()).toBeVisible();
    await expect(page.getByTestId("key-policy")).toContainText('"Statement"');
  });

  // In the demo fleet every account-Region has an AWS managed EBS key with one to three grants to
  // EC2 instances, and KMS never lets a grant onto an asymmetric (SIGN_VERIFY) key.
  test("a key with grants lists them, a key that cannot have any says so", async ({ page }) => {
    await page.goto("/keys?region=eu-west-1&q=alias%2Faws%2Febs");
    const rows = page.getByTestId("key-row");
    await expect(rows.first()).toContainText("alias/aws/ebs");
    await rows.first().click();
    const grants = page.getByRole("table", { name: "Grants" });
    await expect(grants).toBeVisible();
    await expect(grants).toContainText(":aws:ec2-infrastructure:i-0");
    await expect(page.getByText("No grants on this key.")).toHaveCount(0);

    await page.goto("/keys?usage=SIGN_VERIFY");
    await expect(rows.first()).toBeVisible();
    await rows.first().click();
    await expect(page).toHaveURL(/\/keys\/arn%3Aaws%3Akms%3A/);
    await expect(page.getByText("No grants on this key.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Grants" })).toHaveCount(0);
  });

  test("sort the keys table by a column, move through it with the keyboard, and hide a column", async ({ page }) => {
    await page.goto("/keys");
    const table = page.getByRole("grid", { name: "KMS keys" });
    const rows = page.getByTestId("key-row");
    await expect(rows.nth(1)).toBeVisible();

    // the header's sort goes through the URL, as a deep link
    await expect(table.getByRole("columnheader", { name: /^Alias/ })).toHaveAttribute("aria-sort", "ascending");
    await table.getByRole("button", { name: /^Created/ }).click();
    await expect(page).toHaveURL(/sort=created/);
    await expect(table.getByRole("columnheader", { name: /^Created/ })).toHaveAttribute("aria-sort", "descending");
    await expect(rows.nth(1)).toBeVisible();

    // a hidden column leaves the header and every row, and comes back with "Show all columns"
    await expect(table.getByRole("columnheader", { name: /^Key id/ })).toHaveCount(1);
    await page.getByTestId("column-menu").click();
    await page.getByRole("menuitemcheckbox", { name: "Key id" }).click();
    await page.keyboard.press("Escape");
    await expect(table.getByRole("columnheader", { name: /^Key id/ })).toHaveCount(0);
    await expect(rows.first().getByRole("gridcell").nth(1)).toHaveText(/^\d{12}/);
    await page.getByTestId("column-menu").click();
    await page.getByRole("menuitem", { name: "Show all columns" }).click();
    await expect(table.getByRole("columnheader", { name: /^Key id/ })).toHaveCount(1);

    // arrows move between rows, Enter opens the focused row's key
    await rows.first().focus();
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(rows.nth(1)).toBeFocused();
    const arn = (await rows.nth(1).getAttribute("data-arn"))!;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/keys/${encodeURIComponent(arn)}`);
    await expect(page.getByTestId("key-arn")).toHaveText(arn);
  });
});
