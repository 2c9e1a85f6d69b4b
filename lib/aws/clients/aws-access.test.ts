import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAwsAccess, type AwsAccess } from "./aws-access";
import { isRegionNotEnabled } from "../calls/aws-error";
import { CallStats } from "../calls/call-stats";
import { collect } from "./paginate";

// A stand-in for AWS that speaks just enough of the KMS (JSON 1.1) and STS (query/XML) protocols
// to check what the real SDK clients send and how this layer handles the answers.

type Seen = { service: string; operation: string; accessKeyId: string; region: string; body: string };
type Handler = (seen: Seen, res: ServerResponse) => void;

const OWN = "111111111111";
const OTHER = "222222222222";
const ROLE = `arn:aws:iam::${OTHER}:role/KeywardenReader`;

let server: Server;
let url: string;
let seen: Seen[] = [];
let kmsHandler: Handler;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/x-amz-json-1.1" });
  res.end(JSON.stringify(body));
};
const xml = (res: ServerResponse, body: string) => {
  res.writeHead(200, { "content-type": "text/xml" });
  res.end(`<?xml version="1.0"?>${body}`);
};

function sts(s: Seen, res: ServerResponse) {
  const form = new URLSearchParams(s.body);
  if (form.get("Action") === "GetCallerIdentity") {
    return xml(
      res,
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${OWN}:user/alice</Arn><UserId>AIDAEXAMPLE</UserId><Account>${OWN}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    );
  }
  const expiration = new Date(Date.now() + 3600_000).toISOString();
  xml(
    res,
    `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE${form.get("ExternalId") ?? "NONE"}</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${OTHER}:assumed-role/KeywardenReader/keywarden</Arn><AssumedRoleId>AROAEXAMPLE:keywarden</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></AssumeRoleResponse>`,
  );
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  let body = "";
  for await (const chunk of req) body += chunk;
  const credential = /Credential=([^/]+)\/\d+\/([^/]+)\/([^/]+)\//.exec(req.headers.authorization ?? "");
  const target = String(req.headers["x-amz-target"] ?? "");
  const s: Seen = {
    service: credential?.[3] ?? "?",
    operation: target ? target.split(".").at(-1)! : (new URLSearchParams(body).get("Action") ?? "?"),
    accessKeyId: credential?.[1] ?? "?",
    region: credential?.[2] ?? "?",
    body,
  };
  seen.push(s);
  if (s.service === "sts") return sts(s, res);
  kmsHandler(s, res);
}

