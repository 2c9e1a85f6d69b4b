import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ingestTrailFiles } from "@/lib/audit";
import type { TestDatabase } from "@/lib/db/testing";

/** A KMS call as CloudTrail records it, reduced to what usage depends on. */
export type Call = { at: Date; accountId: string; region: string; keyArn?: string; role: string; eventName: string; errorCode?: string; userAgent?: string };

let sequence = 0;

function record(c: Call): Record<string, unknown> {
  const id = `usage-${process.pid}-${++sequence}`;
  return {
    eventVersion: "1.08",
    userIdentity: {
      type: "AssumedRole",
      arn: `arn:aws:sts::${c.accountId}:assumed-role/${c.role}/session-1`,
      accountId: c.accountId,
      sessionContext: { sessionIssuer: { type: "Role", arn: `arn:aws:iam::${c.accountId}:role/${c.role}`, accountId: c.accountId, userName: c.role } },
    },
    eventTime: c.at.toISOString().replace(/\.\d+Z$/, "Z"),
    eventSource: "kms.amazonaws.com",
    eventName: c.eventName,
    awsRegion: c.region,
    sourceIPAddress: "10.0.0.1",
    userAgent: c.userAgent ?? "aws-sdk-js/3",
    ...(c.errorCode ? { errorCode: c.errorCode, errorMessage: `${c.errorCode} for test` } : {}),
    requestParameters: c.keyArn ? { keyId: c.keyArn } : null,
    responseElements: null,
    eventID: id,
    readOnly: true,
    ...(c.keyArn ? { resources: [{ accountId: c.accountId, type: "AWS::KMS::Key", ARN: c.keyArn }] } : {}),
    eventType: "AwsApiCall",
    recipientAccountId: c.accountId,
  };
}

/** Ingests the calls through the real trail-file ingestion, so events and rollups are what production stores. */
export async function ingestCalls(db: Pick<TestDatabase, "prisma" | "url">, calls: readonly Call[]): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "keywarden-usage-"));
  try {
    writeFileSync(path.join(dir, `calls-${++sequence}.json`), JSON.stringify({ Records: calls.map(record) }));
    const summary = await ingestTrailFiles({ prisma: db.prisma, url: db.url }, { dir });
    if (summary.ingested !== calls.length) throw new Error(`ingested ${summary.ingested} of ${calls.length} calls`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
