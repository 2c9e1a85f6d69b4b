import { Activity, ClipboardCheck, Gauge, KeyRound, RefreshCw, ShieldAlert } from "lucide-react";
import type { Permission } from "@/lib/auth/permissions";

export const NAV_ITEMS = [
  { href: "/", label: "Overview", icon: Gauge, permission: "inventory:read" },
  { href: "/keys", label: "Keys", icon: KeyRound, permission: "inventory:read" },
  { href: "/audit", label: "Audit", icon: Activity, permission: "audit:read" },
  { href: "/approvals", label: "Approvals", icon: ClipboardCheck, permission: "changes:read", planned: true },
  { href: "/findings", label: "Findings", icon: ShieldAlert, permission: "findings:read", planned: true },
  { href: "/sync", label: "Sync", icon: RefreshCw, permission: "sync:read" },
] as const satisfies readonly { href: string; label: string; permission: Permission; icon: unknown; planned?: boolean }[];
