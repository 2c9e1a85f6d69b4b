import type { AwsService } from "./quotas";

export type AwsErrorKind =
  | "throttled"
  | "server"
  | "timeout"
  | "network"
  | "clock-skew"
  | "not-found"
  | "access-denied"
  | "region-not-enabled"
  | "invalid-credentials"
  | "validation"
  | "invalid-state"
  | "unsupported"
  | "conflict"
  | "limit-exceeded"
  | "aborted"
  | "client"
  | "unexpected";

const RETRYABLE = new Set<AwsErrorKind>(["throttled", "server", "timeout", "network", "clock-skew"]);

export function isRetryable(kind: AwsErrorKind): boolean {
  return RETRYABLE.has(kind);
}

const CODES: Record<string, AwsErrorKind> = {};
const kinds: [AwsErrorKind, string[]][] = [
  [
    "throttled",
    [
      "ThrottlingException",
      "Throttling",
      "ThrottledException",
      "RequestThrottledException",
      "RequestThrottled",
      "TooManyRequestsException",
      "RequestLimitExceeded",
      "BandwidthLimitExceeded",
      "SlowDown",
      "PriorRequestNotComplete",
      "EC2ThrottledException",
    ],
  ],
  [
    "server",
    [
      "KMSInternalException",
      "DependencyTimeoutException",
      "InternalFailure",
      "InternalError",
      "InternalServerError",
      "InternalServerException",
      "ServiceUnavailable",
      "ServiceUnavailableException",
    ],
  ],
  ["timeout", ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]],
  ["clock-skew", ["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"]],
  ["not-found", ["NotFoundException", "ResourceNotFoundException", "TrailNotFoundException", "NoSuchKey", "NoSuchBucket", "NotFound"]],
  ["access-denied", ["AccessDeniedException", "AccessDenied", "UnauthorizedOperation", "NotAuthorized", "AuthorizationError"]],
  // The same codes mean "this Region is not enabled" when the credentials work elsewhere.
  ["invalid-credentials", ["UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "OptInRequired"]],
  [
    "invalid-credentials",
    [
      "CredentialsProviderError",
      "ExpiredToken",
      "ExpiredTokenException",
      "SignatureDoesNotMatch",
      "IncompleteSignature",
      "IncompleteSignatureException",
      "InvalidSignatureException",
      "MissingAuthenticationToken",
      "MissingAuthenticationTokenException",
    ],
  ],
  [
    "validation",
    [
      "ValidationException",
      "ValidationError",
      "SerializationException",
      "InvalidArnException",
      "InvalidMarkerException",
      "InvalidAliasNameException",
      "InvalidGrantIdException",
      "InvalidGrantTokenException",
      "InvalidKeyUsageException",
      "MalformedPolicyDocumentException",
      "InvalidParameterValue",
      "InvalidParameterCombination",
      "InvalidLookupAttributesException",
      "InvalidTimeRangeException",
      "InvalidMaxResultsException",
      "InvalidNextTokenException",
      "InvalidEventCategoryException",
      "InvalidTrailNameException",
    ],
  ],
  ["invalid-state", ["KMSInvalidStateException", "DisabledException"]],
  ["unsupported", ["UnsupportedOperationException", "OperationNotPermittedException"]],
  ["conflict", ["ConflictException", "AlreadyExistsException"]],
  ["limit-exceeded", ["LimitExceededException"]],
];
for (const [kind, codes] of kinds) for (const code of codes) CODES[code] = kind;

/** Error codes AWS answers in a Region that is not enabled for the account (opt-in Regions). */
export const REGION_NOT_ENABLED_CODES = new Set(["UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "OptInRequired"]);

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "UND_ERR_SOCKET",
]);

export type ErrorClass = {
  kind: AwsErrorKind;
  code: string;
  httpStatus: number | undefined;
  requestId: string | undefined;
  message: string;
};

type SdkErrorShape = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $retryable?: { throttling?: boolean };
};

/**
 * Classifies what the SDK threw. `credentialsProven` says the same credentials already worked
 * (STS answered for them), so an "unrecognized token" answer means the Region is not enabled.
 */
export function classifyAwsError(error: unknown, credentialsProven: boolean): ErrorClass {
  const e = (typeof error === "object" && error !== null ? error : {}) as SdkErrorShape;
  const name = typeof e.name === "string" ? e.name : "Error";
  const sysCode = typeof e.code === "string" ? e.code : undefined;
  const httpStatus = e.$metadata?.httpStatusCode;
  const base = {
    httpStatus,
    requestId: e.$metadata?.requestId,
    message: typeof e.message === "string" ? e.message : String(error),
  };
  if (name === "AttemptTimeoutError") return { kind: "timeout", code: name, ...base };
  if (name === "AbortError") return { kind: "aborted", code: name, ...base };
  if (sysCode && NETWORK_CODES.has(sysCode)) return { kind: "network", code: sysCode, ...base };
  const known = CODES[name];
  if (known === "invalid-credentials" && credentialsProven && REGION_NOT_ENABLED_CODES.has(name)) {
    return { kind: "region-not-enabled", code: name, ...base };
  }
  if (known) return { kind: known, code: name, ...base };
  if (e.$retryable?.throttling || httpStatus === 429) return { kind: "throttled", code: name, ...base };
  if (e.$fault === "server" || (httpStatus !== undefined && httpStatus >= 500)) return { kind: "server", code: name, ...base };
  if (e.$fault === "client" || (httpStatus !== undefined && httpStatus >= 400)) return { kind: "client", code: name, ...base };
  return { kind: "unexpected", code: name, ...base };
}

export type AwsCallContext = {
  service: AwsService;
  operation: string;
  accountId: string;
  region: string;
};

/** A failed AWS call after retries, with what callers need to decide (skip Region, mark gone…). */
export class AwsCallError extends Error {
  readonly kind: AwsErrorKind;
  readonly code: string;
  readonly service: AwsService;
  readonly operation: string;
  readonly accountId: string;
  readonly region: string;
  readonly httpStatus: number | undefined;
  readonly requestId: string | undefined;
  readonly attempts: number;

  constructor(context: AwsCallContext, classified: ErrorClass, attempts: number, cause: unknown) {
    super(
      `${context.service}:${context.operation} in ${context.accountId}/${context.region} failed (${classified.code}` +
        `${attempts > 1 ? ` after ${attempts} attempts` : ""}): ${classified.message}`,
      { cause },
    );
    this.name = "AwsCallError";
    this.kind = classified.kind;
    this.code = classified.code;
    this.service = context.service;
    this.operation = context.operation;
    this.accountId = context.accountId;
    this.region = context.region;
    this.httpStatus = classified.httpStatus;
    this.requestId = classified.requestId;
    this.attempts = attempts;
  }

  get retryable(): boolean {
    return isRetryable(this.kind);
  }
}

export function isAwsCallError(error: unknown, kind?: AwsErrorKind): error is AwsCallError {
  return error instanceof AwsCallError && (kind === undefined || error.kind === kind);
}

/** The Region is not enabled for the account: show it as skipped, not failed. */
export function isRegionNotEnabled(error: unknown): error is AwsCallError {
  return isAwsCallError(error, "region-not-enabled");
}
