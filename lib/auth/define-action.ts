import "server-only";
import type { z } from "zod";
import { AppError, err, type Result } from "@/lib/result";
import type { Permission } from "./permissions";
import { AuthError, requirePermission } from "./require-permission";
import type { SessionUser } from "./session-store";

export type ActionSpec<S extends z.ZodType> = { name: string; input: S; permission: Permission };

/**
 * Wraps a server action: parse the input, then check the session and permission on the server,
 * then run. Unexpected errors are logged here and reach the browser as a generic message.
 */
export function defineAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  handler: (input: z.output<S>, user: SessionUser) => Promise<Result<T>>,
): ((raw: z.input<S>) => Promise<Result<T>>) & { spec: ActionSpec<S> } {
  const action = async (raw: z.input<S>): Promise<Result<T>> => {
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "input", i.message]));
      return err("invalid_input", parsed.error.issues[0]?.message ?? "Invalid input", fieldErrors);
    }
    try {
      const user = await requirePermission(spec.permission);
      return await handler(parsed.data, user);
    } catch (e) {
      if (e instanceof AuthError) return err(e.code, e.message);
      if (e instanceof AppError) return err(e.code, e.message);
      console.error(`[action ${spec.name}]`, e);
      return err("internal", "Something went wrong on the server. It has been logged.");
    }
  };
  return Object.assign(action, { spec });
}
