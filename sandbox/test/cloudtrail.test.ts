import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { DescribeTrailsCommand, GetEventSelectorsCommand, LookupEventsCommand, type LookupEventsCommandInput } from "@aws-sdk/client-cloudtrail";
import { CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand, ScheduleKeyDeletionCommand } from "@aws-sdk/client-kms";
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { advance, clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;
let trailDir: string;
let keyId: string;

beforeAll(async () => {
  trailDir = mkdtempSync(path.join(os.tmpdir(), "sandbox-trail-"));
  sandbox = await start({ trailDir });
  c = clientsFor(sandbox);
  keyId = (await c.kms.send(new CreateKeyCommand({ Description: "audited" }))).KeyMetadata!.KeyId!;
});
afterAll(async () => {
  await sandbox.stop();
  rmSync(trailDir, { recursive: true, force: true });
});

const lookup = (input: LookupEventsCommandInput = {}) => c.cloudtrail.send(new LookupEventsCommand(input));
const byName = async (name: string) => (await lookup({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: name }] })).Events!.map((e) => JSON.parse(e.CloudTrailEvent!) as Record<string, unknown>);

describe("every call becomes a CloudTrail record", () => {
  it("records have the fields of AWS's own example records", async () => {
    const fixture = JSON.parse(readFileSync(path.join(__dirname, "fixtures", "awsdocs-aws-kms-developer-guide.cloudtrail.json"), "utf8")) as { Records: Record<string, unknown>[] };
    const example = fixture.Records.find((r) => r.eventName === "CreateKey" && r.eventVersion === "1.08")!;
    const [record] = await byName("CreateKey");
    for (const field of Object.keys(example).filter((f) => f !== "additionalEventData")) expect(record).toHaveProperty(field);
    expect(record).toMatchObject({ eventSource: "kms.amazonaws.com", eventType: "AwsApiCall", readOnly: false, awsRegion: "us-east-1", recipientAccountId: "111122223333", managementEvent: true });
    expect(record!.userAgent).toMatch(/^aws-sdk-js\//);
    expect(record!.requestParameters).toMatchObject({ description: "audited" });
    expect((record!.responseElements as { keyMetadata: { keyId: string } }).keyMetadata.keyId).toBe(keyId);
  });

  it("failed calls are recorded with errorCode and errorMessage; Decrypt names its key only in resources", async () => {
    const blob = (await c.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from("p") }))).CiphertextBlob!;
    await c.kms.send(new DecryptCommand({ CiphertextBlob: blob }));
    await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: "alias/missing" })));
    const [decrypt] = await byName("Decrypt");
    expect(decrypt!.requestParameters).not.toHaveProperty("keyId");
    expect(decrypt!.resources).toEqual([{ accountId: "111122223333", type: "AWS::KMS::Key", ARN: `arn:aws:kms:us-east-1:111122223333:key/${keyId}` }]);
    expect(decrypt!.readOnly).toBe(true);
    const [failed] = await byName("DescribeKey");
    expect(failed).toMatchObject({ errorCode: "NotFoundException", responseElements: null });
    expect(failed!.errorMessage).toContain("alias/missing");
  });

  it("AssumeRole is logged in the caller's and the role's account", async () => {
    await c.sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::777788889999:role/KeywardenReader", RoleSessionName: "audit" }));
    const mine = await byName("AssumeRole");
    expect(mine[0]).toMatchObject({ eventSource: "sts.amazonaws.com", recipientAccountId: "111122223333" });
    const theirs = sandbox.world.events.stream("777788889999", "us-east-1");
    expect([...theirs.newestFirst(Number.MAX_SAFE_INTEGER, 0)].some((e) => e.record.eventName === "AssumeRole")).toBe(true);
  });
});

