/** CloudTrail logs KMS parameters in lowerCamelCase; binary and secret members are left out. */
const OMIT = new Set(["Plaintext", "CiphertextBlob", "Message", "Signature", "Mac", "PublicKey", "PrivateKeyPlaintext", "PrivateKeyCiphertextBlob", "GrantTokens"]);
/** Maps whose keys are user data, so their keys stay as written. */
const USER_MAPS = new Set(["EncryptionContext", "EncryptionContextSubset", "EncryptionContextEquals", "SourceEncryptionContext", "DestinationEncryptionContext"]);

export function trailShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(trailShape);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (OMIT.has(k) || v === undefined) continue;
    const name = k === "AWSAccountId" ? k : k[0]!.toLowerCase() + k.slice(1);
    out[name] = USER_MAPS.has(k) ? v : trailShape(v);
  }
  return out;
}

/** CloudTrail prints KMS dates in responseElements like "Aug 10, 2022, 10:38:27 PM". */
export function trailDate(ms: number): string {
  return new Date(ms).toLocaleString("en-US", {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    second: "2-digit",
    hour12: true,
  });
}
