"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check, Columns3 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ColumnVisibility } from "./column-visibility";

type Props = { columns: { id: string; header: string; hideable?: boolean }[]; visibility: ColumnVisibility; onToggle: (id: string) => void; onReset: () => void };

/** Shows and hides a table's columns; the choice stays in this browser. */
export function ColumnMenu({ columns, visibility, onToggle, onReset }: Props) {
  const hidden = columns.filter((c) => visibility[c.id] === false).length;
  return (
    <Menu.Root>
      <Menu.Trigger asChild>
        <Button variant="secondary" size="sm" data-testid="column-menu">
          <Columns3 className="size-4" aria-hidden />
          Columns{hidden ? ` (${hidden} hidden)` : ""}
        </Button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-50 max-h-[70vh] min-w-52 overflow-auto rounded-md border border-border bg-surface p-1 text-sm shadow-lg">
          <Menu.Label className="px-2 py-1.5 text-xs font-semibold uppercase tracking-wide text-muted">Show columns</Menu.Label>
          {columns
            .filter((c) => c.hideable !== false)
            .map((c) => (
              <Menu.CheckboxItem
                key={c.id}
                checked={visibility[c.id] !== false}
                onCheckedChange={() => onToggle(c.id)}
                onSelect={(e) => e.preventDefault()}
                className="flex cursor-pointer select-none items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-surface-2"
              >
                <span className="flex size-4 items-center justify-center">
                  <Menu.ItemIndicator>
                    <Check className="size-4 text-accent" aria-hidden />
                  </Menu.ItemIndicator>
                </span>
                {c.header}
              </Menu.CheckboxItem>
            ))}
          <Menu.Separator className="my-1 h-px bg-border" />
          <Menu.Item onSelect={onReset} className="cursor-pointer rounded px-2 py-1.5 text-muted outline-none data-[highlighted]:bg-surface-2 data-[highlighted]:text-fg">
            Show all columns
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
