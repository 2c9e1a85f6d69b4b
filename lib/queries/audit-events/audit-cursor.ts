import { z } from "zod";

// A keyset cursor on (eventTime desc, eventId desc): the last row's time and id. Opaque to the
// browser: base64url of a small JSON.

export type AuditCursor = { time: Date; id: string };

const cursorSchema = z.object({ t: z.iso.datetime(), i: z.string().min(1).max(256) });

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.time.toISOString(), i: cursor.id })).toString("base64url");
}

/** undefined when the text is not a cursor (tampered or truncated). */
export function decodeAuditCursor(text: string): AuditCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { time: new Date(parsed.data.t), id: parsed.data.i } : undefined;
  } catch {
    return undefined;
  }
}
