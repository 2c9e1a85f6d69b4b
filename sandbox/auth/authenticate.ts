import type { Caller } from "./caller";
import type { CredentialRegistry } from "./credentials";
import { amzDateToMs, parseSigV4, verifySigV4, type CanonicalInput } from "./sigv4";

export type AuthFailureKind = "missing" | "incomplete" | "expiredSignature" | "mismatch" | "wrongService" | "badToken" | "expiredToken";
export type AuthFailure = { failure: AuthFailureKind; message: string };
export type Authenticated = { caller: Caller; region: string };

const SKEW_MS = 15 * 60_000;
const MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/**
 * SigV4 as AWS checks it. Signatures are verified for keys this sandbox issued or knows (it holds
 * their secrets); unknown long-term keys act in the default account unverified. Request time is
 * checked against the wall clock, not the sandbox clock, because SDKs sign with the wall clock.
 */
export function authenticate(req: CanonicalInput, service: string, registry: CredentialRegistry): Authenticated | AuthFailure {
  const auth = parseSigV4(req.headers);
  if ("failure" in auth) return auth;
  if (auth.service !== service) return { failure: "wrongService", message: `Credential should be scoped to correct service: '${service}'. ` };
  const skew = amzDateToMs(auth.amzDate) - Date.now();
  if (Math.abs(skew) > SKEW_MS) {
    const now = new Date().toISOString().replace(/[-:]|\.\d{3}/g, "");
    return { failure: "expiredSignature", message: `Signature expired: ${auth.amzDate} is now earlier than ${now} (${now} - 15 min.)` };
  }
  const resolved = registry.resolve(auth.accessKeyId);
  if (resolved.kind === "unrecognized") return { failure: "badToken", message: "The security token included in the request is invalid." };
  if (resolved.kind === "default") return { caller: resolved.caller, region: auth.region };
  if (resolved.sessionToken !== undefined && req.headers["x-amz-security-token"] !== resolved.sessionToken) {
    return { failure: "badToken", message: "The security token included in the request is invalid." };
  }
  if (resolved.sessionToken === undefined && req.headers["x-amz-security-token"] !== undefined) {
    return { failure: "badToken", message: "The security token included in the request is invalid." };
  }
  if (!verifySigV4(req, auth, resolved.secret)) return { failure: "mismatch", message: MISMATCH };
  if (resolved.expiration !== undefined && resolved.expiration < Date.now()) {
    return { failure: "expiredToken", message: "The security token included in the request is expired" };
  }
  return { caller: resolved.caller, region: auth.region };
}
