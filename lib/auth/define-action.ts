import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { requestOrigin } from "@/lib/http/request-origin";
import { AppError, err, ok, type Result } from "@/lib/result";
import { hostileValue } from "@/lib/http/hostile-value";
import { auditRecordOf, type AuditSpec } from "./audit-spec";
import { authorizeCall } from "./authorize-call";
import { inputError } from "./input-error";
import type { Permission } from "./permissions";
import { AuthError } from "./require-permission";
import type { SessionUser } from "./session-store";
import { writeAudit } from "./write-audit";

export type ActionSpec<S extends z.ZodType, O extends z.ZodType> = {
  name: string;
  input: S;
  /** What may reach the browser: the handler's data is parsed through it (unknown keys dropped). */
  output: O;
  permission: Permission;
  /** Required of every action that changes something: written to the app's audit log on success. */
  audit?: AuditSpec<z.output<S>, z.output<O>>;
};

/**
 * Wraps a server action: check the session and permission on the server, then parse the input,
 * run, whitelist the result and record it in the audit log. Unexpected errors are logged here and
 * reach the browser as a generic message.
 */
export function defineAction<S extends z.ZodType, O extends z.ZodType>(
  spec: ActionSpec<S, O>,
  handler: (input: z.output<S>, user: SessionUser) => Promise<Result<z.input<O>>>,
): ((raw: z.input<S>) => Promise<Result<z.output<O>>>) & { spec: ActionSpec<S, O> } {
  const origin = async () => requestOrigin(await headers());
  const action = async (raw: z.input<S>): Promise<Result<z.output<O>>> => {
    try {
      const user = await authorizeCall(spec.permission, spec.name, origin);
      const hostile = hostileValue(raw);
      if (hostile) return err("invalid_input", `input: ${hostile}`);
      const parsed = spec.input.safeParse(raw);
      if (!parsed.success) return inputError(parsed.error);
      const result = await handler(parsed.data, user);
      if (!result.ok) return result;
      const output = spec.output.parse(result.data);
      const record = auditRecordOf(spec.audit, parsed.data, output);
      if (record) await writeAudit(user, record, await origin());
      return ok(output);
    } catch (e) {
      if (e instanceof AuthError) return err(e.code, e.message);
      if (e instanceof AppError) return err(e.code, e.message);
      console.error(`[action ${spec.name}]`, e);
      return err("internal", "Something went wrong on the server. It has been logged.");
    }
  };
  return Object.assign(action, { spec });
}
