import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export type SigV4 = {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
};

export type ParseFailure = { failure: "missing" | "incomplete"; message: string };

const AUTH = /^AWS4-HMAC-SHA256 (.+)$/;
const AMZ_DATE = /^(\d{8})T\d{6}Z$/;

/** Reads the Authorization header; only header-signed SigV4 is accepted (no presigned URLs). */
export function parseSigV4(headers: IncomingHttpHeaders): SigV4 | ParseFailure {
  const header = headers.authorization;
  if (!header) return { failure: "missing", message: "Missing Authentication Token" };
  const m = AUTH.exec(header);
  if (!m) return { failure: "incomplete", message: `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${header.split(" ")[0]}` };
  const fields = new Map<string, string>();
  for (const part of m[1]!.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of ["Credential", "SignedHeaders", "Signature"]) {
    if (!fields.get(name)) return { failure: "incomplete", message: `Authorization header requires '${name}' parameter. Authorization=${header}` };
  }
  const scope = fields.get("Credential")!.split("/");
  if (scope.length !== 5 || scope[4] !== "aws4_request") {
    return { failure: "incomplete", message: `Credential should be scoped to a valid region, service and terminated by 'aws4_request'.` };
  }
  const amzDate = String(headers["x-amz-date"] ?? "");
  const dm = AMZ_DATE.exec(amzDate);
  if (!dm) return { failure: "incomplete", message: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header." };
  if (dm[1] !== scope[1]) return { failure: "incomplete", message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope[1]}' != '${dm[1]}'` };
  return {
    accessKeyId: scope[0]!,
    date: scope[1]!,
    region: scope[2]!,
    service: scope[3]!,
    signedHeaders: fields.get("SignedHeaders")!.split(";"),
    signature: fields.get("Signature")!,
    amzDate,
  };
}

/** Parses 20240101T000000Z. */
export function amzDateToMs(amzDate: string): number {
  const d = amzDate;
  return Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +d.slice(9, 11), +d.slice(11, 13), +d.slice(13, 15));
}

export type CanonicalInput = { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer };

const signingKeys = new Map<string, Buffer>();

export function verifySigV4(req: CanonicalInput, auth: SigV4, secret: string): boolean {
  const canonical = canonicalRequest(req, auth.signedHeaders);
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const toSign = `AWS4-HMAC-SHA256\n${auth.amzDate}\n${scope}\n${sha256(canonical)}`;
  const expected = createHmac("sha256", signingKey(secret, auth)).update(toSign).digest();
  const given = Buffer.from(auth.signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function signingKey(secret: string, auth: SigV4): Buffer {
  const id = `${secret}|${auth.date}|${auth.region}|${auth.service}`;
  let key = signingKeys.get(id);
  if (!key) {
    const kDate = createHmac("sha256", `AWS4${secret}`).update(auth.date).digest();
    const kRegion = createHmac("sha256", kDate).update(auth.region).digest();
    const kService = createHmac("sha256", kRegion).update(auth.service).digest();
    key = createHmac("sha256", kService).update("aws4_request").digest();
    if (signingKeys.size > 1000) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
}

function canonicalRequest(req: CanonicalInput, signedHeaders: string[]): string {
  const q = req.url.indexOf("?");
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = q < 0 ? "" : req.url.slice(q + 1);
  const headerLines = signedHeaders.map((name) => `${name}:${headerValue(req.headers[name])}\n`).join("");
  return [req.method, canonicalPath(path), canonicalQuery(query), headerLines, signedHeaders.join(";"), sha256(req.body)].join("\n");
}

function headerValue(v: string | string[] | undefined): string {
  const s = Array.isArray(v) ? v.join(",") : (v ?? "");
  return s.trim().replace(/\s+/g, " ");
}

function canonicalPath(path: string): string {
  if (path === "" || path === "/") return "/";
  return path
    .split("/")
    // Non-S3 services sign the already-encoded path, encoded once more.
    .map((seg) => rfc3986(seg))
    .join("/");
}

function canonicalQuery(query: string): string {
  if (!query) return "";
  return query
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf("=");
      const k = eq < 0 ? pair : pair.slice(0, eq);
      const v = eq < 0 ? "" : pair.slice(eq + 1);
      return [rfc3986(safeDecode(k)), rfc3986(safeDecode(v))] as const;
    })
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, "%20"));
  } catch {
    return s;
  }
}

const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
