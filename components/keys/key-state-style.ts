// One look per KeyState, used by badges, bars and counts. PendingDeletion and the other states that
// break callers are red (Tailwind's red: the theme's "danger" is orange and would read like the
// amber of Disabled); Disabled and PendingImport are amber; Enabled is green.

type Style = { badge: string; bar: string; text: string };

const GREEN: Style = { badge: "border-ok/30 bg-ok/10 text-ok", bar: "bg-ok", text: "text-ok" };
const AMBER: Style = { badge: "border-warn/30 bg-warn/10 text-warn", bar: "bg-warn", text: "text-warn" };
const RED: Style = { badge: "border-red-600/30 bg-red-600/10 text-red-700 dark:text-red-400", bar: "bg-red-600 dark:bg-red-500", text: "text-red-700 dark:text-red-400" };
const BLUE: Style = { badge: "border-accent/30 bg-accent/10 text-accent", bar: "bg-accent", text: "text-accent" };
const GREY: Style = { badge: "border-border bg-surface-2 text-muted", bar: "bg-muted", text: "text-muted" };

const STYLES: Record<string, Style> = {
  Enabled: GREEN,
  Disabled: AMBER,
  PendingImport: AMBER,
  PendingDeletion: RED,
  PendingReplicaDeletion: RED,
  Unavailable: RED,
  Creating: BLUE,
  Updating: BLUE,
};

export const keyStateStyle = (state: string): Style => STYLES[state] ?? GREY;
