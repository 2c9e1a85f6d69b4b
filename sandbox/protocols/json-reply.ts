import type { AwsError } from "../core/errors";
import type { Reply } from "../http/call-info";

const CONTENT_TYPE = "application/x-amz-json-1.1";

export function jsonReply(requestId: string, body: unknown): Reply {
  return { status: 200, headers: { "content-type": CONTENT_TYPE, "x-amzn-requestid": requestId }, body: JSON.stringify(body) };
}

/** AWS JSON 1.1 errors: HTTP 400 (500 for server faults) and {"__type", "message"}. */
export function jsonError(requestId: string, error: AwsError): Reply {
  return {
    status: error.status,
    headers: { "content-type": CONTENT_TYPE, "x-amzn-requestid": requestId, "x-amzn-errortype": error.code },
    body: JSON.stringify({ __type: error.code, message: error.message }),
  };
}
