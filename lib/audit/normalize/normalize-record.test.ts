import { describe, expect, it } from "vitest";
import { normalizeRecord } from "./normalize-record";
import { recordOutcome } from "./record-outcome";
import { malformedBlocks, pantherCases, trailRecords, TRAIL_FILES, type FixtureRecord } from "../testing/fixtures";
import type { NormalizedEvent } from "../types";

const NOW = Date.parse("2026-11-22T00:00:00Z");

function event(record: unknown): NormalizedEvent {
  const n = normalizeRecord(record, NOW);
  if (n.kind !== "event") throw new Error(`expected an event, got ${JSON.stringify(n)}`);
  return n.event;
}

/** Whether the record itself names a key (an id, ARN or alias in the request, resources or response). */
function namesAKey(r: FixtureRecord): boolean {
  const text = JSON.stringify([r.requestParameters, r.resources, r.responseElements]);
  return /"(keyId|targetKeyId|sourceKeyId|destinationKeyId)"|:key\//.test(text);
}

// Two of Panther's rule tests are stubs that no trail would deliver: one has no eventID, the other
// no account id anywhere. They are the fixtures' invalid records (quarantined, see below).
const STUBS = ["AWS Service Hostname as Source IP", "Wildcard Principal No Conditions (Should Alert)"];

const allKmsRecords = (): [string, FixtureRecord][] => [
  ...Object.values(TRAIL_FILES).flatMap((f) => trailRecords(f).map((r) => [f, r] as [string, FixtureRecord])),
  ...pantherCases().filter((c) => !STUBS.includes(c.testName)).map((c) => [`panther ${c.testName}`, c.record] as [string, FixtureRecord]),
].filter(([, r]) => r.eventSource === "kms.amazonaws.com");

describe("normalizeRecord on every real fixture record", () => {
  it.each(allKmsRecords().map(([f, r], i) => [`${f} #${i} ${r.eventName}`, r] as const))("%s", (_, record) => {
    const e = event(record);
    expect(e.eventId).toBe(record.eventID);
    expect(e.eventName).toBe(record.eventName);
    expect(Date.parse(e.eventTime)).toBe(Date.parse(String(record.eventTime)));
    expect(e.accountId).toMatch(/^\d{12}$/);
    expect(e.region).toBe(record.awsRegion);
    if (namesAKey(record)) expect(e.keyArn ?? e.alias?.aliasName).toBeTruthy();
    if (e.keyArn) expect(e.keyArn).toMatch(/^arn:aws:kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/);
  });
});

