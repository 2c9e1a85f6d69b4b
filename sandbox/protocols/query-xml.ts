import type { AwsError } from "../core/errors";
import type { Reply } from "../http/call-info";

const NS = "https://sts.amazonaws.com/doc/2011-06-15/";
const HEADERS = (requestId: string) => ({ "content-type": "text/xml", "x-amzn-requestid": requestId });

export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Renders a flat or nested object as XML elements, in key order. */
export function toXml(value: Record<string, unknown>, indent = "    "): string {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) =>
      v && typeof v === "object" ? `${indent}<${k}>\n${toXml(v as Record<string, unknown>, `${indent}  `)}\n${indent}</${k}>` : `${indent}<${k}>${escapeXml(String(v))}</${k}>`,
    )
    .join("\n");
}

/** AWS query protocol success: <ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>. */
export function queryReply(action: string, requestId: string, result: Record<string, unknown>): Reply {
  const body = `<${action}Response xmlns="${NS}">\n  <${action}Result>\n${toXml(result)}\n  </${action}Result>\n  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n</${action}Response>\n`;
  return { status: 200, headers: HEADERS(requestId), body };
}

export function queryError(requestId: string, error: AwsError): Reply {
  const type = error.status >= 500 ? "Receiver" : "Sender";
  const body = `<ErrorResponse xmlns="${NS}">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${escapeXml(error.code)}</Code>\n    <Message>${escapeXml(error.message)}</Message>\n  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`;
  return { status: error.status, headers: HEADERS(requestId), body };
}
