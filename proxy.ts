import { NextResponse, type NextRequest } from "next/server";

// An optimistic check only: no session cookie at all means straight to sign-in. Pages, actions
// and route handlers still validate the session against the database themselves.
const COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(req: NextRequest) {
  if (COOKIES.some((c) => req.cookies.has(c))) return NextResponse.next();
  const url = req.nextUrl.clone();
  const next = req.nextUrl.pathname + req.nextUrl.search;
  url.pathname = "/sign-in";
  url.search = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!sign-in|api/auth|_next/|favicon.ico|icon.svg).*)"],
};
