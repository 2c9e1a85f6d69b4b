import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand, GenerateDataKeyCommand, ListGrantsCommand, ListKeysCommand } from "@aws-sdk/client-kms";
import { afterAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { clientsFor, errorOf, start } from "./helpers";

const running: Sandbox[] = [];
afterAll(() => Promise.all(running.map((s) => s.stop())));
async function sandboxWith(options: Parameters<typeof start>[0]) {
  const s = await start(options);
  running.push(s);
  return s;
}

async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (e) {
    return (e as Error).name;
  }
}

describe("request quotas (token buckets per account, Region and operation)", () => {
  it("LookupEvents allows 2 per second per account and Region at the default scale", async () => {
    const s = await sandboxWith({ quotaScale: 1 });
    const c = clientsFor(s);
    const results = await Promise.all([1, 2, 3].map(() => outcome(c.cloudtrail.send(new LookupEventsCommand({ MaxResults: 1 })))));
    expect(results.filter((r) => r === "ThrottlingException")).toHaveLength(1);
    const other = clientsFor(s, "eu-west-1");
    expect(await outcome(other.cloudtrail.send(new LookupEventsCommand({ MaxResults: 1 })))).toBe("ok");
  });

  it("each operation has its own bucket; cryptographic operations share one pool; throttles reach CloudTrail", async () => {
    const s = await sandboxWith({ quotaScale: 0.0001 });
    const c = clientsFor(s, "eu-central-1");
    const KeyId = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    expect(await outcome(c.kms.send(new DescribeKeyCommand({ KeyId })))).toBe("ok");
    expect(await outcome(c.kms.send(new DescribeKeyCommand({ KeyId })))).toBe("ThrottlingException");
    expect(await outcome(c.kms.send(new ListGrantsCommand({ KeyId })))).toBe("ok");
    expect(await outcome(c.kms.send(new ListKeysCommand({})))).toBe("ok");
    const blob = (await c.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("x") }))).CiphertextBlob!;
    expect(await outcome(c.kms.send(new DecryptCommand({ CiphertextBlob: blob })))).toBe("ok");
    const e = await errorOf(c.kms.send(new GenerateDataKeyCommand({ KeyId, KeySpec: "AES_256" })));
    expect(e).toMatchObject({ name: "ThrottlingException", status: 400 });
    const throttled = [...s.world.events.stream("111122223333", "eu-central-1").newestFirst(Number.MAX_SAFE_INTEGER, 0)].filter((ev) => ev.record.errorCode === "ThrottlingException");
    expect(throttled.map((ev) => ev.record.eventName).sort()).toEqual(["DescribeKey", "GenerateDataKey"]);
  });
});

describe("faults", () => {
  it("are reproducible from the seed", async () => {
    const run = async () => {
      const s = await sandboxWith({ faults: "throttle=0.3,error=0.2", seed: "faults-1" });
      const c = clientsFor(s);
      const results: string[] = [];
      for (let i = 0; i < 30; i++) results.push(await outcome(c.kms.send(new ListKeysCommand({}))));
      return results;
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(new Set(a)).toEqual(new Set(["ok", "ThrottlingException", "KMSInternalException"]));
  });

  it("errors are HTTP 500 KMSInternalException; resets drop the connection; latency delays", async () => {
    const failing = clientsFor(await sandboxWith({ faults: "error=1" }));
    expect(await errorOf(failing.kms.send(new ListKeysCommand({})))).toMatchObject({ name: "KMSInternalException", status: 500 });
    const dropping = clientsFor(await sandboxWith({ faults: "reset=1" }));
    const dropped = await errorOf(dropping.kms.send(new ListKeysCommand({})));
    expect(dropped.name).not.toMatch(/Exception$/);
    const slow = clientsFor(await sandboxWith({ faults: "latency=120-120" }));
    const t0 = performance.now();
    await slow.kms.send(new ListKeysCommand({}));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(110);
  });

  it("bad fault specs are refused", async () => {
    await expect(start({ faults: "throttle=2" })).rejects.toThrow(/probability/);
    await expect(start({ faults: "gremlins=0.1" })).rejects.toThrow(/unknown fault/);
  });
});
