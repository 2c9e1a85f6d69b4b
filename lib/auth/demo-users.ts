import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient, User } from "@/lib/db/generated/client";
import type { Role } from "./permissions";

// The people offered on the sign-in page in demo mode, one per role.
export const DEMO_USERS: readonly { email: string; name: string; role: Role; blurb: string }[] = [
  { email: "ana.ortiz@demo.keywarden.local", name: "Ana Ortiz", role: "operator", blurb: "Runs syncs and exports (key changes are not built yet)" },
  { email: "ben.okafor@demo.keywarden.local", name: "Ben Okafor", role: "approver", blurb: "Exports; will approve other people's changes" },
  { email: "cleo.park@demo.keywarden.local", name: "Cleo Park", role: "viewer", blurb: "Reads the inventory and the audit trail" },
  { email: "dev.rao@demo.keywarden.local", name: "Dev Rao", role: "admin", blurb: "Everything" },
];

/** The demo person with this email, unless there is none or they were disabled. */
export async function findDemoUser(email: string): Promise<User | null> {
  const user = await getPrisma().user.findUnique({ where: { email } });
  return user && user.isDemo && !user.disabledAt ? user : null;
}

export async function seedDemoUsers(db: PrismaClient): Promise<void> {
  for (const u of DEMO_USERS) {
    await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, role: u.role, isDemo: true },
      update: { name: u.name, role: u.role, isDemo: true, disabledAt: null },
    });
  }
}
