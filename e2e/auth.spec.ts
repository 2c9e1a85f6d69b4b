import { expect, test } from "@playwright/test";
import { DEMO, signInAs, signedInAs, type DemoRole } from "./helpers";

const SESSION_COOKIE = "next-auth.session-token";

test("a signed-out visitor is sent to sign-in, and comes back to the page asked for", async ({ page }) => {
  await page.goto("/keys?region=eu-west-1");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fkeys%3Fregion%3Deu-west-1$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("Demo", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: /Cleo Park/ }).click();
  await expect(page).toHaveURL(/\/keys\?region=eu-west-1$/);
});

// The sign-in page itself: auth.setup.ts signs each role in through it, and the specs reuse
// those sessions. Here, each saved session opens the shell with its role.
for (const who of Object.keys(DEMO) as DemoRole[]) {
  test.describe(() => {
    test.use({ storageState: signedInAs(who) });

    test(`${DEMO[who].name}'s saved session opens the shell as ${DEMO[who].role}`, async ({ page }) => {
      await page.goto("/");
      await expect(page.getByTestId("user-name")).toHaveText(DEMO[who].name);
      await expect(page.getByTestId("user-role")).toHaveText(DEMO[who].role);
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const item of ["Overview", "Keys", "Audit", "Approvals", "Findings", "Sync"]) {
        await expect(nav.getByRole("link", { name: item })).toBeVisible();
      }
      await expect(page.getByRole("note")).toContainText("Demo");
      await nav.getByRole("link", { name: "Keys" }).click();
      await expect(page.getByRole("heading", { name: "Keys", level: 1 })).toBeVisible();
    });
  });
}

// Signs in through the page for a session of its own: ending a saved one would sign out later specs.
test("sign-out ends the session in the database: the old cookie no longer opens a page", async ({ page, context, browser }) => {
  await signInAs(page, "operator");
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie?.value).toBeTruthy();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies([{ ...cookie! }]);
  const again = await replay.newPage();
  await again.goto("/");
  await expect(again).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("a forged session cookie is refused", async ({ browser, baseURL }) => {
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: SESSION_COOKIE, value: "not-a-real-session", url: baseURL! }]);
  const page = await ctx.newPage();
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in/);
  await ctx.close();
});
