import { z } from "zod";
import { KEY_SORTS, type KeySort } from "@/lib/filters/sort-options";

// A keyset cursor: the last row's sort value (null once the page has reached the rows without
// one, which always come last) and its ARN. Opaque to the browser: base64url of a small JSON.

export type KeyCursor = { v: string | null; a: string };

const cursorSchema = z.object({ v: z.string().max(2048).nullable(), a: z.string().min(1).max(2048) });

export function encodeKeyCursor(cursor: KeyCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** undefined when the text is not a cursor for this sort (tampered, or from another sort). */
export function decodeKeyCursor(text: string, sort: KeySort): KeyCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (!parsed.success) return undefined;
    const { v } = parsed.data;
    const spec = KEY_SORTS[sort];
    if (v === null && !spec.nullable) return undefined;
    if (v !== null && spec.type === "time" && Number.isNaN(Date.parse(v))) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}
