import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { hostileValue } from "@/lib/http/hostile-value";
import { requestOrigin } from "@/lib/http/request-origin";
import { parseRows, type RowsOutput, type RowStream } from "@/lib/http/row-stream";
import { searchParamsRecord } from "@/lib/http/search-params-record";
import { textStreamResponse } from "@/lib/http/text-stream";
import { AppError, err, ok, type Err, type Result } from "@/lib/result";
import { auditRecordOf, type AuditSpec } from "./audit-spec";
import { authorizeCall } from "./authorize-call";
import { inputError } from "./input-error";
import type { Permission } from "./permissions";
import { AuthError } from "./require-permission";
import type { SessionUser } from "./session-store";
import { writeAudit } from "./write-audit";

type InputSpec = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
type RouteOutput = z.ZodType | RowsOutput<z.ZodType>;

/** The parsed path parameters, query (empty values dropped) and JSON body, as the spec declares them. */
export type RouteInput<I extends InputSpec> = { [K in keyof I]: I[K] extends z.ZodType ? z.output<I[K]> : never };

/** A JSON route's handler returns its body; an export's returns a RowStream. */
export type RouteResult<O extends RouteOutput> = O extends RowsOutput<infer R> ? RowStream<z.input<R>, z.output<R>> : O extends z.ZodType ? z.input<O> : never;

export type RouteSpec<I extends InputSpec, O extends RouteOutput> = {
  permission: Permission;
  input: I;
  /** A schema for the JSON body, or rowsOf(schema) for a streamed export; nothing else leaves. */
  output: O;
  /** Required of every route that changes something or exports data: written before it answers. */
  audit?: AuditSpec<RouteInput<I>, undefined>;
};

type RouteContext = { params: Promise<unknown> };

const STATUS = { unauthenticated: 401, forbidden: 403, invalid_input: 400, not_found: 404, conflict: 409, unavailable: 503, internal: 500 };

const errorResponse = (e: Err) => NextResponse.json(e, { status: STATUS[e.code] });

const isRows = (output: RouteOutput): output is RowsOutput<z.ZodType> => (output as { kind?: unknown }).kind === "rows";

async function parseInput<I extends InputSpec>(spec: I, req: NextRequest, ctx: RouteContext): Promise<Result<RouteInput<I>>> {
  const read = { params: () => ctx.params, query: async () => searchParamsRecord(req.nextUrl.searchParams), body: () => req.json().catch(() => undefined) };
  const parsed: Record<string, unknown> = {};
  for (const part of ["params", "query", "body"] as const) {
    const schema = spec[part];
    if (!schema) continue;
    const value = await read[part]();
    const hostile = hostileValue(value);
    if (hostile) return err("invalid_input", `${part}: ${hostile}`);
    const result = schema.safeParse(value);
    if (!result.success) return inputError(result.error);
    parsed[part] = result.data;
  }
  return ok(parsed as RouteInput<I>);
}

function respond(output: RouteOutput, result: unknown, label: string): Response {
  if (!isRows(output)) return NextResponse.json(output.parse(result), { headers: { "Cache-Control": "no-store" } });
  const stream = result as RowStream<unknown, unknown>;
  return textStreamResponse(stream.write(parseRows(stream.rows, output.row)), stream.headers, label);
}

/**
 * Wraps a route handler like defineAction wraps a server action: the session and permission
 * first, then the input parsed with zod, then the handler; its body is parsed through the output
 * schema, and what the spec audits is recorded with the caller's IP and user agent.
 */
export function defineRoute<I extends InputSpec, O extends RouteOutput>(
  spec: RouteSpec<I, O>,
  handler: (input: RouteInput<I>, user: SessionUser, req: NextRequest) => Promise<RouteResult<O>>,
) {
  const route = async (req: NextRequest, ctx: RouteContext): Promise<Response> => {
    const endpoint = req.nextUrl.pathname;
    const origin = requestOrigin(req.headers);
    try {
      const user = await authorizeCall(spec.permission, endpoint, async () => origin);
      const input = await parseInput(spec.input, req, ctx);
      if (!input.ok) return errorResponse(input);
      const response = respond(spec.output, await handler(input.data, user, req), endpoint);
      const record = auditRecordOf(spec.audit, input.data, undefined);
      if (record) await writeAudit(user, record, origin);
      return response;
    } catch (e) {
      if (e instanceof AuthError || e instanceof AppError) return errorResponse({ ok: false, code: e.code, message: e.message });
      console.error(`[route ${endpoint}]`, e);
      return errorResponse({ ok: false, code: "internal", message: "Something went wrong on the server." });
    }
  };
  return Object.assign(route, { spec });
}
