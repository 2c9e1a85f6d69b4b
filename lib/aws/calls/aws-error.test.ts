import { KMSInvalidStateException, KMSServiceException, NotFoundException } from "@aws-sdk/client-kms";
import { describe, expect, it } from "vitest";
import { AttemptTimeoutError } from "./abortable";
import { AwsCallError, classifyAwsError, isRegionNotEnabled, isRetryable } from "./aws-error";

const sdkError = (name: string, status: number, fault: "client" | "server" = status >= 500 ? "server" : "client") =>
  new KMSServiceException({ name, $fault: fault, $metadata: { httpStatusCode: status, requestId: "req-1" }, message: `${name} happened` });

const kind = (error: unknown, proven = false) => classifyAwsError(error, proven).kind;

describe("classifyAwsError", () => {
  it("recognizes throttling by code, by HTTP 429 and by the SDK's throttling flag", () => {
    expect(kind(sdkError("ThrottlingException", 400))).toBe("throttled");
    expect(kind(sdkError("Throttling", 400))).toBe("throttled");
    expect(kind(sdkError("SomethingNew", 429))).toBe("throttled");
    const flagged = Object.assign(sdkError("Odd", 400), { $retryable: { throttling: true } });
    expect(kind(flagged)).toBe("throttled");
  });

  it("retries 5xx, KMS internal errors, timeouts and connection resets", () => {
    expect(kind(sdkError("KMSInternalException", 500))).toBe("server");
    expect(kind(sdkError("DependencyTimeoutException", 503))).toBe("server");
    expect(kind(sdkError("UnknownError", 502))).toBe("server");
    expect(kind(new AttemptTimeoutError(100))).toBe("timeout");
    expect(kind(Object.assign(new Error("timed out"), { name: "TimeoutError" }))).toBe("timeout");
    expect(kind(Object.assign(new Error("socket hang up"), { code: "ECONNRESET", name: "TimeoutError" }))).toBe("network");
    expect(kind(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe("network");
    for (const k of ["throttled", "server", "timeout", "network"] as const) expect(isRetryable(k)).toBe(true);
  });

  it("never retries validation, auth or state errors", () => {
    const cases: [unknown, string][] = [
      [sdkError("ValidationException", 400), "validation"],
      [sdkError("InvalidMarkerException", 400), "validation"],
      [sdkError("AccessDeniedException", 400), "access-denied"],
      [new NotFoundException({ $metadata: {}, message: "Key 'x' does not exist" }), "not-found"],
      [new KMSInvalidStateException({ $metadata: {}, message: "pending deletion" }), "invalid-state"],
      [sdkError("UnsupportedOperationException", 400), "unsupported"],
      [sdkError("LimitExceededException", 400), "limit-exceeded"],
      [sdkError("ExpiredTokenException", 400), "invalid-credentials"],
      [sdkError("SomeOtherClientError", 400), "client"],
      [new TypeError("bug"), "unexpected"],
    ];
    for (const [error, expected] of cases) {
      expect(kind(error)).toBe(expected);
      expect(isRetryable(kind(error))).toBe(false);
    }
  });

  it("tells an endpoint that does not know the operation, and does not retry it", () => {
    const html = Object.assign(new SyntaxError("Unexpected token '<'"), { $responseBodyText: "<!doctype html><title>500 Internal Server Error</title>", $metadata: { httpStatusCode: 500 } });
    expect(classifyAwsError(html, true)).toMatchObject({ kind: "not-implemented", code: "HTTP 500" });
    expect(kind(sdkError("UnknownOperationException", 400))).toBe("not-implemented");
    expect(kind(sdkError("InvalidAction", 400))).toBe("not-implemented");
    expect(kind(sdkError("InternalFailure", 501))).toBe("not-implemented");
    expect(isRetryable("not-implemented")).toBe(false);
    // A JSON 500 from the service itself stays a transient server error, even when its body was cut short.
    expect(kind(sdkError("InternalFailure", 500))).toBe("server");
    const cut = Object.assign(new SyntaxError("Unexpected end of JSON input"), { $metadata: { httpStatusCode: 500 } });
    Object.defineProperty(cut, "$response", { value: { headers: { "content-type": "application/x-amz-json-1.1" } } });
    expect(kind(cut)).toBe("server");
  });

  it("reads a disabled opt-in Region from the codes AWS answers there, once STS accepted the credentials", () => {
    for (const code of ["UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "OptInRequired"]) {
      expect(kind(sdkError(code, code === "UnrecognizedClientException" ? 400 : 403), true)).toBe("region-not-enabled");
      expect(kind(sdkError(code, 403), false)).toBe("invalid-credentials");
    }
  });

  it("keeps the code, status, request id and message", () => {
    expect(classifyAwsError(sdkError("ThrottlingException", 400), false)).toEqual({
      kind: "throttled",
      code: "ThrottlingException",
      httpStatus: 400,
      requestId: "req-1",
      message: "ThrottlingException happened",
    });
  });
});

describe("AwsCallError", () => {
  it("names the call and lets callers test for a skipped Region", () => {
    const context = { service: "kms" as const, operation: "ListKeys", accountId: "111122223333", region: "me-south-1" };
    const cause = sdkError("UnrecognizedClientException", 400);
    const error = new AwsCallError(context, classifyAwsError(cause, true), 1, cause);
    expect(error.message).toBe("kms:ListKeys in 111122223333/me-south-1 failed (UnrecognizedClientException): UnrecognizedClientException happened");
    expect(error.cause).toBe(cause);
    expect(isRegionNotEnabled(error)).toBe(true);
    expect(isRegionNotEnabled(cause)).toBe(false);
    expect(error.retryable).toBe(false);
  });
});
