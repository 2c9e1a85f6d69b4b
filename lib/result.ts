// What a server action or route handler returns to the browser: data, or a typed error.

export type ErrorCode = "invalid_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "unavailable" | "internal";

export type Ok<T> = { ok: true; data: T };
export type Err = { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = (code: ErrorCode, message: string, fieldErrors?: Record<string, string>): Err =>
  fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };

/** An error that lib/ code throws on purpose; its message is safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}
