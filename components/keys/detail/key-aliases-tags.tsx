import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format";
import { KeyTagTable } from "./key-tag-table";

const empty = (text: string) => <p className="px-5 py-4 text-sm text-muted">{text}</p>;

export function KeyAliases({ k }: { k: KeyDetail }) {
  return (
    <Card>
      <CardHeader title={`Aliases (${k.aliases.length})`} />
      {k.aliases.length === 0 ? (
        empty("No alias points at this key.")
      ) : (
        <ul className="divide-y divide-border" aria-label="Aliases">
          {k.aliases.map((a) => (
            <li key={a.name} className="flex items-baseline justify-between gap-3 px-5 py-2 text-sm">
              <span className="break-all font-mono text-xs" title={a.arn}>
                {a.name}
              </span>
              <span className="shrink-0 text-xs text-muted">{a.creationDate ? `created ${formatDate(a.creationDate)}` : null}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function KeyTags({ k }: { k: KeyDetail }) {
  return (
    <Card>
      <CardHeader title={`Tags (${k.tags.length})`} />
      {k.tags.length === 0 ? (
        empty("This key has no tags.")
      ) : (
        <KeyTagTable tags={k.tags} />
      )}
    </Card>
  );
}
