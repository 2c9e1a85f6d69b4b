import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers";

// npm start ingests the sandbox's trail log files (the demo fleet's ~50,000 events of 90 days,
// AccessDenied bursts and calls to disabled keys among them) in its first audit cycle.
test.describe.configure({ mode: "serial" });

const INGEST_TIMEOUT = 120_000;

async function openExplorer(page: Page, query = "") {
  await page.goto(`/audit${query}`);
  // the first cycle may still be running when the server answers
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("empty-audit")).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: INGEST_TIMEOUT, intervals: [2000] });
}

test.describe("as an operator", () => {
  test.use({ storageState: signedInAs("operator") });

  test("filter the explorer to one key's errors, open a record, follow the link to the key, see its lifecycle", async ({ page }) => {
    test.setTimeout(INGEST_TIMEOUT + 300_000);
    await openExplorer(page);
    await expect(page.getByTestId("audit-row").first()).toBeVisible();

    await page.getByLabel("Time range").selectOption("90d");
    await expect(page).toHaveURL(/range=90d/);
    await page.getByLabel("Errors only").check();
    await expect(page).toHaveURL(/errors=1/);
    const rows = page.getByTestId("audit-row");
    await expect(rows.first().getByTestId("event-error")).toBeVisible();

    // an error event of a key: open it with the keyboard, then narrow to that key's errors
    const withKey = rows.filter({ has: page.getByTestId("event-key-link") }).first();
    await withKey.focus();
    await page.keyboard.press("Enter");
    const drawer = page.getByTestId("audit-event-drawer");
    await expect(drawer).toBeVisible();
    await expect(page).toHaveURL(/[?&]event=/);
    await drawer.getByRole("link", { name: "This key's errors" }).click();
    await expect(page).toHaveURL(/key=arn%3Aaws%3Akms%3A.*errors=1|errors=1.*key=arn%3Aaws%3Akms%3A/);
    const keyArn = new URL(page.url()).searchParams.get("key")!;
    await expect(page.getByTestId("chip-key")).toBeVisible();
    await expect(drawer).toHaveCount(0);
    const count = Math.min(await rows.count(), 10);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(rows.nth(i).getByTestId("event-error")).toBeVisible();

    // the record's raw JSON, in a drawer with its own deep link; Esc closes it
    await rows.first().click({ position: { x: 60, y: 20 } }); // on the time, not the key link
    await expect(drawer.getByTestId("audit-raw-json")).toContainText('"errorCode"');
    await expect(drawer.getByTestId("audit-raw-json")).toContainText(keyArn.split("/")[1]!);
    const eventId = new URL(page.url()).searchParams.get("event")!;
    await expect(drawer.getByTestId("audit-raw-json")).toContainText(`"eventID": "${eventId}"`);
    await page.keyboard.press("Escape");
    await expect(drawer).toHaveCount(0);
    await page.goto(`/audit?${new URLSearchParams({ range: "90d", key: keyArn, errors: "1", event: eventId })}`);
    await expect(drawer.getByTestId("audit-raw-json")).toContainText(`"eventID": "${eventId}"`);

    // the export of this filter holds exactly this key's errors
    const exported = await page.request.get(`/api/audit/export?${new URLSearchParams({ format: "json", range: "90d", key: keyArn, errors: "1" })}`);
    expect(exported.status()).toBe(200);
    const events = (await exported.json()) as { eventId: string; keyArn: string; errorCode: string | null; readOnly: boolean | null }[];
    expect(events.length).toBeGreaterThanOrEqual(count);
    expect(events.every((e) => e.keyArn === keyArn && e.errorCode)).toBe(true);
    expect(events.map((e) => e.eventId)).toContain(eventId);
    await expect(page.getByTestId("export-csv")).toHaveAttribute("href", new RegExp(`^/api/audit/export\\?format=csv&.*key=${encodeURIComponent(keyArn).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const csv = await page.request.get((await page.getByTestId("export-csv").getAttribute("href"))!);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^eventId,eventTime,eventName,accountId,region,keyArn,/);
    expect(lines).toHaveLength(events.length + 1);

    // the key's own page (once the first inventory sync has read it)
    await expect(async () => {
      await page.goto(`/audit?${new URLSearchParams({ range: "90d", key: keyArn, errors: "1", event: eventId })}`);
      await drawer.getByTestId("drawer-key-link").click();
      await expect(page.getByTestId("key-arn")).toHaveText(keyArn, { timeout: 5000 });
    }).toPass({ timeout: 240_000, intervals: [5000] });
    await expect(page).toHaveURL(`/keys/${encodeURIComponent(keyArn)}`);

    // its lifecycle: the state machine with the key's own state highlighted, and its history from the trail
    const lifecycle = page.getByTestId("key-lifecycle");
    await expect(lifecycle).toBeVisible();
    const state = ((await page.getByTestId("key-state").first().textContent()) ?? "").match(/^[A-Za-z]+/)![0];
    await expect(lifecycle.locator('[aria-current="true"]')).toHaveAttribute("data-state", state);
    await expect(lifecycle.getByRole("img", { name: `Key-state machine; this key is ${state}` })).toBeVisible();
    await page.getByTestId("key-audit-link").click();
    await expect(page).toHaveURL(/\/audit\?range=90d&key=/);
    await expect(page.getByTestId("chip-key")).toBeVisible();
  });

  test("a key disabled within the trail's 90 days has DisableKey on its lifecycle, linked to the record", async ({ page }) => {
    test.setTimeout(INGEST_TIMEOUT + 300_000);
    await openExplorer(page, "?range=90d&eventName=DisableKey");
    const rows = page.getByTestId("audit-row").filter({ has: page.getByTestId("event-key-link"), hasNot: page.getByTestId("event-error") });
    await expect(rows.first()).toBeVisible();
    const href = (await rows.first().getByTestId("event-key-link").getAttribute("href"))!;
    // once the first inventory sync has read the key
    await expect(async () => {
      await page.goto(href);
      await expect(page.getByTestId("key-lifecycle")).toBeVisible({ timeout: 5000 });
    }).toPass({ timeout: 240_000, intervals: [5000] });
    const lifecycle = page.getByTestId("key-lifecycle");
    await expect(lifecycle).not.toContainText("No lifecycle events for this key have been ingested yet");
    const entry = lifecycle.getByTestId("lifecycle-entry").filter({ hasText: "DisableKey" }).first();
    await expect(entry).toBeVisible();
    await entry.getByRole("link").click();
    await expect(page.getByTestId("audit-event-drawer").getByTestId("audit-raw-json")).toContainText('"eventName": "DisableKey"');
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: signedInAs("viewer") });

  test("a key scheduled for deletion shows on its lifecycle who scheduled it and when", async ({ page }) => {
    test.setTimeout(INGEST_TIMEOUT + 300_000);
    await openExplorer(page, "?range=90d&eventName=ScheduleKeyDeletion");
    const rows = page.getByTestId("audit-row").filter({ has: page.getByTestId("event-key-link"), hasNot: page.getByTestId("event-error") });
    await expect(rows.first()).toBeVisible();
    const hrefs = await rows.getByTestId("event-key-link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    // some of these keys are deleted by now and were never in the inventory; the sync may also still be reading the others
    await expect(async () => {
      for (const href of hrefs) {
        await page.goto(href);
        await expect(page.getByTestId("key-lifecycle").or(page.getByText("No such key in the inventory"))).toBeVisible();
        if ((await page.getByTestId("key-lifecycle").count()) > 0) return;
      }
      throw new Error("none of the keys scheduled for deletion is in the inventory yet");
    }).toPass({ timeout: 240_000, intervals: [5000] });
    const entry = page.getByTestId("lifecycle-entry").filter({ hasText: "ScheduleKeyDeletion" }).first();
    await expect(entry).toContainText(/PendingDeletion|PendingReplicaDeletion/);
    await expect(entry.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(entry).toContainText(/arn:aws:(iam|sts)::\d{12}:/);
  });

  test("a viewer reads the explorer but gets no export", async ({ page }) => {
    await openExplorer(page, "?range=90d");
    await expect(page.getByTestId("audit-row").first()).toBeVisible();
    await expect(page.getByTestId("export-csv")).toHaveCount(0);
    await expect(page.getByTestId("export-json")).toHaveCount(0);
    const refused = await page.request.get("/api/audit/export?format=json&range=1h");
    expect(refused.status()).toBe(403);
    expect((await page.request.get("/api/audit/events?range=bad")).status()).toBe(400);
  });
});
