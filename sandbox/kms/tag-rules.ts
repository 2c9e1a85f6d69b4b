import { AwsError, validationError } from "../core/errors";
import type { Tag } from "./model";

const MAX_TAGS = 50;
const tagError = (message: string) => new AwsError("TagException", message);

/** Tag constraints of TagResource/CreateKey: key 1–128, value 0–256, no "aws:" prefix, 50 per key. */
export function readTags(raw: unknown): Tag[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new AwsError("SerializationException", "Tags must be a list");
  const seen = new Set<string>();
  return raw.map((t: { TagKey?: unknown; TagValue?: unknown }) => {
    const key = t?.TagKey;
    const value = t?.TagValue;
    if (typeof key !== "string") throw validationError("tags.member.tagKey", undefined, "Member must not be null");
    if (typeof value !== "string") throw validationError("tags.member.tagValue", undefined, "Member must not be null");
    if (key.length < 1 || key.length > 128) throw validationError("tags.member.tagKey", key, "Member must have length less than or equal to 128");
    if (value.length > 256) throw validationError("tags.member.tagValue", value, "Member must have length less than or equal to 256");
    if (key.toLowerCase().startsWith("aws:")) throw tagError("Tags beginning with aws: are reserved");
    if (seen.has(key)) throw tagError(`Duplicate tag key ${key}`);
    seen.add(key);
    return { TagKey: key, TagValue: value };
  });
}

export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const merged = new Map(existing.map((t) => [t.TagKey, t.TagValue]));
  for (const t of added) merged.set(t.TagKey, t.TagValue);
  if (merged.size > MAX_TAGS) throw new AwsError("LimitExceededException", `A KMS key can have at most ${MAX_TAGS} tags.`);
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}
