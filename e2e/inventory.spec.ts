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
  await expect(progress).toHaveAttribute("data-status", /^(succeeded|partial)$/, { timeout: SYNC_TIMEOUT });
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

  test("filter keys by region and state, search by alias, open a key, see its grants and policy", async ({ page }) => {
    await page.goto("/keys");
    await page.getByLabel("Region").selectOption("eu-west-1");
    await expect(page).toHaveURL(/region=eu-west-1/);
    await page.getByLabel("KeyState").selectOption("Enabled");
    await expect(page).toHaveURL(/state=Enabled/);
    const rows = page.getByTestId("key-row");
    await expect(rows.first()).toBeVisible();
    // Columns in order: alias, key id, account, region, …
    const cell = (row: number, column: number) => rows.nth(row).getByRole("gridcell").nth(column);
    const count = Math.min(await rows.count(), 10);
    for (let i = 0; i < count; i++) await expect(cell(i, 3)).toHaveText("eu-west-1");

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
    await expect(page.getByRole("table", { name: "Grants" }).or(page.getByText(/no grants/i))).toBeVisible();
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
