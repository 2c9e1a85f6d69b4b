export type FleetAccount = {
  accountId: string;
  name: string;
  /** Role a reader assumes to inventory this account; null for the caller's own account. */
  readerRoleArn: string | null;
  /** Role names that AssumeRole accepts in this account. */
  roles: string[];
};

export type TrailConfig = {
  account: string;
  name: string;
  homeRegion: string;
  isMultiRegionTrail: boolean;
  s3BucketName: string;
  /** Event sources the trail leaves out (ExcludeManagementEventSources). */
  excludeManagementEventSources: string[];
};

export type FleetInfo = {
  kind: "empty" | "demo" | "bench";
  homeAccount: string;
  accounts: FleetAccount[];
  regions: string[];
  orgId: string;
  trails: TrailConfig[];
};
