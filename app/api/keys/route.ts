import { z } from "zod";
import { keyPageSchema } from "@/lib/api/key-outputs";
import { defineRoute } from "@/lib/auth/define-route";
import { queryWithFilter } from "@/lib/http/query-with-filter";
import { AppError } from "@/lib/result";
import { decodeKeyCursor } from "@/lib/queries/keys/key-cursor";
import { parseKeyFilter } from "@/lib/filters/key-filter";
import { listKeys } from "@/lib/queries/keys/list-keys";

// GET /api/keys?<filter>&cursor=… — the keys table's next page (infinite scrolling).
export const GET = defineRoute(
  { permission: "inventory:read", input: { query: queryWithFilter(parseKeyFilter, { cursor: z.string().max(8192).optional() }) }, output: keyPageSchema },
  async ({ query }) => {
    const cursor = query.cursor ? decodeKeyCursor(query.cursor, query.filter.sort) : undefined;
    if (query.cursor && !cursor) throw new AppError("invalid_input", "cursor: not a cursor for this sort; reload the page");
    return listKeys(query.filter, { cursor });
  },
);
