import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "./permissions";

// The people offered on the sign-in page in demo mode, one per role.
export const DEMO_USERS: readonly { email: string; name: string; role: Role; blurb: string }[] = [
  { email: "ana.ortiz@demo.keywarden.local", name: "Ana Ortiz", role: "operator", blurb: "Runs syncs and requests key changes" },
  { email: "ben.okafor@demo.keywarden.local", name: "Ben Okafor", role: "approver", blurb: "Approves or rejects other people's changes" },
  { email: "cleo.park@demo.keywarden.local", name: "Cleo Park", role: "viewer", blurb: "Reads the inventory and the audit trail" },
  { email: "dev.rao@demo.keywarden.local", name: "Dev Rao", role: "admin", blurb: "Everything, including people and roles" },
];

export async function seedDemoUsers(db: PrismaClient): Promise<void> {
  for (const u of DEMO_USERS) {
    await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, role: u.role, isDemo: true },
      update: { name: u.name, role: u.role, isDemo: true, disabledAt: null },
    });
  }
}
