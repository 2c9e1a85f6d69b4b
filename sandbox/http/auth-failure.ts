import type { AuthFailure } from "../auth/authenticate";
import { AwsError } from "../core/errors";
import type { Reply } from "./call-info";
import { jsonError } from "../protocols/json-reply";
import { queryError } from "../protocols/query-xml";

const JSON_CODES: Record<AuthFailure["failure"], string> = {
  missing: "MissingAuthenticationTokenException",
  incomplete: "IncompleteSignatureException",
  expiredSignature: "InvalidSignatureException",
  mismatch: "InvalidSignatureException",
  wrongService: "InvalidSignatureException",
  badToken: "UnrecognizedClientException",
  expiredToken: "ExpiredTokenException",
};

const QUERY_CODES: Record<AuthFailure["failure"], [string, number]> = {
  missing: ["MissingAuthenticationToken", 403],
  incomplete: ["IncompleteSignature", 400],
  expiredSignature: ["SignatureDoesNotMatch", 403],
  mismatch: ["SignatureDoesNotMatch", 403],
  wrongService: ["SignatureDoesNotMatch", 403],
  badToken: ["InvalidClientTokenId", 403],
  expiredToken: ["ExpiredToken", 403],
};

/** Refusals happen before any operation runs, so nothing reaches CloudTrail. */
export function authFailureReply(protocol: "json" | "query", requestId: string, f: AuthFailure): Reply {
  if (protocol === "json") return jsonError(requestId, new AwsError(JSON_CODES[f.failure], f.message));
  const [code, status] = QUERY_CODES[f.failure];
  return queryError(requestId, new AwsError(code, f.failure === "missing" ? "Request is missing Authentication Token" : f.message, status));
}
