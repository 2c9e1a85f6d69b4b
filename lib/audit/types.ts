/** Where an event row came from (AuditEvent.source). */
export type EventSource = "lookup" | "trail-file" | "s3";

/** IngestRun.source: the kind of ingestion. */
export type IngestSourceKind = "lookup" | "trail-dir" | "s3";

export type IngestTrigger = "schedule" | "cli" | "manual";

export type IngestCounts = {
  /** New event rows. */
  ingested: number;
  /** Records whose eventID was already stored (or, for crypto events, already counted before retention pruned them). */
  duplicates: number;
  /** Invalid records and files, each stored in QuarantinedRecord with its reason. */
  quarantined: number;
  /** Valid records of other services (trail files carry every service's events). */
  skipped: number;
};

export type IngestSummary = IngestCounts & {
  runId: string;
  status: "succeeded" | "failed";
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  /** Records read per second of wall time. */
  recordsPerSecond: number;
  message?: string;
};

/** One CloudTrail record reduced to AuditEvent's columns; the raw text travels with it. */
export type NormalizedEvent = {
  eventId: string;
  eventTime: string;
  accountId: string;
  region: string;
  eventName: string;
  readOnly: boolean | null;
  eventType: string | null;
  principalType: string | null;
  principalArn: string | null;
  principalAccountId: string | null;
  sessionIssuerArn: string | null;
  invokedBy: string | null;
  sourceIp: string | null;
  userAgent: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  /** Resolved key ARN; null when the record names no key or only an alias the inventory does not know. */
  keyArn: string | null;
  /** requestParameters and responseElements as JSON text ("null" when absent). */
  requestParameters: string;
  responseElements: string;
  /** An alias to look up in KmsAlias when the record named the key only by alias. */
  alias: { accountId: string; region: string; aliasName: string } | null;
  crypto: boolean;
};

/** A record or file that could not be ingested. */
export type Quarantine = {
  location: string;
  /** Position of the record in its file; null for a whole file or a LookupEvents entry. */
  recordIndex: number | null;
  reason: string;
  excerpt: string;
};
