import "server-only";
import { getPrisma } from "@/lib/db/client";

// What the Sync page shows of CloudTrail ingestion: recent runs, each account-Region's trail coverage
// and LookupEvents position, and the records that were quarantined instead of ingested.

export type IngestRunView = {
  id: string;
  source: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  ingested: number;
  duplicates: number;
  quarantined: number;
  skipped: number;
  message: string | null;
};

export type CoverageView = {
  accountId: string;
  region: string;
  status: string;
  trailCoverage: string;
  trailCheckedAt: string | null;
  lookupWatermark: string | null;
  backfillCursor: string | null;
  backfillCompletedAt: string | null;
};

export type QuarantineView = { id: string; source: string; location: string; recordIndex: number | null; reason: string; excerpt: string; createdAt: string };

export type AuditStatus = {
  runs: IngestRunView[];
  coverage: CoverageView[];
  quarantine: { total: number; byReason: { reason: string; count: number }[]; newest: QuarantineView[] };
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

// Reasons carry specifics ("line 3: Unexpected token"); grouping by their first clause keeps the list short.
const REASON_GROUP = `split_part(reason, ':', 1)`;

/** The newest ingestion runs, newest first. */
export async function listIngestRuns(limit: number): Promise<IngestRunView[]> {
  const db = getPrisma();
  const runs = await db.ingestRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
  return runs.map((r) => ({
    id: r.id,
    source: r.source,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
    ingested: r.ingested,
    duplicates: r.duplicates,
    quarantined: r.quarantined,
    skipped: r.skipped,
    message: r.message,
  }));
}

export async function getAuditStatus(options: { runs?: number; quarantined?: number } = {}): Promise<AuditStatus> {
  const db = getPrisma();
  const [runs, coverage, total, byReason, newest] = await Promise.all([
    listIngestRuns(options.runs ?? 10),
    db.accountRegion.findMany({ orderBy: [{ accountId: "asc" }, { region: "asc" }] }),
    db.quarantinedRecord.count(),
    db.$queryRawUnsafe<{ reason: string; count: number }[]>(
      `SELECT ${REASON_GROUP} AS reason, count(*)::int AS count FROM "QuarantinedRecord" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    ),
    db.quarantinedRecord.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: options.quarantined ?? 25 }),
  ]);
  return {
    runs,
    coverage: coverage.map((c) => ({
      accountId: c.accountId,
      region: c.region,
      status: c.status,
      trailCoverage: c.trailCoverage,
      trailCheckedAt: iso(c.trailCheckedAt),
      lookupWatermark: iso(c.lookupWatermark),
      backfillCursor: iso(c.backfillCursor),
      backfillCompletedAt: iso(c.backfillCompletedAt),
    })),
    quarantine: {
      total,
      byReason,
      newest: newest.map((q) => ({
        id: q.id.toString(),
        source: q.source,
        location: q.location,
        recordIndex: q.recordIndex,
        reason: q.reason,
        excerpt: q.excerpt,
        createdAt: q.createdAt.toISOString(),
      })),
    },
  };
}
