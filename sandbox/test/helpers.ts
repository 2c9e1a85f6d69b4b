import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { KMSClient } from "@aws-sdk/client-kms";
import { STSClient } from "@aws-sdk/client-sts";
import { startSandbox, type Sandbox } from "../index";
import type { SandboxOptions } from "../options";

export type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export type Clients = { kms: KMSClient; cloudtrail: CloudTrailClient; sts: STSClient };

/** The official SDK clients pointed at the sandbox, no retries so every answer is seen as is. */
export function clientsFor(sandbox: Sandbox, region = "us-east-1", credentials: Credentials = sandbox.credentials): Clients {
  const config = { endpoint: sandbox.url, region, credentials, maxAttempts: 1 };
  return { kms: new KMSClient(config), cloudtrail: new CloudTrailClient(config), sts: new STSClient(config) };
}

export async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ quotaScale: 0, clock: "2026-06-01T00:00:00Z", ...options });
}

/** The error name (AWS error code) a call fails with; throws if it succeeds. */
export async function errorOf(call: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await call;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
  throw new Error("expected the call to fail, it succeeded");
}

export async function advance(sandbox: Sandbox, advance: string): Promise<string> {
  const res = await fetch(`${sandbox.url}/_sandbox/clock`, { method: "POST", body: JSON.stringify({ advance }) });
  if (!res.ok) throw new Error(await res.text());
  return ((await res.json()) as { now: string }).now;
}

export async function admin<T>(sandbox: Sandbox, path: string): Promise<T> {
  const res = await fetch(`${sandbox.url}/_sandbox/${path}`);
  return (await res.json()) as T;
}

type CapturedRequest = { method: string; headers: Record<string, string>; body: string | Uint8Array };

/** Lets the SDK sign a KMS request, then sends it with fetch to read the raw HTTP answer. */
export async function rawKms(sandbox: Sandbox, operation: { input: object } & object): Promise<{ status: number; body: string }> {
  let captured: CapturedRequest | undefined;
  const client = new KMSClient({
    endpoint: sandbox.url,
    region: "us-east-1",
    credentials: sandbox.credentials,
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: CapturedRequest) => {
        captured = request;
        throw new Error("captured");
      },
    } as never,
  });
  await client.send(operation as never).catch(() => undefined);
  const { host: _host, ...headers } = captured!.headers;
  const b = captured!.body;
  // The SDK hands a Uint8Array view; reading it through its buffer avoids its string-method shim.
  const body = typeof b === "string" ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
  const res = await fetch(sandbox.url, { method: captured!.method, headers, body });
  return { status: res.status, body: await res.text() };
}
