import { keyFilterToSearchParams, type KeyFilterLike } from "@/lib/filters/key-filter";

// Links into the keys pages, for server and client components alike.

export const keyHref = (arn: string) => `/keys/${encodeURIComponent(arn)}`;

export function keysListHref(filter: KeyFilterLike): string {
  const qs = keyFilterToSearchParams(filter).toString();
  return qs ? `/keys?${qs}` : "/keys";
}
