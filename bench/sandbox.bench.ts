// npm run bench -- sandbox [--calls 200000] [--rounds 3] [--concurrency 64] [--sdk-calls 30000]
// Measures the sandbox as benchmarks see it: a separate process serving DescribeKey with quotas
// off, fleet generation times, and memory before and after serving many calls.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DescribeKeyCommand, KMSClient, ListKeysCommand } from "@aws-sdk/client-kms";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { startSandbox } from "@/sandbox";

type BenchResult = { name: string; passed: boolean; summary: string[]; figures: Record<string, unknown> };
type Captured = { headers: Record<string, string>; body: string };
type Health = { keys: number; events: number; memory: { rssBytes: number; heapUsedBytes: number; externalBytes: number; collected: boolean } };

const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..");
const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const MB = 1024 * 1024;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

/** Fleet generation, in process, best of two runs each. */
async function generationTimes(): Promise<{ bench10000Ms: number; demoMs: number; demoKeys: number; demoEvents: number }> {
  const time = async (fleet: string) => {
    const s = await startSandbox({ fleet, quotaScale: 0 });
    const result = { ms: s.fleetBuildMs, keys: s.world.kms.keyCount(), events: s.world.events.totalEvents() };
    await s.stop();
    return result;
  };
  const bench = [await time("bench:10000"), await time("bench:10000")];
  const demo = [await time("demo"), await time("demo")];
  return {
    bench10000Ms: Math.min(...bench.map((r) => r.ms)),
    demoMs: Math.min(...demo.map((r) => r.ms)),
    demoKeys: demo[0]!.keys,
    demoEvents: demo[0]!.events,
  };
}

/** The sandbox as its own process, as the app and the e2e tests run it. */
async function spawnSandbox(): Promise<{ child: ChildProcess; url: string }> {
  const args = [require.resolve("tsx/cli"), path.join(root, "sandbox", "cli.ts"), "--port", "0", "--fleet", "bench:10000", "--quota-scale", "0"];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_OPTIONS: "--expose-gc" } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /Sandbox ready at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`sandbox exited (${code})`)));
  });
  return { child, url };
}

async function health(url: string): Promise<Health> {
  return (await (await fetch(`${url}/_sandbox/health?gc`)).json()) as Health;
}

/** Lets the SDK sign DescribeKey requests (valid for 15 minutes), to replay them as raw HTTP. */
async function signedRequests(url: string, count: number): Promise<Captured[]> {
  const lister = new KMSClient({ endpoint: url, region: "us-east-1", credentials });
  const ids = (await lister.send(new ListKeysCommand({ Limit: 1000 }))).Keys!.map((k) => k.KeyId!);
  const captured: Captured[] = [];
  const capture = new KMSClient({
    endpoint: url,
    region: "us-east-1",
    credentials,
    maxAttempts: 1,
    requestHandler: {
      handle: async (req: { headers: Record<string, string>; body: string | Uint8Array }) => {
        captured.push({ headers: req.headers, body: bodyText(req.body) });
        throw new Error("captured");
      },
    } as never,
  });
  for (let i = 0; i < count; i++) await capture.send(new DescribeKeyCommand({ KeyId: ids[i % ids.length]! })).catch(() => undefined);
  return captured;
}

/**
 * Replays SDK-signed requests over raw keep-alive sockets, one request in flight per connection
 * (no pipelining), so the client costs little and the figure is the server's.
 */
/** The SDK hands a Uint8Array view; reading it through its buffer avoids its string-method shim. */
function bodyText(body: string | Uint8Array): string {
  return typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
}

async function rawLoad(url: string, requests: Captured[], calls: number, concurrency: number): Promise<{ perSecond: number; failures: number }> {
  const { hostname, port } = new URL(url);
  const wire = requests.map((r) => Buffer.from(`POST / HTTP/1.1\r\n${Object.entries(r.headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n${r.body}`));
  let sent = 0;
  let failures = 0;
  const connection = () =>
    new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname);
      socket.setNoDelay(true);
      let pending: Buffer = Buffer.alloc(0);
      const sendNext = () => {
        if (sent >= calls) return socket.end(resolve);
        socket.write(wire[sent++ % wire.length]!);
      };
      socket.on("connect", sendNext);
      socket.on("error", reject);
      socket.on("data", (chunk: Buffer) => {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        for (;;) {
          const headEnd = pending.indexOf("\r\n\r\n");
          if (headEnd < 0) return;
          const head = pending.toString("latin1", 0, headEnd);
          const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
          if (pending.length < headEnd + 4 + length) return;
          if (!head.startsWith("HTTP/1.1 200")) failures++;
          pending = pending.subarray(headEnd + 4 + length);
          sendNext();
        }
      });
    });
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, connection));
  return { perSecond: Math.round(calls / ((performance.now() - t0) / 1000)), failures };
}

