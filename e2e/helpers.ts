import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const DEMO = {
  operator: { name: "Ana Ortiz", role: "Operator" },
  approver: { name: "Ben Okafor", role: "Approver" },
  viewer: { name: "Cleo Park", role: "Viewer" },
  admin: { name: "Dev Rao", role: "Admin" },
} as const;

export type DemoRole = keyof typeof DEMO;

/** Clicks through the demo sign-in page: auth.setup.ts and the spec of the sign-in page itself. */
export async function signInAs(page: Page, who: DemoRole, timeout?: number) {
  const person = DEMO[who];
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(person.name) }).click();
  await expect(page.getByTestId("user-name")).toHaveText(person.name, { timeout });
}

/** The signed-in state auth.setup.ts saves for a role (e2e/.auth is not committed). */
export function signedInAs(who: DemoRole): string {
  return path.join(__dirname, ".auth", `${who}.json`);
}