describe("normalizeRecord details", () => {
  const docs = trailRecords(TRAIL_FILES.awsDocs);
  const find = (name: string, pick: (r: FixtureRecord) => boolean = () => true) => docs.find((r) => r.eventName === name && pick(r))!;

  it("finds Decrypt's key in resources[] when the request names none", () => {
    const decrypt = find("Decrypt", (r) => !(r.requestParameters as { keyId?: string }).keyId);
    expect(event(decrypt).keyArn).toBe("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  });

  it("prefers the key CloudTrail resolved over the alias the caller named", () => {
    const r = trailRecords(TRAIL_FILES.invictus).find((x) => (x.requestParameters as { keyId?: string }).keyId === "alias/aws/secretsmanager")!;
    const e = event(r);
    expect(e.keyArn).toMatch(/^arn:aws:kms:us-east-1:123837392027:key\//);
    expect(e.alias).toBeNull();
    expect(e.invokedBy).toBe("secretsmanager.amazonaws.com");
  });

  it("leaves an alias without resources to the alias table, in the caller's account and Region", () => {
    const e = event({ ...find("GenerateDataKeyWithoutPlaintext"), resources: [] });
    expect(e.keyArn).toBeNull();
    expect(e.alias).toEqual({ accountId: "111122223333", region: "us-east-1", aliasName: "alias/aws/ebs" });
  });

  it("completes a bare key id with the caller's account and the Region", () => {
    const e = event({ ...find("DisableKey"), resources: undefined });
    expect(e.keyArn).toBe("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  });

  it("refuses Panther's two stub records, saying why", () => {
    const reasons = pantherCases()
      .filter((c) => STUBS.includes(c.testName))
      .map((c) => normalizeRecord(c.record, NOW));
    expect(reasons).toEqual([
      { kind: "invalid", reason: "no eventID" },
      { kind: "invalid", reason: expect.stringContaining("no account id") },
    ]);
  });

  it("reads the odd eventTime formats of copied records as UTC", () => {
    const odd = pantherCases().find((c) => c.testName === "KMS Key Restricted Access (Should Not Alert)")!.record;
    expect(event(odd).eventTime).toBe("2025-03-05T21:19:44.000Z");
  });

  it("takes CreateKey's key from its response when nothing else names it", () => {
    const created = find("CreateKey");
    expect(event({ ...created, resources: [] }).keyArn).toBe("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  });

  it("names KMS's own service events (no userIdentity.type) as AWS acting as a service", () => {
    const rotate = event(find("RotateKey"));
    expect(rotate.principalType).toBe("AWSService");
    expect(rotate.invokedBy).toBe("AWS Internal");
    expect(rotate.eventType).toBe("AwsServiceEvent");
    expect(rotate.principalArn).toBeNull();
  });

  it("keeps errors, the session issuer, and request and response as JSON", () => {
    const failed = event(find("Decrypt", (r) => r.errorCode !== undefined));
    expect(failed.errorCode).toBe("KMSInvalidStateException");
    const panther = event(pantherCases()[0]!.record);
    expect(panther.sessionIssuerArn).toBe("arn:aws:iam::123456789012:role/tester");
    const scheduled = event(find("ScheduleKeyDeletion"));
    expect(JSON.parse(scheduled.responseElements)).toEqual(find("ScheduleKeyDeletion").responseElements);
  });

  it("marks cryptographic operations for retention", () => {
    expect(event(find("Decrypt")).crypto).toBe(true);
    expect(event(find("ScheduleKeyDeletion")).crypto).toBe(false);
  });

  it("skips other services' records of a mixed delivery file and keeps its 4 KMS ones", () => {
    const kinds = trailRecords(TRAIL_FILES.mixedDelivery).map((r) => normalizeRecord(r, NOW).kind);
    expect(kinds.filter((k) => k === "event")).toHaveLength(4);
    expect(kinds.filter((k) => k === "other-service")).toHaveLength(22);
  });

  it.each([
    [{ eventSource: "kms.amazonaws.com", eventName: "Decrypt", eventTime: "2020-01-01T00:00:00Z", awsRegion: "us-east-1", recipientAccountId: "111122223333" }, "no eventID"],
    [{ ...docs[0], eventTime: "Nov 2, 2021, 1:00:00 AM" }, "eventTime is not a usable time"],
    [{ ...docs[0], eventTime: "2021-02-30T00:00:00Z" }, "eventTime is not a usable time"],
    [{ ...docs[0], awsRegion: undefined }, "awsRegion is not a Region"],
    [{ ...docs[0], recipientAccountId: "HIDDEN_DUE_TO_SECURITY_REASONS", userIdentity: { accountId: "ANONYMOUS_PRINCIPAL" }, resources: [] }, "no account id"],
    [[1, 2], "the record is not a JSON object"],
    [{ eventID: "x" }, "no eventSource"],
  ])("refuses an invalid record with the reason: %#", (record, reason) => {
    const n = normalizeRecord(record, NOW);
    expect(n.kind).toBe("invalid");
    expect(n.kind === "invalid" && n.reason).toContain(reason);
  });

  it("quotes at most 80 characters of the value it refuses, whatever its size", () => {
    const huge = normalizeRecord({ ...docs[0], eventTime: "9".repeat(20_000_000) }, NOW);
    expect(huge).toEqual({ kind: "invalid", reason: `eventTime is not a usable time: "${"9".repeat(79)}…` });
    const region = normalizeRecord({ ...docs[0], awsRegion: { nested: "x".repeat(5_000) } }, NOW);
    expect(region).toEqual({ kind: "invalid", reason: `awsRegion is not a Region: ${'{"nested":"' + "x".repeat(69)}…` });
    expect(normalizeRecord({ ...docs[0], eventTime: "Nov 2" }, NOW)).toEqual({ kind: "invalid", reason: 'eventTime is not a usable time: "Nov 2"' });
  });

  it("takes the account from elsewhere when recipientAccountId is redacted", () => {
    expect(event({ ...docs[0], recipientAccountId: "HIDDEN_DUE_TO_SECURITY_REASONS" }).accountId).toBe("111122223333");
  });
});

describe("recordOutcome", () => {
  it("rejects each of AWS's malformed published examples as invalid JSON", () => {
    for (const block of malformedBlocks()) {
      const outcome = recordOutcome(block.raw, NOW);
      expect(outcome.kind).toBe("invalid");
      expect(outcome.kind === "invalid" && outcome.reason).toMatch(/^invalid JSON: /);
    }
  });

  it("refuses \\u0000, which Postgres cannot store, but not an escaped backslash before u0000", () => {
    const record = trailRecords(TRAIL_FILES.awsDocs)[0]!;
    const withNul = JSON.stringify({ ...record, userAgent: "a\u0000b" });
    expect(recordOutcome(withNul, NOW)).toMatchObject({ kind: "invalid", reason: expect.stringContaining("\\u0000") });
    expect(recordOutcome(JSON.stringify({ ...record, userAgent: "a\\u0000b" }), NOW).kind).toBe("event");
  });

  it("refuses half a surrogate pair in a column, which UTF-8 cannot carry, but takes a whole pair", () => {
    const record = trailRecords(TRAIL_FILES.awsDocs)[0]!;
    const text = (userAgent: string) => JSON.stringify({ ...record, userAgent: "x" }).replace('"userAgent":"x"', `"userAgent":"${userAgent}"`);
    expect(recordOutcome(text("a\\ud800b"), NOW)).toMatchObject({ kind: "invalid", reason: expect.stringContaining("userAgent holds half a UTF-16 surrogate pair") });
    expect(recordOutcome(text("a\\udc00"), NOW).kind).toBe("invalid");
    expect(recordOutcome(text("a\\ud83d\\ude00b"), NOW)).toMatchObject({ kind: "event", event: { userAgent: "a\u{1F600}b" } });
  });
});
