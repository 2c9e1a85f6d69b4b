"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { NAV_ITEMS } from "./nav-items";

export function SidebarNav({ allowed }: { allowed: readonly string[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {NAV_ITEMS.filter((item) => allowed.includes(item.href)).map((item) => {
        const { href, label, icon: Icon } = item;
        const planned = "planned" in item && item.planned;
        const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition",
              active ? "bg-accent/10 text-accent" : "text-muted hover:bg-surface-2 hover:text-fg",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
            {planned && <span className="ml-auto rounded border border-border px-1.5 text-[10px] font-normal uppercase tracking-wide text-muted">Not built yet</span>}
          </Link>
        );
      })}
    </nav>
  );
}
