import type { IncomingMessage } from "node:http";
import { DAY, parseDuration } from "../core/clock";
import { accountsView } from "../state/accounts-view";
import { groundTruth } from "../state/ground-truth";
import type { World } from "../world";
import type { Reply } from "./call-info";

const json = (status: number, body: unknown): Reply => ({ status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** Applies time-driven changes up to now and drops history older than CloudTrail keeps. */
export function settle(world: World): void {
  const now = world.clock.now();
  world.lifecycle.runUntil(now);
  world.events.expire(now - 91 * DAY);
}

/** /_sandbox/* — test and demo controls, outside the AWS protocols and unauthenticated. */
export function routeAdmin(world: World, req: IncomingMessage, body: Buffer): Reply {
  const url = new URL(req.url ?? "/", "http://sandbox");
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case "GET /_sandbox/accounts":
      return json(200, accountsView(world));
    case "GET /_sandbox/state":
      settle(world);
      return json(200, groundTruth(world, { account: url.searchParams.get("account") ?? undefined, region: url.searchParams.get("region") ?? undefined }));
    case "GET /_sandbox/health":
      return json(200, health(world, url.searchParams.has("gc")));
    case "GET /_sandbox/clock":
      return json(200, { now: new Date(world.clock.now()).toISOString() });
    case "POST /_sandbox/clock":
      return moveClock(world, body);
    case "POST /_sandbox/flush":
      world.events.flushAll();
      world.flushTrail?.();
      return json(200, { flushed: true });
    default:
      return json(404, { error: `no admin route ${route}` });
  }
}

function moveClock(world: World, body: Buffer): Reply {
  let request: { advance?: unknown; to?: unknown };
  try {
    request = JSON.parse(body.toString("utf8") || "{}") as typeof request;
  } catch {
    return json(400, { error: "body must be JSON: {\"advance\": \"P30D\"} or {\"to\": \"2026-01-01T00:00:00Z\"}" });
  }
  const previous = world.clock.now();
  let target: number | undefined;
  if (typeof request.advance === "string") target = previous + (parseDuration(request.advance) ?? NaN);
  else if (typeof request.advance === "number") target = previous + request.advance * 1000;
  else if (typeof request.to === "string") target = Date.parse(request.to);
  if (target === undefined || !Number.isFinite(target)) {
    return json(400, { error: 'give {"advance": "P30D" | seconds} or {"to": "<ISO time>"}' });
  }
  try {
    world.clock.advanceTo(target);
  } catch (e) {
    return json(400, { error: (e as Error).message });
  }
  settle(world);
  return json(200, { previous: new Date(previous).toISOString(), now: new Date(world.clock.now()).toISOString() });
}

/** Liveness plus memory, for benchmarks; ?gc runs a collection first when node has --expose-gc. */
function health(world: World, collect: boolean) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collect && gc) gc();
  const m = process.memoryUsage();
  return {
    ok: true,
    fleet: world.fleet.kind,
    keys: world.kms.keyCount(),
    events: world.events.totalEvents(),
    now: new Date(world.clock.now()).toISOString(),
    memory: { rssBytes: m.rss, heapUsedBytes: m.heapUsed, externalBytes: m.external, arrayBuffersBytes: m.arrayBuffers, collected: Boolean(collect && gc) },
  };
}
