import type { GetEventSelectorsCommandOutput } from "@aws-sdk/client-cloudtrail";
import { isRegionNotEnabled, type AwsAccess, type AwsTarget } from "@/lib/aws";
import type { Config } from "@/lib/config";
import { createAuditAwsAccess } from "../ingest/audit-aws";
import type { AuditDb } from "../audit-db";
import { kmsLogging } from "./kms-logging";
import { coverageOf, type TrailCheck, type TrailCoverage } from "./trail-coverage";

export type CoverageResult = { accountId: string; region: string; coverage: TrailCoverage; reason: string };

export type CoverageOptions = { aws?: AwsAccess; accounts?: string[]; regions?: string[] };

/**
 * Reads each account-Region's trails (DescribeTrails, GetEventSelectors) and records in
 * AccountRegion.trailCoverage whether they log KMS events.
 */
export async function refreshTrailCoverage(db: AuditDb, config: Config, options: CoverageOptions = {}): Promise<CoverageResult[]> {
  const aws = options.aws ?? createAuditAwsAccess(config);
  try {
    const targets = (await aws.targets()).filter(
      (t) => (!options.accounts?.length || options.accounts.includes(t.accountId)) && (!options.regions?.length || options.regions.includes(t.region)),
    );
    const selectors = new Map<string, Promise<GetEventSelectorsCommandOutput>>();
    const results: CoverageResult[] = [];
    await Promise.all(
      targets.map(async (target) => {
        const result = await checkTarget(aws, target, selectors);
        if (!result) return;
        results.push(result);
        await save(db, result);
      }),
    );
    return results.sort((a, b) => `${a.accountId}/${a.region}`.localeCompare(`${b.accountId}/${b.region}`));
  } finally {
    if (!options.aws) aws.close();
  }
}

async function checkTarget(aws: AwsAccess, target: AwsTarget, selectors: Map<string, Promise<GetEventSelectorsCommandOutput>>): Promise<CoverageResult | undefined> {
  const ref = { accountId: target.accountId, region: target.region };
  let checks: TrailCheck[];
  try {
    const { trailList = [] } = await aws.cloudTrail(ref).send("DescribeTrails", { includeShadowTrails: true });
    const applying = trailList.filter((t) => t.TrailARN && (t.IsMultiRegionTrail || t.HomeRegion === target.region));
    checks = await Promise.all(
      applying.map(async (trail): Promise<TrailCheck> => {
        const arn = trail.TrailARN!;
        // A multi-Region trail's selectors live in its home Region; ask there, once per trail.
        let pending = selectors.get(arn);
        if (!pending) {
          pending = aws.cloudTrail({ accountId: target.accountId, region: trail.HomeRegion ?? target.region }).send("GetEventSelectors", { TrailName: arn });
          selectors.set(arn, pending);
        }
        try {
          return { trailArn: arn, logging: kmsLogging(await pending) };
        } catch (error) {
          return { trailArn: arn, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
  } catch (error) {
    if (isRegionNotEnabled(error)) return undefined;
    return { ...ref, coverage: "unknown", reason: `DescribeTrails failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ...ref, ...coverageOf(checks) };
}

async function save(db: AuditDb, r: CoverageResult): Promise<void> {
  await db.prisma.awsAccount.createMany({ data: [{ id: r.accountId }], skipDuplicates: true });
  await db.prisma.accountRegion.upsert({
    where: { accountId_region: { accountId: r.accountId, region: r.region } },
    create: { accountId: r.accountId, region: r.region, trailCoverage: r.coverage, trailCheckedAt: new Date() },
    update: { trailCoverage: r.coverage, trailCheckedAt: new Date() },
  });
}
