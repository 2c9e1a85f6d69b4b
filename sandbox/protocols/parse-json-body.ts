import { AwsError } from "../core/errors";
import type { Input } from "../core/input";

/** An empty body is an empty request; anything else must be a JSON object. */
export function parseJsonBody(body: Buffer): Input {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new AwsError("SerializationException", "Start of structure or map found where not expected.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new AwsError("SerializationException", "The request body must be a JSON object.");
  return parsed as Input;
}
