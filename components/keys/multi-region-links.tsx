import Link from "next/link";
import { ArrowRight } from "lucide-react";
import type { MultiRegionLink } from "@/lib/queries/regions/region-overview";
import { plural } from "@/components/ui/format";
import { keysListHref } from "./key-links";

const SHOWN = 6;

function LinkChip({ l }: { l: MultiRegionLink }) {
  return (
    <li>
      <Link
        href={keysListHref({ region: l.replicaRegion, q: "mrk-" })}
        className="inline-flex items-center gap-1.5 rounded-full border border-border px-2.5 py-1 font-mono text-xs hover:border-accent/50 hover:bg-surface-2"
      >
        {l.primaryRegion}
        <ArrowRight className="size-3" aria-label="replicated to" />
        {l.replicaRegion}
        <span className="font-sans text-muted">{plural(l.keys, "replica")}</span>
      </Link>
    </li>
  );
}

/** Where multi-Region keys are replicated: primary region → replica region, busiest first. */
export function MultiRegionLinks({ links }: { links: MultiRegionLink[] }) {
  if (links.length === 0) return null;
  const replicas = links.reduce((n, l) => n + l.keys, 0);
  return (
    <div className="border-t border-border px-5 py-3">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">
        Multi-Region keys · {plural(replicas, "replica")} in {plural(links.length, "primary → replica pair")}
      </h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {links.slice(0, SHOWN).map((l) => (
          <LinkChip key={`${l.primaryRegion}>${l.replicaRegion}`} l={l} />
        ))}
      </ul>
      {links.length > SHOWN ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-medium text-accent">Show all {links.length} pairs</summary>
          <ul className="mt-2 flex flex-wrap gap-2">
            {links.slice(SHOWN).map((l) => (
              <LinkChip key={`${l.primaryRegion}>${l.replicaRegion}`} l={l} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
