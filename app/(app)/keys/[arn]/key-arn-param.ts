export type KeyPageParams = Promise<{ arn: string }>;

/** The segment is the ARN, URL-encoded (":" and "/" included); tolerate it arriving decoded once more. */
export async function arnOf(params: KeyPageParams): Promise<string> {
  const raw = (await params).arn;
  try {
    return raw.includes("%") ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}
