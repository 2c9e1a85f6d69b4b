import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { World } from "../world";
import { routeAdmin } from "./admin-routes";
import type { Reply } from "./call-info";
import type { FaultInjector } from "./faults";
import { readBody } from "./read-body";
import { routeAws } from "./route-aws";

export function createSandboxServer(world: World, faults: FaultInjector | undefined): Server {
  const server = createServer((req, res) => {
    handle(world, faults, req, res).catch((e: unknown) => {
      console.error("sandbox: request failed:", e);
      if (!res.headersSent) send(res, { status: 500, headers: { "content-type": "application/json" }, body: '{"__type":"InternalFailure","message":"internal error"}' });
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

async function handle(world: World, faults: FaultInjector | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (body === undefined) return send(res, { status: 413, headers: { "content-type": "application/json" }, body: '{"__type":"RequestEntityTooLargeException","message":"Request is too large."}' });
  if ((req.url ?? "").startsWith("/_sandbox/")) return send(res, routeAdmin(world, req, body));
  const fault = faults?.next();
  if (fault && fault.delayMs > 0) await sleep(fault.delayMs);
  if (fault?.kind === "reset") {
    req.socket.destroy();
    return;
  }
  const injected = fault?.kind === "throttle" || fault?.kind === "error" ? fault.kind : undefined;
  send(res, routeAws(world, req, body, injected));
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, "content-length": Buffer.byteLength(reply.body) });
  res.end(reply.body);
}
