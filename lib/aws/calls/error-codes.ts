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
  | "not-implemented"
  | "conflict"
  | "limit-exceeded"
  | "aborted"
  | "client"
  | "unexpected";

const RETRYABLE = new Set<AwsErrorKind>(["throttled", "server", "timeout", "network", "clock-skew"]);

export function isRetryable(kind: AwsErrorKind): boolean {
  return RETRYABLE.has(kind);
}

/** AWS error codes (`name` of SDK exceptions, `__type` on the wire) and what they mean for a caller. */
export const ERROR_CODES: Record<string, AwsErrorKind> = {};
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
  // The endpoint does not know the operation (an older partition, a local emulator): asking again
  // will not help. LocalStack answers HTTP 501; moto an HTML page (see classifyAwsError).
  ["not-implemented", ["UnknownOperationException", "InvalidAction", "NotImplemented", "NotImplementedException", "UnknownOperation"]],
  ["conflict", ["ConflictException", "AlreadyExistsException"]],
  ["limit-exceeded", ["LimitExceededException"]],
];
for (const [kind, codes] of kinds) for (const code of codes) ERROR_CODES[code] = kind;

/** Error codes AWS answers in a Region that is not enabled for the account (opt-in Regions). */
export const REGION_NOT_ENABLED_CODES = new Set(["UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "OptInRequired"]);

/** Node.js socket error codes: the connection broke, the call may be retried. */
export const NETWORK_CODES = new Set([
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
