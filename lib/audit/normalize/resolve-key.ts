import { isAccountId, isKeyArn, isKeyId, keyArnOf, parseAliasArn, type AliasRef } from "@/lib/aws/arn";
import { asRecord, text, type JsonObject } from "./record-fields";

export type KeyResolution = { keyArn: string | null; alias: AliasRef | null };

// Request fields that name a key (keyId for most operations; the others for CreateAlias,
// UpdateAlias and ReEncrypt).
const KEY_FIELDS = ["keyId", "targetKeyId", "destinationKeyId", "sourceKeyId"] as const;

/**
 * The key a KMS record is about. A key ARN in the request wins; then the ARN CloudTrail resolved
 * into resources[] (the only place Decrypt names its key, and the real key behind an alias); then a
 * bare key id, completed with the caller's account and the Region; then an alias, left for the
 * alias table; last the key CreateKey or ReplicateKey returned.
 */
export function resolveKey(record: JsonObject, region: string, callerAccountId: string): KeyResolution {
  const request = asRecord(record.requestParameters) ?? {};
  const named = KEY_FIELDS.map((f) => text(request[f])).filter((v): v is string => v !== null);

  const arn = named.find(isKeyArn) ?? resourceKeyArn(record.resources);
  if (arn) return { keyArn: arn, alias: null };

  const id = named.find(isKeyId);
  if (id) return { keyArn: keyArnOf({ accountId: callerAccountId, region, keyId: id }), alias: null };

  const fallback = responseKeyArn(record.responseElements, region, callerAccountId);
  const aliasText = named.find((v) => v.startsWith("alias/") || v.includes(":alias/"));
  if (aliasText) {
    const alias = parseAliasArn(aliasText) ?? { accountId: callerAccountId, region, aliasName: aliasText };
    return { keyArn: fallback, alias };
  }
  return { keyArn: fallback, alias: null };
}

function resourceKeyArn(resources: unknown): string | undefined {
  if (!Array.isArray(resources)) return undefined;
  for (const r of resources) {
    const entry = asRecord(r);
    const arn = text(entry?.ARN) ?? text(entry?.arn);
    if (arn && isKeyArn(arn)) return arn;
  }
  return undefined;
}

function responseKeyArn(response: unknown, region: string, callerAccountId: string): string | null {
  const r = asRecord(response);
  if (!r) return null;
  for (const meta of [asRecord(r.keyMetadata), asRecord(r.replicaKeyMetadata)]) {
    const arn = text(meta?.arn);
    if (arn && isKeyArn(arn)) return arn;
    const id = text(meta?.keyId);
    if (id && isKeyId(id)) {
      const owner = [meta?.AWSAccountId, meta?.aWSAccountId].find(isAccountId) ?? callerAccountId;
      return keyArnOf({ accountId: owner, region, keyId: id });
    }
  }
  const keyId = text(r.keyId);
  return keyId && isKeyArn(keyId) ? keyId : null;
}
