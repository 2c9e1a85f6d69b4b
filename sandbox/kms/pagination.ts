import { AwsError } from "../core/errors";
import { optInt, optStr, type Input } from "../core/input";

export type Page = { limit: number; after?: string };

/**
 * KMS pagination: Limit within the operation's range (else ValidationException), an opaque Marker
 * that resumes after the last item returned (else InvalidMarkerException), NextMarker only when
 * Truncated is true.
 */
export function readPage(input: Input, max: number, fallback: number, scope: string): Page {
  const limit = optInt(input, "Limit", 1, max) ?? fallback;
  const marker = optStr(input, "Marker", { min: 1, max: 1024, pattern: /^[\u0020-\u00FF]*$/ });
  if (marker === undefined) return { limit };
  return { limit, after: decodeMarker(marker, scope) };
}

export function pageOf<T>(items: T[], page: Page, idOf: (item: T) => string, scope: string) {
  const slice = items.slice(0, page.limit);
  const truncated = items.length > page.limit;
  return {
    items: slice,
    Truncated: truncated,
    NextMarker: truncated ? encodeMarker(idOf(slice[slice.length - 1]!), scope) : undefined,
  };
}

function encodeMarker(after: string, scope: string): string {
  return Buffer.from(JSON.stringify({ s: scope, a: after })).toString("base64url");
}

function decodeMarker(marker: string, scope: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(marker, "base64url").toString("utf8")) as { s?: unknown; a?: unknown };
    if (parsed.s === scope && typeof parsed.a === "string") return parsed.a;
  } catch {
    // fall through: any marker KMS did not issue for this listing is invalid
  }
  throw new AwsError("InvalidMarkerException", "The request was rejected because the marker that specifies where pagination should next begin is not valid.");
}
