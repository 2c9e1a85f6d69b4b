import { AwsError } from "../../core/errors";
import { optList, type Input } from "../../core/input";
import { checkKeyState } from "../key-state";
import type { KmsContext } from "../kms-context";
import { pageOf, readPage } from "../pagination";
import { resolveKey } from "../resolve-key";
import { mergeTags, readTags } from "../tag-rules";

/** ListResourceTags: Limit 1–50 (default 50), tags in the order they were added. */
export function listResourceTags(input: Input, ctx: KmsContext) {
  const page = readPage(input, 50, 50, "ListResourceTags");
  const key = resolveKey(ctx, input);
  const start = page.after === undefined ? 0 : key.tags.findIndex((t) => t.TagKey === page.after) + 1;
  const result = pageOf(key.tags.slice(start), page, (t) => t.TagKey, "ListResourceTags");
  return { Tags: result.items, NextMarker: result.NextMarker, Truncated: result.Truncated };
}

export function tagResource(input: Input, ctx: KmsContext) {
  const tags = readTags(input.Tags);
  if (input.Tags === undefined) throw new AwsError("ValidationException", "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
  const key = resolveKey(ctx, input);
  checkKeyState("TagResource", key);
  key.tags = mergeTags(key.tags, tags);
  return {};
}

export function untagResource(input: Input, ctx: KmsContext) {
  const keys = optList(input, "TagKeys");
  if (keys === undefined) throw new AwsError("ValidationException", "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
  const key = resolveKey(ctx, input);
  checkKeyState("UntagResource", key);
  key.tags = key.tags.filter((t) => !keys.includes(t.TagKey));
  return {};
}
