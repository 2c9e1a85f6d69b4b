import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getPrisma } from "@/lib/db/client";
import { findSessionUser, type SessionUser } from "./session-store";
import { sessionCookieName } from "./session-cookie";

/** The signed-in user of this request, read from the session table (once per request). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return findSessionUser(getPrisma(), token);
});
