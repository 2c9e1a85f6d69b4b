import type { Prisma } from "@/lib/db/generated/client";

/** One entry of the app's audit log, as an endpoint describes what it did. */
export type AuditRecord = { action: string; targetType?: string; targetId?: string; details?: Prisma.InputJsonObject };

/**
 * What a wrapped action or route records when it succeeds: an action name, or a record built from
 * its parsed input and its result (null when the call changed nothing, e.g. it joined a running sync).
 */
export type AuditSpec<I, O> = string | ((done: { input: I; output: O }) => AuditRecord | null);

export function auditRecordOf<I, O>(spec: AuditSpec<I, O> | undefined, input: I, output: O): AuditRecord | null {
  if (spec === undefined) return null;
  return typeof spec === "string" ? { action: spec } : spec({ input, output });
}

/** A signed-in person's call that their role does not allow: worth a line, unlike anonymous noise. */
export const deniedRecord = (endpoint: string, permission: string): AuditRecord => ({
  action: "access.denied",
  targetType: "endpoint",
  targetId: endpoint,
  details: { permission },
});
