import type { Event as LookupEvent } from "@aws-sdk/client-cloudtrail";
import type { TargetRef } from "@/lib/aws";
import { parseAliasArn, parseKeyArn, type KeyRef } from "@/lib/aws/arn";

/** Management events after which a key must be read again. */
export const KEY_EVENTS = new Set([
  "CreateKey", "EnableKey", "DisableKey", "ScheduleKeyDeletion", "CancelKeyDeletion", "PutKeyPolicy", "CreateGrant", "RetireGrant",
  "RevokeGrant", "TagResource", "UntagResource", "EnableKeyRotation", "DisableKeyRotation", "RotateKeyOnDemand", "RotateKey", "DeleteKey",
  "ReplicateKey", "UpdatePrimaryRegion",
  // Not in the minimum list, but they change what the inventory shows too.
  "UpdateKeyDescription", "ImportKeyMaterial", "DeleteImportedKeyMaterial", "DeleteExpiredKeyMaterial", "SynchronizeMultiRegionKey",
]);
export const ALIAS_EVENTS = new Set(["CreateAlias", "UpdateAlias", "DeleteAlias"]);
/** Connecting or disconnecting a custom key store changes the state of every key in it. */
const STORE_EVENTS = new Set(["ConnectCustomKeyStore", "DisconnectCustomKeyStore"]);
export const CHANGE_EVENTS: ReadonlySet<string> = new Set([...KEY_EVENTS, ...ALIAS_EVENTS, ...STORE_EVENTS]);

export type EventEffect =
  | { kind: "none" }
  | { kind: "keys"; keys: KeyRef[]; aliases: boolean }
  /** Which keys changed cannot be told from the event: the account-Region needs a full sync. */
  | { kind: "full"; reason: string };

type Record_ = {
  eventSource?: string;
  eventName?: string;
  errorCode?: string;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  resources?: { ARN?: string }[];
};

function parseRecord(event: LookupEvent): Record_ {
  try {
    const parsed: unknown = JSON.parse(event.CloudTrailEvent ?? "");
    if (parsed && typeof parsed === "object") return parsed as Record_;
  } catch {
    // Records can be malformed: fall back to what LookupEvents lists about the event.
  }
  return { eventSource: event.EventSource, eventName: event.EventName, resources: (event.Resources ?? []).map((r) => ({ ARN: r.ResourceName })) };
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

/**
 * The keys a KMS management event changed, in the account-Region whose event history listed it.
 * Keys may be named by ARN, key id, alias name or alias ARN; `aliasTarget` resolves alias names
 * through the aliases stored for `home`.
 */
export function eventEffect(event: LookupEvent, home: TargetRef, aliasTarget: (aliasName: string) => string | undefined): EventEffect {
  const r = parseRecord(event);
  const name = r.eventName ?? event.EventName ?? "";
  if ((r.eventSource ?? event.EventSource) !== "kms.amazonaws.com" || !CHANGE_EVENTS.has(name) || r.errorCode) return { kind: "none" };
  if (STORE_EVENTS.has(name)) return { kind: "full", reason: `${name} changes the state of every key in the key store` };
  const params = obj(r.requestParameters);
  const response = obj(r.responseElements);
  const keys: KeyRef[] = [];
  const add = (ref: KeyRef | undefined) => ref && keys.push(ref);
  const fromName = (value: unknown): KeyRef | undefined => {
    const v = str(value);
    if (!v) return undefined;
    const arn = parseKeyArn(v);
    if (arn) return { accountId: arn.accountId, region: arn.region, keyId: arn.keyId };
    const alias = v.startsWith("alias/") ? { ...home, aliasName: v } : parseAliasArn(v);
    if (alias) {
      const keyId = alias.accountId === home.accountId && alias.region === home.region ? aliasTarget(alias.aliasName) : undefined;
      return keyId ? { ...home, keyId } : undefined;
    }
    return v.includes(":") ? undefined : { ...home, keyId: v };
  };
  for (const res of r.resources ?? []) add(fromName(res.ARN && parseKeyArn(res.ARN) ? res.ARN : undefined));
  add(fromName(obj(response.keyMetadata).arn) ?? fromName(obj(response.keyMetadata).keyId));
  add(fromName(obj(response.replicaKeyMetadata).arn));
  add(fromName(params.keyId));
  add(fromName(params.targetKeyId));
  if (ALIAS_EVENTS.has(name)) add(fromName(params.aliasName));
  const first = keys[0];
  if (first && name === "ReplicateKey" && str(params.replicaRegion)) add({ ...first, region: str(params.replicaRegion)! });
  if (first && name === "UpdatePrimaryRegion" && str(params.primaryRegion)) add({ ...first, region: str(params.primaryRegion)! });
  const unique = [...new Map(keys.map((k) => [`${k.accountId}/${k.region}/${k.keyId}`, k])).values()];
  if (unique.length === 0 && !ALIAS_EVENTS.has(name)) return { kind: "full", reason: `could not tell which key a ${name} event changed` };
  return { kind: "keys", keys: unique, aliases: ALIAS_EVENTS.has(name) };
}
