import { ERROR_CODES, NETWORK_CODES, REGION_NOT_ENABLED_CODES, isRetryable, type AwsErrorKind } from "./error-codes";
import type { AwsService } from "../limits/quotas";

export { isRetryable, REGION_NOT_ENABLED_CODES, type AwsErrorKind };

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
  $response?: { headers?: Record<string, string | undefined> };
};

/**
 * AWS services answer every error in their protocol's format (JSON for KMS and CloudTrail). A 500
 * or 501 whose body is not that format came from something that is not the service: local
 * emulators answer an operation they do not implement this way (moto with its HTML error page,
 * LocalStack with HTTP 501).
 */
function unknownOperation(e: SdkErrorShape, name: string, httpStatus: number | undefined): boolean {
  if (httpStatus === 501) return true;
  // The SDK could not parse the error body as JSON: it throws the parser's SyntaxError. A body
  // that says it is JSON was cut short on the way (transient), not another format.
  const contentType = e.$response?.headers?.["content-type"] ?? "";
  return name === "SyntaxError" && (httpStatus === 500 || httpStatus === 404) && !contentType.includes("json");
}

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
  if (unknownOperation(e, name, httpStatus)) return { kind: "not-implemented", code: name === "SyntaxError" ? `HTTP ${httpStatus}` : name, ...base };
  const known = ERROR_CODES[name];
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