const fallback: Handler = (s, res) => json(res, 200, { KeyMetadata: { KeyId: "k1", AWSAccountId: s.accessKeyId } });

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createAwsAccess", () => {
  let aws: AwsAccess;
  const make = (over: Partial<Parameters<typeof createAwsAccess>[0]["config"]> = {}) =>
    createAwsAccess({
      config: {
        endpointUrl: url,
        homeRegion: "us-east-1",
        regions: ["us-east-1", "eu-west-1"],
        accountRoles: [ROLE],
        roleExternalId: "ext42",
        quotaFraction: 0.8,
        ...over,
      },
      credentials: async () => ({ accessKeyId: "AKIAOWN", secretAccessKey: "secret" }),
      // Long enough that a loaded machine never times out an answer that is coming (one test relies on a timeout).
      retry: { attemptTimeoutMs: 3000, backoff: { baseMs: 5, throttleBaseMs: 10, capMs: 50 } },
    });

  afterEach(() => {
    aws?.close();
    seen = [];
    kmsHandler = fallback;
  });
  kmsHandler = fallback;

  it("finds the caller's account and lists every account × Region", async () => {
    aws = make();
    expect(await aws.identity()).toEqual({ accountId: OWN, arn: `arn:aws:iam::${OWN}:user/alice` });
    const targets = await aws.targets();
    expect(targets.map((t) => `${t.accountId}/${t.region}/${t.via}`)).toEqual([
      `${OWN}/eu-west-1/default-chain`,
      `${OWN}/us-east-1/default-chain`,
      `${OTHER}/eu-west-1/assume-role`,
      `${OTHER}/us-east-1/assume-role`,
    ]);
    await aws.targets();
    expect(seen.filter((s) => s.operation === "GetCallerIdentity")).toHaveLength(1);
  });

  it("signs with the default chain for its own account and assumes the role once for another", async () => {
    aws = make();
    await aws.kms({ accountId: OWN, region: "eu-west-1" }).send("DescribeKey", { KeyId: "k1" });
    await aws.kms({ accountId: OTHER, region: "eu-west-1" }).send("DescribeKey", { KeyId: "k1" });
    await aws.kms({ accountId: OTHER, region: "us-east-1" }).send("DescribeKey", { KeyId: "k1" });
    const kms = seen.filter((s) => s.service === "kms");
    expect(kms.map((s) => `${s.accessKeyId}@${s.region}`)).toEqual(["AKIAOWN@eu-west-1", "ASIAROLEext42@eu-west-1", "ASIAROLEext42@us-east-1"]);
    const assumed = seen.filter((s) => s.operation === "AssumeRole");
    expect(assumed).toHaveLength(1);
    expect(new URLSearchParams(assumed[0]!.body).get("RoleArn")).toBe(ROLE);
    expect(assumed[0]!.region).toBe("us-east-1");
  });

  it("assumes the role even when the first calls fill every slot of the process", async () => {
    aws = createAwsAccess({
      config: { endpointUrl: url, homeRegion: "us-east-1", regions: [], accountRoles: [ROLE], roleExternalId: undefined, quotaFraction: 0.5 },
      credentials: async () => ({ accessKeyId: "AKIAOWN", secretAccessKey: "secret" }),
      maxInFlight: 2,
      retry: { attemptTimeoutMs: 2000 },
    });
    const kms = aws.kms({ accountId: OTHER, region: "eu-west-1" });
    await Promise.all(Array.from({ length: 10 }, () => kms.send("DescribeKey", { KeyId: "k1" })));
    // Held behind the calls waiting for its credentials, AssumeRole would time out (2 s) and be retried.
    expect(aws.stats.snapshot()["sts:AssumeRole"]).toMatchObject({ calls: 1, requests: 1, retries: 0, errors: 0 });
    expect(aws.stats.snapshot()["kms:DescribeKey"]).toMatchObject({ calls: 10, requests: 10, retries: 0, errors: 0 });
    expect(seen.filter((s) => s.operation === "AssumeRole")).toHaveLength(1);
  });

  it("refuses an account that is neither the caller's nor a configured role's", async () => {
    aws = make();
    await expect(aws.kms({ accountId: "999999999999", region: "eu-west-1" }).send("ListKeys", {})).rejects.toThrow(/no credentials for account/);
  });

  it("retries throttles itself, one attempt per SDK send, and counts them", async () => {
    aws = make();
    let n = 0;
    kmsHandler = (_, res) =>
      ++n <= 2 ? json(res, 400, { __type: "ThrottlingException", message: "Rate exceeded" }) : json(res, 200, { Grants: [], Truncated: false });
    const run = new CallStats();
    const out = await aws.kms({ accountId: OWN, region: "eu-west-1" }, { stats: run }).send("ListGrants", { KeyId: "k1" });
    expect(out.Grants).toEqual([]);
    expect(seen.filter((s) => s.operation === "ListGrants")).toHaveLength(3);
    expect(run.snapshot()["kms:ListGrants"]).toMatchObject({ calls: 1, requests: 3, throttles: 2, retries: 2, errors: 0 });
    expect(aws.stats.snapshot()["kms:ListGrants"]).toMatchObject({ requests: 3 });
  });

  it("lets one call turn retries off", async () => {
    aws = make();
    kmsHandler = (_, res) => json(res, 400, { __type: "ThrottlingException", message: "Rate exceeded" });
    const error = await aws
      .kms({ accountId: OWN, region: "eu-west-1" })
      .send("RotateKeyOnDemand", { KeyId: "k1" }, { retry: { maxAttempts: 1 } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "throttled", attempts: 1 });
    expect(seen.filter((s) => s.operation === "RotateKeyOnDemand")).toHaveLength(1);
  });

  it("retries a reset connection and a response that never comes", async () => {
    aws = make();
    let n = 0;
    kmsHandler = (_, res) => {
      n++;
      if (n === 1) return res.socket?.destroy();
      if (n === 2) return; // never answers: the attempt times out
      json(res, 200, { KeyMetadata: { KeyId: "k1" } });
    };
    const out = await aws.kms({ accountId: OWN, region: "eu-west-1" }).send("DescribeKey", { KeyId: "k1" });
    expect(out.KeyMetadata?.KeyId).toBe("k1");
    expect(aws.stats.snapshot()["kms:DescribeKey"]).toMatchObject({ requests: 3, retries: 2, errors: 0 });
  });

  it("does not retry a NotFoundException", async () => {
    aws = make();
    kmsHandler = (_, res) => json(res, 400, { __type: "NotFoundException", message: "Key 'x' does not exist" });
    await expect(aws.kms({ accountId: OWN, region: "eu-west-1" }).send("DescribeKey", { KeyId: "x" })).rejects.toMatchObject({
      kind: "not-found",
      code: "NotFoundException",
      attempts: 1,
    });
  });

  it("reports a Region that is not enabled so the sync can skip it", async () => {
    aws = make({ regions: ["me-south-1"] });
    kmsHandler = (_, res) => json(res, 400, { __type: "UnrecognizedClientException", message: "The security token included in the request is invalid." });
    const error = await aws
      .kms({ accountId: OWN, region: "me-south-1" })
      .send("ListKeys", {})
      .catch((e: unknown) => e);
    expect(isRegionNotEnabled(error)).toBe(true);
    const home = await aws
      .kms({ accountId: OWN, region: "us-east-1" })
      .send("ListKeys", {})
      .catch((e: unknown) => e);
    expect(home).toMatchObject({ kind: "invalid-credentials" });
  });

  it("reuses keep-alive connections across calls", async () => {
    aws = make();
    await aws.identity();
    let connections = 0;
    const count = () => connections++;
    server.on("connection", count);
    const kms = aws.kms({ accountId: OWN, region: "eu-west-1" });
    for (let i = 0; i < 20; i++) await kms.send("DescribeKey", { KeyId: "k1" });
    expect(connections).toBe(1);
    await Promise.all(Array.from({ length: 20 }, () => kms.send("DescribeKey", { KeyId: "k1" })));
    server.off("connection", count);
    expect(connections).toBeLessThanOrEqual(21);
    expect(seen.filter((s) => s.operation === "DescribeKey")).toHaveLength(40);
  });

  it("gives each quota pool its own connections, so slow ListGrants answers never hold up DescribeKey", async () => {
    aws = createAwsAccess({
      config: { endpointUrl: url, homeRegion: "us-east-1", regions: [], accountRoles: [], roleExternalId: undefined, quotaFraction: 1 },
      credentials: async () => ({ accessKeyId: "AKIAOWN", secretAccessKey: "secret" }),
      maxSockets: 8,
    });
    await aws.identity();
    // ListGrants answers are held until DescribeKey has its answer: sharing their connections, it
    // would never get one.
    const held: (() => void)[] = [];
    kmsHandler = (s, res) => {
      if (s.operation === "ListGrants") held.push(() => json(res, 200, { Grants: [], Truncated: false }));
      else fallback(s, res);
    };
    const kms = aws.kms({ accountId: OWN, region: "eu-west-1" });
    const grants = Promise.all(Array.from({ length: 10 }, () => kms.send("ListGrants", { KeyId: "k1" })));
    while (held.length < 8) await new Promise((resolve) => setTimeout(resolve, 5));
    const described = kms.send("DescribeKey", { KeyId: "k1" }).then(() => "answered");
    const stuck = new Promise((resolve) => setTimeout(() => resolve("stuck behind ListGrants"), 3000));
    expect(await Promise.race([described, stuck])).toBe("answered");
    const release = setInterval(() => {
      while (held.length) held.shift()!();
    }, 5);
    await grants;
    clearInterval(release);
  });

  it("pages through ListKeys with the largest page size", async () => {
    aws = make();
    kmsHandler = (s, res) => {
      const input = JSON.parse(s.body) as { Marker?: string; Limit?: number };
      expect(input.Limit).toBe(1000);
      const page = Number(input.Marker ?? 0);
      json(res, 200, { Keys: [{ KeyId: `k${page}` }], Truncated: page < 2, ...(page < 2 ? { NextMarker: String(page + 1) } : {}) });
    };
    const pages = await collect(aws.kms({ accountId: OWN, region: "eu-west-1" }).paginate("ListKeys", {}));
    expect(pages.flatMap((p) => p.Keys!.map((k) => k.KeyId))).toEqual(["k0", "k1", "k2"]);
  });
});