describe("LookupEvents as the CloudTrail API reference describes it", () => {
  it("newest first, MaxResults 1–50 (default 50), NextToken walks without overlap", async () => {
    for (let i = 0; i < 60; i++) await c.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    const first = await lookup();
    expect(first.Events).toHaveLength(50);
    const times = first.Events!.map((e) => e.EventTime!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const ids = new Set(first.Events!.map((e) => e.EventId));
    let token = first.NextToken;
    while (token) {
      const page = await lookup({ NextToken: token });
      for (const e of page.Events!) {
        expect(ids.has(e.EventId)).toBe(false);
        ids.add(e.EventId);
      }
      token = page.NextToken;
    }
    expect(ids.size).toBeGreaterThan(60);
    for (const MaxResults of [0, 51]) expect((await errorOf(lookup({ MaxResults })))).toMatchObject({ name: "InvalidMaxResultsException" });
  });

  it("exactly one lookup attribute, valid keys, a token only with the same parameters, start before end", async () => {
    const two = [{ AttributeKey: "EventName" as const, AttributeValue: "DescribeKey" }, { AttributeKey: "ReadOnly" as const, AttributeValue: "true" }];
    expect(await errorOf(lookup({ LookupAttributes: two }))).toMatchObject({ name: "InvalidLookupAttributesException" });
    expect(await errorOf(lookup({ LookupAttributes: [{ AttributeKey: "Colour" as never, AttributeValue: "x" }] }))).toMatchObject({ name: "InvalidLookupAttributesException" });
    const page = await lookup({ MaxResults: 2 });
    expect(await errorOf(lookup({ MaxResults: 2, NextToken: page.NextToken, LookupAttributes: [{ AttributeKey: "ReadOnly", AttributeValue: "true" }] }))).toMatchObject({ name: "InvalidNextTokenException" });
    expect(await errorOf(lookup({ NextToken: "garbage" }))).toMatchObject({ name: "InvalidNextTokenException" });
    expect(await errorOf(lookup({ StartTime: new Date("2026-06-02"), EndTime: new Date("2026-06-01") }))).toMatchObject({ name: "InvalidTimeRangeException" });
  });

  it("filters by every attribute", async () => {
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`;
    const cases: [string, string][] = [
      ["EventName", "CreateKey"],
      ["ReadOnly", "false"],
      ["Username", "keywarden-demo"],
      ["ResourceType", "AWS::KMS::Key"],
      ["ResourceName", arn],
      ["EventSource", "kms.amazonaws.com"],
      ["AccessKeyId", sandbox.credentials.accessKeyId],
    ];
    for (const [key, value] of cases) {
      const r = await lookup({ LookupAttributes: [{ AttributeKey: key as never, AttributeValue: value }], MaxResults: 5 });
      expect(r.Events!.length, key).toBeGreaterThan(0);
    }
    const one = (await lookup({ MaxResults: 1 })).Events![0]!;
    const byId = await lookup({ LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: one.EventId! }] });
    expect(byId.Events!.map((e) => e.EventId)).toEqual([one.EventId]);
    expect(one.ReadOnly === "true" || one.ReadOnly === "false").toBe(true);
  });

  it("only the last 90 days are visible", async () => {
    await c.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 30 }));
    await advance(sandbox, "P91D");
    const events = (await lookup({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "CreateKey" }] })).Events!;
    expect(events).toHaveLength(0);
    expect((await byName("DeleteKey")).length).toBe(1);
  });
});

describe("trails", () => {
  it("DescribeTrails shows the multi-Region trail in every Region; GetEventSelectors shows exclusions", async () => {
    const trails = (await c.cloudtrail.send(new DescribeTrailsCommand({}))).trailList!;
    expect(trails.map((t) => t.Name)).toEqual(["org-audit"]);
    expect(trails[0]).toMatchObject({ IsMultiRegionTrail: true, HomeRegion: "us-east-1" });
    const data = clientsFor(sandbox, "eu-west-1", { accessKeyId: "AKIA777788889999DEMO", secretAccessKey: "sandbox/777788889999/EXAMPLEKEY" });
    const selectors = await data.cloudtrail.send(new GetEventSelectorsCommand({ TrailName: "data-platform-mgmt" }));
    expect(selectors.EventSelectors![0]!.ExcludeManagementEventSources).toEqual(["kms.amazonaws.com"]);
    expect(await errorOf(c.cloudtrail.send(new GetEventSelectorsCommand({ TrailName: "nope" })))).toMatchObject({ name: "TrailNotFoundException" });
  });

  it("--trail-dir receives gzip log files in S3's layout, without the events a trail excludes", async () => {
    const data = clientsFor(sandbox, "eu-west-1", { accessKeyId: "AKIA777788889999DEMO", secretAccessKey: "sandbox/777788889999/EXAMPLEKEY" });
    await data.kms.send(new CreateKeyCommand({}));
    await data.cloudtrail.send(new DescribeTrailsCommand({}));
    expect((await fetch(`${sandbox.url}/_sandbox/flush`, { method: "POST" })).status).toBe(200);
    const files = readdirSync(path.join(trailDir, "AWSLogs"), { recursive: true }).map(String).filter((f) => f.endsWith(".json.gz"));
    const layout = /^(\d{12})\/CloudTrail\/([a-z0-9-]+)\/\d{4}\/\d{2}\/\d{2}\/\1_CloudTrail_\2_\d{8}T\d{4}Z_[0-9A-F]{16}\.json\.gz$/;
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.replaceAll("\\", "/")).toMatch(layout);
    const records = files.flatMap((f) => (JSON.parse(gunzipSync(readFileSync(path.join(trailDir, "AWSLogs", f))).toString()) as { Records: { eventSource: string; recipientAccountId: string }[] }).Records);
    expect(records.some((r) => r.eventSource === "kms.amazonaws.com" && r.recipientAccountId === "111122223333")).toBe(true);
    const dataRecords = records.filter((r) => r.recipientAccountId === "777788889999");
    expect(dataRecords.some((r) => r.eventSource === "cloudtrail.amazonaws.com")).toBe(true);
    expect(dataRecords.some((r) => r.eventSource === "kms.amazonaws.com")).toBe(false);
  });
});
