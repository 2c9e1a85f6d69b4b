import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { authenticate } from "../auth/authenticate";
import { handleCloudTrail } from "../cloudtrail/handle-cloudtrail";
import { AwsError } from "../core/errors";
import { handleKms } from "../kms/handle-kms";
import { jsonError } from "../protocols/json-reply";
import { handleSts } from "../sts/handle-sts";
import type { World } from "../world";
import { authFailureReply } from "./auth-failure";
import type { CallInfo, Reply } from "./call-info";

const CLOUDTRAIL_PREFIXES = ["com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.", "CloudTrail_20131101."];

/**
 * One port serves KMS, CloudTrail and STS, told apart as AWS's front ends would be: X-Amz-Target
 * for the JSON protocols (the SDK sends "CloudTrail_20131101.", the CLI the long prefix), a
 * form-encoded Action for STS.
 */
export function routeAws(world: World, req: IncomingMessage, body: Buffer, injected: CallInfo["injected"]): Reply {
  const call: CallInfo = {
    requestId: randomUUID(),
    sourceIp: (req.socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, ""),
    userAgent: String(req.headers["user-agent"] ?? ""),
    injected,
  };
  const canonical = { method: req.method ?? "POST", url: req.url ?? "/", headers: req.headers, body };
  const target = String(req.headers["x-amz-target"] ?? "");
  if (target.startsWith("TrentService.")) {
    const auth = authenticate(canonical, "kms", world.credentials);
    if ("failure" in auth) return authFailureReply("json", call.requestId, auth);
    return handleKms(world, target.slice("TrentService.".length), body, auth, call);
  }
  const ct = CLOUDTRAIL_PREFIXES.find((p) => target.startsWith(p));
  if (ct) {
    const auth = authenticate(canonical, "cloudtrail", world.credentials);
    if ("failure" in auth) return authFailureReply("json", call.requestId, auth);
    return handleCloudTrail(world, target.slice(ct.length), body, auth, call);
  }
  if (target) return jsonError(call.requestId, new AwsError("UnknownOperationException", `Unknown target ${target}`));
  const params = formParams(req, body);
  if (params) {
    const auth = authenticate(canonical, "sts", world.credentials);
    if ("failure" in auth) return authFailureReply("query", call.requestId, auth);
    return handleSts(world, params, auth, call);
  }
  return jsonError(call.requestId, new AwsError("UnknownOperationException", "Requests need an X-Amz-Target header (KMS, CloudTrail) or a form-encoded Action (STS)."));
}

function formParams(req: IncomingMessage, body: Buffer): URLSearchParams | undefined {
  const type = String(req.headers["content-type"] ?? "");
  if (type.startsWith("application/x-www-form-urlencoded")) return new URLSearchParams(body.toString("utf8"));
  const q = (req.url ?? "").indexOf("?");
  const query = q < 0 ? undefined : new URLSearchParams((req.url ?? "").slice(q + 1));
  return query?.has("Action") ? query : undefined;
}
