export type RequestOrigin = { ip: string | null; userAgent: string | null };

const MAX_USER_AGENT = 300;
const MAX_IP = 64;

/**
 * Where a request came from, for the app's audit log.
 *
 * `npm start` serves Next.js on 127.0.0.1 only, so a remote browser reaches it through one reverse
 * proxy, or (locally) directly. Next's server fills `x-forwarded-for` with the socket's peer when
 * the request carries none, and a proxy such as nginx (`$proxy_add_x_forwarded_for`) appends the
 * peer it saw. Either way the rightmost hop is the address seen by the one party we trust; the
 * hops to its left are whatever the client wrote and are ignored. `x-real-ip` is the fallback for
 * proxies that set only that. More than one proxy would need a configured hop count (not yet).
 */
export function requestOrigin(headers: Headers): RequestOrigin {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const ip = hops.at(-1) ?? headers.get("x-real-ip")?.trim() ?? null;
  const userAgent = headers.get("user-agent")?.trim() || null;
  return { ip: ip ? ip.slice(0, MAX_IP) : null, userAgent: userAgent?.slice(0, MAX_USER_AGENT) ?? null };
}
