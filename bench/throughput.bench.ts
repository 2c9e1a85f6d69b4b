// `npm run bench -- throughput [--seconds 5] [--keys 600]`: requests per second lib/aws sends to
// the sandbox per KMS operation, (1) all six per-key operations at once at a twentieth of AWS's
// quotas, over a timed window after a warm-up, and (2) a sync-shaped load (every operation on every
// key) at AWS's real quotas, where ListGrants and ListKeyRotations set the pace. The suite checks
// that these loads finish without a throttle (integration/aws-throughput.test.ts); how close they
// come to the limits is measured here.
import { PER_KEY_CALLS, PER_KEY_OPERATIONS, type PerKeyOperation } from "../integration/per-key-calls";
import { listKeyIds, sandboxAccess, type SandboxAccess } from "../integration/aws-sandbox";
import type { Bench } from "./cli";

const perKey = PER_KEY_CALLS;
type Operation = PerKeyOperation;
const OPERATIONS = PER_KEY_OPERATIONS;
/** Share of its limit each operation must reach; above the limit only by its burst. */
const TARGET_SHARE = 0.9;

const limitOf = (access: SandboxAccess, operation: string) => access.aws.limiter.rateFor({ ...access.home, service: "kms", operation });

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

type Row = { operation: Operation; limit: number; achieved: number; burst: number; throttles: number };

async function allAtOnce(seconds: number): Promise<{ window: number; rows: Row[] }> {
  // Quotas scaled to a twentieth (both sides) so this shared machine can serve every limit at once.
  const s = await sandboxAccess({ fleet: "bench:200", quotaScale: 0.05 }, { quotaScale: 0.05 });
  try {
    const kms = s.aws.kms(s.home);
    const ids = await listKeyIds(s.aws, s.home);
    const warmUp = 1;
    const deadline = performance.now() + seconds * 1000;
    // Requests sent between the end of the warm-up and the deadline, read from the call counters.
    const marks: { at: number; stats: Record<string, { requests: number }> }[] = [];
    const mark = () => marks.push({ at: performance.now(), stats: s.aws.stats.snapshot() });
    const timers = [setTimeout(mark, warmUp * 1000), setTimeout(mark, seconds * 1000)];
    await Promise.all(
      OPERATIONS.flatMap((operation) => {
        const workers = Math.ceil(limitOf(s, operation)) + 4;
        return Array.from({ length: workers }, async (_, w) => {
          for (let i = w; performance.now() < deadline; i += workers) await perKey[operation](kms, ids[i % ids.length]!);
        });
      }),
    );
    for (const t of timers) clearTimeout(t);
    const stats = s.aws.stats.snapshot();
    const [from, to] = marks as [(typeof marks)[0], (typeof marks)[0]];
    const bursts = Object.fromEntries(s.aws.limiter.states().map((b) => [b.key.split(":").at(-1)!, b.burst]));
    // Timers fire late on a busy machine: measure the window the two marks actually span.
    const window = (to.at - from.at) / 1000;
    const rows = OPERATIONS.map((operation) => {
      const sent = to.stats[`kms:${operation}`]!.requests - (from.stats[`kms:${operation}`]?.requests ?? 0);
      return { operation, limit: limitOf(s, operation), achieved: sent / window, burst: bursts[operation]!, throttles: stats[`kms:${operation}`]!.throttles };
    });
    return { window, rows };
  } finally {
    await s.stop();
  }
}

async function syncShaped(keys: number): Promise<{ wall: number; rows: Row[] }> {
  const s = await sandboxAccess({ fleet: `bench:${keys}`, quotaScale: 1 });
  try {
    const kms = s.aws.kms(s.home);
    const ids = await listKeyIds(s.aws, s.home);
    const started = performance.now();
    const finished = {} as Record<Operation, number>;
    await Promise.all(
      OPERATIONS.map(async (operation) => {
        await Promise.all(ids.map((id) => perKey[operation](kms, id)));
        finished[operation] = (performance.now() - started) / 1000;
      }),
    );
    const wall = (performance.now() - started) / 1000;
    const stats = s.aws.stats.snapshot();
    const bursts = Object.fromEntries(s.aws.limiter.states().map((b) => [b.key.split(":").at(-1)!, b.burst]));
    const rows = OPERATIONS.map((operation) => ({ operation, limit: limitOf(s, operation), achieved: ids.length / finished[operation], burst: bursts[operation] ?? 0, throttles: stats[`kms:${operation}`]!.throttles }));
    return { wall, rows };
  } finally {
    await s.stop();
  }
}

const line = (r: Row) => `  ${r.operation.padEnd(21)} limit ${r.limit.toFixed(1).padStart(7)} rps  achieved ${r.achieved.toFixed(1).padStart(7)} rps  throttles ${r.throttles}`;

const bench: Bench = async (args) => {
  const seconds = option(args, "seconds", 5);
  const keys = option(args, "keys", 600);
  const parallel = await allAtOnce(seconds);
  const sync = await syncShaped(keys);
  // At the limit (its burst aside) and no further, for every operation of the timed window; in the
  // sync-shaped load only the two slowest operations run long enough to reach theirs.
  const atLimit = (r: Row, window: number) => r.achieved >= TARGET_SHARE * r.limit && r.achieved <= r.limit + (r.burst + 1) / window && r.throttles === 0;
  const paced = sync.rows.filter((r) => r.operation === "ListGrants" || r.operation === "ListKeyRotations");
  const passed = parallel.rows.every((r) => atLimit(r, parallel.window)) && paced.every((r) => atLimit(r, sync.wall)) && sync.rows.every((r) => r.throttles === 0);
  return {
    name: "throughput",
    passed,
    summary: [
      `all six operation types at once (quotas × 0.05, limiter at 80%), requests sent per second over ${parallel.window.toFixed(2)} s after a 1 s warm-up (target ≥ ${100 * TARGET_SHARE}% of each limit, no throttle):`,
      ...parallel.rows.map(line),
      `${keys} keys, six calls each, all operation types at once at AWS's quotas (limiter at 80%): ${sync.wall.toFixed(2)} s, ${(sync.wall / (keys / 100)).toFixed(2)}× the ListGrants floor of ${(keys / 100).toFixed(2)} s (target: ListGrants and ListKeyRotations ≥ ${100 * TARGET_SHARE}% of their limits):`,
      ...sync.rows.map(line),
    ],
    figures: { seconds, keys, targetShare: TARGET_SHARE, parallel, sync },
  };
};

export default bench;
