import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";

// 64 connections carry DescribeKey's 1,600 rps (80% of 2,000) while answers take under 40 ms.
export const DEFAULT_MAX_SOCKETS = 64;

/**
 * Calls one quota pool may have in flight, and connections it gets: one second of its rate.
 * Calls in flight ≈ rate × latency, so a slow pool (ListGrants, 80 rps) keeps its full rate even
 * when a busy process answers in a second; and should they all reach AWS at once after a stall,
 * they still fit in the one second of quota AWS's bucket holds.
 */
export function socketsFor(rate: number, maxSockets = DEFAULT_MAX_SOCKETS): number {
  return Math.min(maxSockets, Math.max(1, Math.ceil(rate)));
}

/**
 * A keep-alive connection pool: reusing connections saves a TLS handshake per call, which at
 * thousands of calls per second is most of the cost.
 */
export function createHttpHandler(maxSockets: number): NodeHttpHandler {
  const agent = { keepAlive: true, keepAliveMsecs: 1000, maxSockets, maxFreeSockets: maxSockets, scheduling: "lifo" as const };
  return new NodeHttpHandler({ httpAgent: new HttpAgent(agent), httpsAgent: new HttpsAgent(agent) });
}
