import type { Role } from "@/lib/auth/permissions";
import { Brand } from "./brand";
import { DemoBanner } from "./demo-banner";
import { SidebarNav } from "./sidebar-nav";
import { UserPanel } from "./user-panel";

type Props = { user: { name: string; email: string; role: Role }; allowedNav: string[]; demo: boolean; children: React.ReactNode };

export function AppShell({ user, allowedNav, demo, children }: Props) {
  return (
    <div className="flex min-h-screen flex-col">
      {demo ? <DemoBanner /> : null}
      <div className="flex flex-1">
        <aside className="sticky top-0 flex h-screen w-60 shrink-0 flex-col gap-6 border-r border-border bg-surface px-3 py-5">
          <div className="px-1.5">
            <Brand />
          </div>
          <div className="flex-1">
            <SidebarNav allowed={allowedNav} />
          </div>
          <UserPanel {...user} />
        </aside>
        <main className="min-w-0 flex-1 px-8 py-7">{children}</main>
      </div>
    </div>
  );
}
