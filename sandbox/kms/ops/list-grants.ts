import { optStr, reqStr, type Input } from "../../core/input";
import { arnOf } from "../key-arn";
import { grantEntry } from "../grant-rules";
import type { KmsContext } from "../kms-context";
import { pageOf, readPage } from "../pagination";
import { resolveKey } from "../resolve-key";

/** ListGrants: Limit 1–100 (default 50), in creation order, optionally one grant or grantee. */
export function listGrants(input: Input, ctx: KmsContext) {
  const page = readPage(input, 100, 50, "ListGrants");
  const grantId = optStr(input, "GrantId", { min: 1, max: 128 });
  const grantee = optStr(input, "GranteePrincipal", { min: 1, max: 256 });
  const key = resolveKey(ctx, input, { crossAccount: true });
  let grants = key.grants.filter((g) => (grantId === undefined || g.GrantId === grantId) && (grantee === undefined || g.GranteePrincipal === grantee));
  grants = resumeAfter(grants, page.after);
  const result = pageOf(grants, page, markerOf, "ListGrants");
  return { Grants: result.items.map((g) => grantEntry(g, arnOf(key))), NextMarker: result.NextMarker, Truncated: result.Truncated };
}

/** ListRetirableGrants: every grant in this account and Region that names the retiring principal. */
export function listRetirableGrants(input: Input, ctx: KmsContext) {
  const page = readPage(input, 100, 50, "ListRetirableGrants");
  const principal = reqStr(input, "RetiringPrincipal", { min: 1, max: 256 });
  const store = ctx.world.kms.region(ctx.caller.accountId, ctx.region);
  let entries: GrantLike[] = [...store.keys.values()].flatMap((k) => k.grants.filter((g) => g.RetiringPrincipal === principal).map((g) => grantEntry(g, arnOf(k))));
  entries = resumeAfter(entries, page.after);
  const result = pageOf(entries, page, markerOf, "ListRetirableGrants");
  return { Grants: result.items, NextMarker: result.NextMarker, Truncated: result.Truncated };
}

type GrantLike = { GrantId: string; CreationDate: number };

const markerOf = (g: GrantLike) => `${g.CreationDate}:${g.GrantId}`;

/** Resumes after the marker's grant, or after its creation time if that grant is gone since. */
function resumeAfter<T extends GrantLike>(items: T[], after: string | undefined): T[] {
  if (after === undefined) return items;
  const [time, id] = [Number(after.slice(0, after.indexOf(":"))), after.slice(after.indexOf(":") + 1)];
  const i = items.findIndex((g) => g.GrantId === id);
  if (i >= 0) return items.slice(i + 1);
  return items.filter((g) => g.CreationDate > time);
}
