// Whole-inventory counts (a grouped scan of every key: ~150 ms over 100,000 keys on the embedded
// database) change only when a sync writes. They are kept per process and read again when the
// inventory's version (its latest sync run and key count) changes.

const MAX_ENTRIES = 16;
const entries = new Map<string, Promise<unknown>>();

export function memoByVersion<T>(name: string, version: string, read: () => Promise<T>): Promise<T> {
  const key = `${name}@${version}`;
  let hit = entries.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = read();
    entries.set(key, hit);
    hit.catch(() => entries.delete(key));
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return hit;
}
