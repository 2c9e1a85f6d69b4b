// SQLSTATE class 22 ("data exception"): Postgres refused a value, e.g. a \u0000 or a lone surrogate
// escape in jsonb. Any other failure (connection, lock, constraint) is not the record's fault.
const DATA_EXCEPTION = /\b(22[0-9A-Z]{3})\b/;

/** The database's message when `error` is a refusal of the data itself; undefined otherwise. */
export function databaseRefusal(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; meta?: { code?: unknown; message?: unknown }; cause?: unknown };
    const code = [candidate.meta?.code, candidate.code].find((c) => typeof c === "string" && /^22[0-9A-Z]{3}$/.test(c));
    if (code) return String(candidate.meta?.message ?? candidate.message ?? code);
    if (typeof candidate.message === "string" && /Code: `?22[0-9A-Z]{3}/.test(candidate.message)) {
      return candidate.message.split("\n").find((l) => DATA_EXCEPTION.test(l))?.trim() ?? candidate.message;
    }
    e = candidate.cause;
  }
  return undefined;
}
