import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";

export type HttpOptions = {
  /**
   * Open connections per endpoint host. Enough for every operation of an account-Region to run
   * at its full rate: in-flight calls ≈ rate × latency, e.g. 5,800 rps × 40 ms ≈ 230.
   */
  maxSockets?: number;
};

export const DEFAULT_MAX_SOCKETS = 256;

/**
 * One keep-alive connection pool for every client: reusing connections saves a TLS handshake
 * per call, which at thousands of calls per second is most of the cost.
 */
export function createHttpHandler(options: HttpOptions = {}): NodeHttpHandler {
  const maxSockets = options.maxSockets ?? DEFAULT_MAX_SOCKETS;
  const agent = { keepAlive: true, keepAliveMsecs: 1000, maxSockets, maxFreeSockets: maxSockets, scheduling: "lifo" as const };
  return new NodeHttpHandler({ httpAgent: new HttpAgent(agent), httpsAgent: new HttpsAgent(agent) });
}
