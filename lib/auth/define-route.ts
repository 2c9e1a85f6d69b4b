import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/result";
import type { Permission } from "./permissions";
import { AuthError, requirePermission } from "./require-permission";
import type { SessionUser } from "./session-store";

const STATUS = { unauthenticated: 401, forbidden: 403, invalid_input: 400, not_found: 404, conflict: 409, unavailable: 503, internal: 500 };

/** Wraps a route handler with the same session and permission check as server actions. */
export function defineRoute<C>(
  permission: Permission,
  handler: (req: NextRequest, user: SessionUser, ctx: C) => Promise<Response>,
) {
  return async (req: NextRequest, ctx: C): Promise<Response> => {
    try {
      const user = await requirePermission(permission);
      return await handler(req, user, ctx);
    } catch (e) {
      if (e instanceof AuthError || e instanceof AppError) {
        return NextResponse.json({ ok: false, code: e.code, message: e.message }, { status: STATUS[e.code] });
      }
      console.error(`[route ${req.nextUrl.pathname}]`, e);
      return NextResponse.json({ ok: false, code: "internal", message: "Something went wrong on the server." }, { status: 500 });
    }
  };
}
