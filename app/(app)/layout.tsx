import { redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppShell } from "@/components/shell/app-shell";
import { NAV_ITEMS } from "@/components/shell/nav-items";

// The layout only draws the shell; every page still checks its own permission (guardPage).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const allowedNav = NAV_ITEMS.filter((i) => can(user.role, i.permission)).map((i) => i.href);
  return (
    <AppShell user={user} allowedNav={allowedNav} demo={getConfig().auth.demoMode}>
      {children}
    </AppShell>
  );
}
