import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChevronLeft } from "lucide-react";
import { guardPage } from "@/lib/auth/require-permission";
import { getKeyAccess } from "@/lib/queries/key-access/get-key-access";
import { AccessGraphExplorer } from "@/components/graph/access-graph-explorer";
import { AccessFlags } from "@/components/keys/detail/key-access-flags";
import { arnOf, type KeyPageParams } from "../key-arn-param";

type Props = { params: KeyPageParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Access · ${(await arnOf(params)).split("/").pop() ?? "Key"}` };
}

export default async function KeyAccessPage({ params }: Props) {
  const arn = await arnOf(params);
  await guardPage("inventory:read", `/keys/${encodeURIComponent(arn)}/access`);
  const view = await getKeyAccess(arn);
  if (!view) notFound();
  const { report } = view;
  return (
    <article className="space-y-5" aria-labelledby="access-title">
      <header className="space-y-2">
        <Link href={`/keys/${encodeURIComponent(arn)}`} className="inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
          <ChevronLeft className="size-4" aria-hidden />
          {view.keyLabel}
        </Link>
        <h1 id="access-title" className="text-xl font-semibold tracking-tight">
          Who can do what with {view.keyLabel}
        </h1>
        <code className="block break-all text-xs text-muted">{arn}</code>
        {!report.valid ? (
          <p role="alert" className="rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
            The key policy could not be analysed ({report.error}): only its grants are drawn.
          </p>
        ) : null}
        <AccessFlags findings={report.findings} />
      </header>
      <AccessGraphExplorer keyArn={arn} keyLabel={view.keyLabel} edges={report.edges} flags={report.flags} accountNames={view.accountNames} documents={view.documents} />
    </article>
  );
}
