/** One page of an infinite table from its route handler; a failure carries the server's message. */
export async function fetchPage<T>(path: string, params: URLSearchParams, cursor: string | null): Promise<T> {
  if (cursor) params.set("cursor", cursor);
  const res = await fetch(`${path}?${params}`, { headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body;
}
