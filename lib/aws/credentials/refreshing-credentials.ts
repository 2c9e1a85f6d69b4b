import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

export type RefreshOptions = {
  /** Fetch new credentials this long before the current ones expire. */
  refreshBeforeExpiryMs?: number;
  now?: () => number;
};

// Longer than the SDK's own 5-minute window, so a client never holds credentials this cache
// has not refreshed yet.
const DEFAULT_REFRESH_BEFORE_EXPIRY_MS = 10 * 60_000;

/**
 * Caches temporary credentials and fetches new ones before they expire. One fetch at a time is
 * shared by all callers (every client of the account, every Region). If a refresh fails while
 * the current credentials are still valid, they keep being used until the next call retries.
 */
export function refreshingCredentials(fetch: () => Promise<AwsCredentialIdentity>, options: RefreshOptions = {}): AwsCredentialIdentityProvider {
  const refreshBefore = options.refreshBeforeExpiryMs ?? DEFAULT_REFRESH_BEFORE_EXPIRY_MS;
  const now = options.now ?? Date.now;
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;

  const expiresIn = (c: AwsCredentialIdentity) => (c.expiration ? c.expiration.getTime() - now() : Number.POSITIVE_INFINITY);

  return async () => {
    if (current && expiresIn(current) > refreshBefore) return current;
    pending ??= fetch()
      .then((fresh) => (current = fresh))
      .finally(() => (pending = undefined));
    try {
      return await pending;
    } catch (error) {
      if (current && expiresIn(current) > 0) return current;
      throw error;
    }
  };
}
