import { LogOut } from "lucide-react";
import { signOut } from "@/app/(app)/actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { ThemeToggle } from "./theme-toggle";

export function UserPanel({ name, email, role }: { name: string; email: string; role: Role }) {
  return (
    <div className="space-y-3 border-t border-border pt-4">
      <div className="flex items-center justify-between gap-2 px-1">
        <div className="min-w-0">
          <p className="truncate text-sm font-medium" data-testid="user-name">
            {name}
          </p>
          <p className="truncate text-xs text-muted">{email}</p>
        </div>
        <Badge tone="accent" data-testid="user-role">
          {ROLE_LABELS[role]}
        </Badge>
      </div>
      <div className="flex items-center justify-between gap-2 px-1">
        <ThemeToggle />
        <form action={signOut}>
          <button type="submit" className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm text-muted hover:bg-surface-2 hover:text-fg">
            <LogOut className="size-4" aria-hidden />
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
