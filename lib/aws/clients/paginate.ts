/** Follows a service's continuation token until the last page, refusing to loop on a repeated token. */
export async function* paginate<Page>(
  fetchPage: (token: string | undefined) => Promise<Page>,
  nextToken: (page: Page) => string | undefined,
): AsyncGenerator<Page, void, undefined> {
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    yield page;
    token = nextToken(page);
    if (token !== undefined) {
      if (seen.has(token)) throw new Error(`pagination token repeated: ${token.slice(0, 40)}`);
      seen.add(token);
    }
  } while (token !== undefined);
}

/**
 * KMS pages: `Truncated` says whether more follow, `NextMarker` where. A truncated page without
 * a marker would silently end the listing early, so it is an error, not the end.
 */
export function kmsNextMarker(page: { Truncated?: boolean; NextMarker?: string }): string | undefined {
  if (!page.Truncated) return undefined;
  if (!page.NextMarker) throw new Error("KMS answered Truncated without NextMarker");
  return page.NextMarker;
}

/** CloudTrail pages: a `NextToken` means more results. */
export function nextToken(page: { NextToken?: string }): string | undefined {
  return page.NextToken || undefined;
}

/** S3 ListObjectsV2 pages: `IsTruncated` with `NextContinuationToken`. */
export function s3NextContinuationToken(page: { IsTruncated?: boolean; NextContinuationToken?: string }): string | undefined {
  if (!page.IsTruncated) return undefined;
  if (!page.NextContinuationToken) throw new Error("S3 answered IsTruncated without NextContinuationToken");
  return page.NextContinuationToken;
}

export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}
