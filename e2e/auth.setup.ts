import { test as setup } from "@playwright/test";
import { DEMO, signInAs, signedInAs, type DemoRole } from "./helpers";

// Runs before the specs (the "sign-in" project): one session per demo role, saved for reuse.
for (const who of Object.keys(DEMO) as DemoRole[]) {
  setup(`${DEMO[who].name} signs in as ${DEMO[who].role}`, async ({ page }) => {
    // the first pages after start-up compete with the first sync and CloudTrail ingestion
    await signInAs(page, who, 60_000);
    await page.context().storageState({ path: signedInAs(who) });
  });
}
