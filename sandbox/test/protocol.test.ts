import { CloudTrailClient, DescribeTrailsCommand, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { CreateKeyCommand, DescribeKeyCommand, KMSClient, ListKeysCommand } from "@aws-sdk/client-kms";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { clientsFor, errorOf, rawKms, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;

beforeAll(async () => {
  sandbox = await start();
  c = clientsFor(sandbox);
});
afterAll(() => sandbox.stop());

/** Rewrites X-Amz-Target before signing, as another client (the AWS CLI) would send it. */
function withTarget<T extends KMSClient | CloudTrailClient>(client: T, target: string): T {
  (client.middlewareStack as KMSClient["middlewareStack"]).add(
    (next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers["x-amz-target"] = target;
      return next(args);
    },
    { step: "build" },
  );
  return client;
}

const raw = (headers: Record<string, string>, body = "{}") => fetch(sandbox.url, { method: "POST", headers: { "content-type": "application/x-amz-json-1.1", ...headers }, body });

describe("AWS JSON 1.1 and SigV4 (KMS, CloudTrail)", () => {
  it("an unsigned request is refused with MissingAuthenticationTokenException as {__type, message}", async () => {
    const res = await raw({ "x-amz-target": "TrentService.ListKeys" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ __type: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
  });

  it("a malformed Authorization header is IncompleteSignatureException", async () => {
    const res = await raw({ "x-amz-target": "TrentService.ListKeys", authorization: "AWS4-HMAC-SHA256 Credential=AKIA/x", "x-amz-date": "20260601T000000Z" });
    expect(((await res.json()) as { __type: string }).__type).toBe("IncompleteSignatureException");
  });

  it("a wrong secret, an old signature, a scope for another service are InvalidSignatureException", async () => {
    const wrongSecret = clientsFor(sandbox, "us-east-1", { accessKeyId: sandbox.credentials.accessKeyId, secretAccessKey: "not-the-secret" });
    expect(await errorOf(wrongSecret.kms.send(new ListKeysCommand({})))).toMatchObject({ name: "InvalidSignatureException", status: 400 });
    const late = new KMSClient({ endpoint: sandbox.url, region: "us-east-1", credentials: sandbox.credentials, maxAttempts: 1, systemClockOffset: -3_600_000 });
    expect((await errorOf(late.send(new ListKeysCommand({})))).message).toMatch(/^Signature expired/);
    const crossed = withTarget(new CloudTrailClient({ endpoint: sandbox.url, region: "us-east-1", credentials: sandbox.credentials, maxAttempts: 1 }), "TrentService.ListKeys");
    expect((await errorOf(crossed.send(new DescribeTrailsCommand({}))))).toMatchObject({ name: "InvalidSignatureException" });
  });

  it("CloudTrail answers both the SDK's and the AWS CLI's X-Amz-Target prefixes", async () => {
    await c.cloudtrail.send(new LookupEventsCommand({ MaxResults: 1 }));
    const cli = withTarget(new CloudTrailClient({ endpoint: sandbox.url, region: "us-east-1", credentials: sandbox.credentials, maxAttempts: 1 }), "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents");
    const r = await cli.send(new LookupEventsCommand({ MaxResults: 1 }));
    expect(r.Events).toHaveLength(1);
  });

  it("unknown operations and bodies that are not JSON are refused", async () => {
    const unknown = withTarget(new KMSClient({ endpoint: sandbox.url, region: "us-east-1", credentials: sandbox.credentials, maxAttempts: 1 }), "TrentService.MakeCoffee");
    expect((await errorOf(unknown.send(new ListKeysCommand({}))))).toMatchObject({ name: "UnknownOperationException" });
  });

  it("timestamps travel as epoch seconds; the request id comes back in x-amzn-RequestId", async () => {
    const KeyId = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const res = await rawKms(sandbox, new DescribeKeyCommand({ KeyId }));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { KeyMetadata: { CreationDate: unknown } };
    expect(typeof body.KeyMetadata.CreationDate).toBe("number");
    expect(Math.abs((body.KeyMetadata.CreationDate as number) - Date.parse("2026-06-01T00:00:00Z") / 1000)).toBeLessThan(60);
    const described = await c.kms.send(new DescribeKeyCommand({ KeyId }));
    expect(described.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the Region comes from the credential scope", async () => {
    const eu = clientsFor(sandbox, "eu-west-1");
    const KeyId = (await eu.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    expect((await eu.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!.Arn).toContain(":eu-west-1:");
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId }))))).toMatchObject({ name: "NotFoundException" });
  });
});

describe("accounts from access keys, STS over the query protocol", () => {
  it("the demo key is an IAM user in the home account; unknown keys act in the default account", async () => {
    expect(await c.sts.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/keywarden-demo" });
    const stranger = clientsFor(sandbox, "us-east-1", { accessKeyId: "AKIAUNKNOWNKEY000001", secretAccessKey: "anything" });
    expect(await stranger.sts.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: "111122223333", Arn: "arn:aws:iam::111122223333:user/sandbox-caller" });
  });

  it("AssumeRole: the session acts in the role's account, and CloudTrail shows the session issuer", async () => {
    const r = await c.sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::444455556666:role/KeywardenReader", RoleSessionName: "keywarden-sync", DurationSeconds: 900 }));
    expect(r.AssumedRoleUser!.Arn).toBe("arn:aws:sts::444455556666:assumed-role/KeywardenReader/keywarden-sync");
    const creds = { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: r.Credentials!.SessionToken! };
    const member = clientsFor(sandbox, "us-east-1", creds);
    expect((await member.sts.send(new GetCallerIdentityCommand({}))).Account).toBe("444455556666");
    const key = (await member.kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    expect(key.AWSAccountId).toBe("444455556666");
    const events = await member.cloudtrail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "CreateKey" }] }));
    const record = JSON.parse(events.Events![0]!.CloudTrailEvent!) as { userIdentity: Record<string, unknown>; recipientAccountId: string };
    expect(record.recipientAccountId).toBe("444455556666");
    expect(record.userIdentity).toMatchObject({
      type: "AssumedRole",
      arn: "arn:aws:sts::444455556666:assumed-role/KeywardenReader/keywarden-sync",
      accessKeyId: creds.accessKeyId,
      sessionContext: { sessionIssuer: { type: "Role", arn: "arn:aws:iam::444455556666:role/KeywardenReader", userName: "KeywardenReader" } },
    });
    const forged = clientsFor(sandbox, "us-east-1", { ...creds, sessionToken: "forged" });
    expect((await errorOf(forged.kms.send(new ListKeysCommand({}))))).toMatchObject({ name: "UnrecognizedClientException" });
    expect((await errorOf(forged.sts.send(new GetCallerIdentityCommand({}))))).toMatchObject({ name: "InvalidClientTokenId", status: 403 });
  });

  it("AssumeRole refuses unknown or untrusted roles and bad session names", async () => {
    expect(await errorOf(c.sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::444455556666:role/Nope", RoleSessionName: "s1" })))).toMatchObject({ name: "AccessDenied", status: 403 });
    const member = clientsFor(sandbox, "us-east-1", { accessKeyId: "AKIA444455556666DEMO", secretAccessKey: "sandbox/444455556666/EXAMPLEKEY" });
    expect(await errorOf(member.sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::777788889999:role/KeywardenReader", RoleSessionName: "s1" })))).toMatchObject({ name: "AccessDenied" });
    expect(await errorOf(c.sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::444455556666:role/KeywardenReader", RoleSessionName: "bad name!" })))).toMatchObject({ name: "ValidationError" });
  });

  it("expired session credentials are refused with ExpiredTokenException", async () => {
    const session = sandbox.world.credentials.issueSession("arn:aws:iam::444455556666:role/KeywardenReader", "old", 900, Date.now());
    sandbox.world.credentials.importSessions([{ ...session, expiration: Date.now() - 1000 }]);
    const old = clientsFor(sandbox, "us-east-1", { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken });
    expect(await errorOf(old.kms.send(new ListKeysCommand({})))).toMatchObject({ name: "ExpiredTokenException" });
    expect(await errorOf(old.sts.send(new GetCallerIdentityCommand({})))).toMatchObject({ name: "ExpiredToken", status: 403 });
  });

  it("STS errors are XML ErrorResponses", async () => {
    const res = await fetch(sandbox.url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "Action=GetCallerIdentity&Version=2011-06-15" });
    expect(res.status).toBe(403);
    const text = await res.text();
    expect(text).toContain("<Code>MissingAuthenticationToken</Code>");
    expect(text).toContain("<ErrorResponse");
  });
});
