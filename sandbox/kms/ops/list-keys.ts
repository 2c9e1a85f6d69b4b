import type { Input } from "../../core/input";
import type { KmsContext } from "../kms-context";
import { arnOf } from "../key-arn";
import { pageOf, readPage } from "../pagination";

/** ListKeys: Limit 1–1000 (default 100), every key of the caller's account in this Region. */
export function listKeys(input: Input, ctx: KmsContext) {
  const page = readPage(input, 1000, 100, "ListKeys");
  const store = ctx.world.kms.region(ctx.caller.accountId, ctx.region);
  const ids = store.keyIdsAfter(page.after).slice(0, page.limit + 1);
  const result = pageOf(ids, page, (id) => id, "ListKeys");
  return {
    Keys: result.items.map((id) => ({ KeyId: id, KeyArn: arnOf(store.keys.get(id)!) })),
    NextMarker: result.NextMarker,
    Truncated: result.Truncated,
  };
}
