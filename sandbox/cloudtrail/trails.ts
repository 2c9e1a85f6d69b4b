import { AwsError } from "../core/errors";
import { optBool, optList, reqStr, type Input } from "../core/input";
import type { TrailConfig } from "../fleet/fleet-info";
import type { CloudTrailContext } from "./cloudtrail-context";

export const trailArn = (t: TrailConfig) => `arn:aws:cloudtrail:${t.homeRegion}:${t.account}:trail/${t.name}`;

function trailsOf(ctx: CloudTrailContext): TrailConfig[] {
  return ctx.world.fleet.trails.filter((t) => t.account === ctx.caller.accountId);
}

/** DescribeTrails: this Region's trails, plus multi-Region trails' shadows unless excluded. */
export function describeTrails(input: Input, ctx: CloudTrailContext) {
  const names = optList(input, "trailNameList")?.map(String);
  const shadows = optBool(input, "includeShadowTrails") ?? true;
  const trails = trailsOf(ctx).filter(
    (t) => (t.homeRegion === ctx.region || (shadows && t.isMultiRegionTrail)) && (!names || names.length === 0 || names.includes(t.name) || names.includes(trailArn(t))),
  );
  return {
    trailList: trails.map((t) => ({
      Name: t.name,
      S3BucketName: t.s3BucketName,
      IncludeGlobalServiceEvents: true,
      IsMultiRegionTrail: t.isMultiRegionTrail,
      HomeRegion: t.homeRegion,
      TrailARN: trailArn(t),
      LogFileValidationEnabled: true,
      HasCustomEventSelectors: t.excludeManagementEventSources.length > 0,
      HasInsightSelectors: false,
      IsOrganizationTrail: false,
    })),
  };
}

export function getEventSelectors(input: Input, ctx: CloudTrailContext) {
  const name = reqStr(input, "TrailName", { min: 1 });
  const trail = trailsOf(ctx).find((t) => t.name === name || trailArn(t) === name);
  if (!trail) throw new AwsError("TrailNotFoundException", `Unknown trail: ${name} for the user: ${ctx.caller.accountId}`);
  ctx.resources.push(trailArn(trail));
  return {
    TrailARN: trailArn(trail),
    EventSelectors: [
      {
        ReadWriteType: "All",
        IncludeManagementEvents: true,
        DataResources: [],
        ExcludeManagementEventSources: trail.excludeManagementEventSources,
      },
    ],
  };
}
