import type { Metadata } from "next";
import { after } from "next/server";
import { guardPage } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { getAuditFilterOptions } from "@/lib/queries/audit-events/audit-filter-options";
import { parseAuditFilter } from "@/lib/filters/audit-filter";
import { getExplorerStatus } from "@/lib/queries/audit-events/explorer-status";
import { listAuditEvents } from "@/lib/queries/audit-events/list-audit-events";
import { warmSearchCandidates } from "@/lib/queries/audit-events/search-candidates";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { EmptyAudit } from "@/components/audit/empty-audit";
import { InvalidKeyFilter } from "@/components/keys/invalid-key-filter";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await guardPage("audit:read", "/audit");
  const header = <PageHeader title="Audit" description="Every CloudTrail event about your KMS keys: who called what, when, and what failed." />;
  const status = await getExplorerStatus();
  if (!status.hasEvents) {
    return (
      <>
        {header}
        <EmptyAudit lastRun={status.lastRun} />
      </>
    );
  }
  const parsed = parseAuditFilter(await searchParams);
  const invalid = (message: string) => (
    <>
      {header}
      <InvalidKeyFilter message={message} href="/audit" linkText="Show the last 7 days" testId="invalid-audit-filter" />
    </>
  );
  if (!parsed.ok) return invalid(parsed.message);
  const now = new Date();
  const loaded = await Promise.all([getAuditFilterOptions(), listAuditEvents(parsed.data, { now })]).catch((error: unknown) => {
    // a search too broad to run is the reader's to fix, not a server error
    if (error instanceof AppError && error.code === "invalid_input") return error.message;
    throw error;
  });
  if (typeof loaded === "string") return invalid(loaded);
  if (!parsed.data.q) after(() => warmSearchCandidates());
  const [options, firstPage] = loaded;
  return (
    <>
      {header}
      <AuditExplorer filter={parsed.data} options={options} initialPage={firstPage} now={now.toISOString()} canExport={can(user.role, "audit:export")} />
    </>
  );
}
