import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { decodeKeyCursor } from "@/lib/queries/keys/key-cursor";
import { parseKeyFilter } from "@/lib/filters/key-filter";
import { listKeys } from "@/lib/queries/keys/list-keys";

// GET /api/keys?<filter>&cursor=… — the keys table's next page (infinite scrolling).
export const GET = defineRoute("inventory:read", async (req) => {
  const params = req.nextUrl.searchParams;
  const filter = parseKeyFilter(params);
  if (!filter.ok) throw new AppError("invalid_input", filter.message);
  const text = params.get("cursor");
  const cursor = text ? decodeKeyCursor(text, filter.data.sort) : undefined;
  if (text && !cursor) throw new AppError("invalid_input", "cursor: not a cursor for this sort; reload the page");
  const page = await listKeys(filter.data, { cursor });
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
