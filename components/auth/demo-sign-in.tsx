import { demoSignIn } from "@/app/sign-in/actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";

type Person = { email: string; name: string; role: Role; blurb: string };

const initials = (name: string) => name.split(" ").map((p) => p[0]).join("");

export function DemoSignIn({ people, next }: { people: readonly Person[]; next: string }) {
  return (
    <div className="space-y-4">
      <p className="rounded-md border border-warn/30 bg-warn/10 px-3 py-2 text-sm text-warn">
        <strong className="font-semibold">Demo</strong> — no password is asked. Configure OIDC (see the README) before real use.
      </p>
      <ul className="space-y-2">
        {people.map((p) => (
          <li key={p.email}>
            <form action={demoSignIn}>
              <input type="hidden" name="email" value={p.email} />
              <input type="hidden" name="next" value={next} />
              <button
                type="submit"
                className="flex w-full items-center gap-3 rounded-lg border border-border bg-surface px-4 py-3 text-left transition hover:border-accent/50 hover:bg-surface-2"
              >
                <span className="grid size-9 shrink-0 place-items-center rounded-full bg-accent/10 text-sm font-semibold text-accent">{initials(p.name)}</span>
                <span className="min-w-0 flex-1">
                  <span className="block text-sm font-medium">
                    {p.name} — {ROLE_LABELS[p.role].toLowerCase()}
                  </span>
                  <span className="block truncate text-xs text-muted">{p.blurb}</span>
                </span>
                <Badge tone="accent">{ROLE_LABELS[p.role]}</Badge>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
