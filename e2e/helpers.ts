import { expect, type Page } from "@playwright/test";

export const DEMO = {
  operator: { name: "Ana Ortiz", role: "Operator" },
  approver: { name: "Ben Okafor", role: "Approver" },
  viewer: { name: "Cleo Park", role: "Viewer" },
  admin: { name: "Dev Rao", role: "Admin" },
} as const;

export async function signInAs(page: Page, who: keyof typeof DEMO) {
  const person = DEMO[who];
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(person.name) }).click();
  await expect(page.getByTestId("user-name")).toHaveText(person.name);
}