async function sdkLoad(url: string, calls: number, concurrency: number): Promise<number> {
  const kms = new KMSClient({
    endpoint: url,
    region: "us-east-1",
    credentials,
    requestHandler: new NodeHttpHandler({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: concurrency }) }),
  });
  const ids = (await kms.send(new ListKeysCommand({ Limit: 1000 }))).Keys!.map((k) => k.KeyId!);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) await kms.send(new DescribeKeyCommand({ KeyId: ids[next++ % ids.length]! }));
    }),
  );
  kms.destroy();
  return Math.round(calls / ((performance.now() - t0) / 1000));
}

export default async function bench(args: string[]): Promise<BenchResult> {
  const calls = option(args, "calls", 200_000);
  const rounds = option(args, "rounds", 3);
  const concurrency = option(args, "concurrency", 64);
  const sdkCalls = option(args, "sdk-calls", 30_000);
  const generation = await generationTimes();
  const { child, url } = await spawnSandbox();
  try {
    const memory = [(await health(url)).memory];
    const requests = await signedRequests(url, 2000);
    const rates: number[] = [];
    let failures = 0;
    for (let i = 0; i < rounds; i++) {
      const round = await rawLoad(url, requests, calls, concurrency);
      rates.push(round.perSecond);
      failures += round.failures;
      memory.push((await health(url)).memory);
    }
    const records = (await health(url)).events;
    const sdkPerSecond = await sdkLoad(url, sdkCalls, concurrency);
    const mb = (b: number) => Math.round((b / MB) * 10) / 10;
    const heapGrowthAfterFirstRoundMb = mb(memory[memory.length - 1]!.heapUsedBytes - memory[1]!.heapUsedBytes);
    const checks = {
      describeKeyAtLeast5000PerSecond: Math.min(...rates) >= 5000,
      bench10000Under5s: generation.bench10000Ms < 5000,
      demoUnder10s: generation.demoMs < 10_000,
      heapFlatWithCalls: Math.abs(heapGrowthAfterFirstRoundMb) < 16,
      noFailedCalls: failures === 0,
    };
    const series = (pick: (m: Health["memory"]) => number) => memory.map((m) => mb(pick(m))).join(" → ");
    return {
      name: "sandbox",
      passed: Object.values(checks).every(Boolean),
      summary: [
        `DescribeKey, SDK-signed requests replayed on ${concurrency} raw HTTP/1.1 keep-alive connections (one in flight each) from another process: ${rates.join(", ")} per second (${calls} calls a round)`,
        `DescribeKey through the real SDK client (KMSClient, ${concurrency} in flight; the client process is the bottleneck): ${sdkPerSecond}/s over ${sdkCalls} calls`,
        `fleet generation: bench:10000 ${Math.round(generation.bench10000Ms)} ms; demo ${Math.round(generation.demoMs)} ms (${generation.demoKeys} keys, ${generation.demoEvents} CloudTrail events)`,
        `sandbox memory at start and after each round of ${calls} calls (${records - 1} CloudTrail records written in all), after a full GC:`,
        `  heap MB ${series((m) => m.heapUsedBytes)}; external MB ${series((m) => m.externalBytes)}; RSS MB ${series((m) => m.rssBytes)}`,
        ...Object.entries(checks).map(([k, v]) => `${v ? "ok  " : "FAIL"} ${k}`),
      ],
      figures: {
        describeKeyPerSecondRaw: rates,
        describeKeyPerSecondSdk: sdkPerSecond,
        concurrency,
        callsPerRound: calls,
        generation,
        memory,
        heapGrowthAfterFirstRoundMb,
        trailRecords: records,
        cpus: os.cpus().length,
        checks,
      },
    };
  } finally {
    child.kill("SIGTERM");
  }
}
