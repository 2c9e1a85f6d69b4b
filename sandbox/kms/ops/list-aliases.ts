import { aliasArn } from "../../core/arn";
import { epochSeconds } from "../../core/time-format";
import type { Input } from "../../core/input";
import type { KmsContext } from "../kms-context";
import type { Alias } from "../model";
import { pageOf, readPage } from "../pagination";
import { resolveKey } from "../resolve-key";

/** ListAliases: Limit 1–100 (default 50); AWS managed aliases appear even before their key exists. */
export function listAliases(input: Input, ctx: KmsContext) {
  const page = readPage(input, 100, 50, "ListAliases");
  const store = ctx.world.kms.region(ctx.caller.accountId, ctx.region);
  const keyId = input.KeyId === undefined ? undefined : resolveKey(ctx, input).KeyId;
  let names = store.aliasNamesAfter(page.after);
  if (keyId !== undefined) names = names.filter((n) => store.aliases.get(n)!.TargetKeyId === keyId);
  const result = pageOf(names.slice(0, page.limit + 1), page, (n) => n, "ListAliases");
  return {
    Aliases: result.items.map((n) => aliasEntry(store.aliases.get(n)!, ctx.region, ctx.caller.accountId)),
    NextMarker: result.NextMarker,
    Truncated: result.Truncated,
  };
}

export function aliasEntry(a: Alias, region: string, account: string) {
  return {
    AliasName: a.AliasName,
    AliasArn: aliasArn(region, account, a.AliasName),
    TargetKeyId: a.TargetKeyId,
    CreationDate: a.TargetKeyId ? epochSeconds(a.CreationDate) : undefined,
    LastUpdatedDate: a.TargetKeyId ? epochSeconds(a.LastUpdatedDate) : undefined,
  };
}
