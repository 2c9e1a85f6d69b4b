/** Decodes COPY's binary format back into rows of raw field bytes (null for NULL), for tests. */
export function readBinaryCopy(data: Buffer): (Buffer | null)[][] {
  if (data.subarray(0, 11).toString("latin1") !== "PGCOPY\n\xff\r\n\0") throw new Error("no COPY binary signature");
  let at = 19 + data.readInt32BE(15);
  const rows: (Buffer | null)[][] = [];
  for (;;) {
    const fields = data.readInt16BE(at);
    at += 2;
    if (fields === -1) break;
    const row: (Buffer | null)[] = [];
    for (let f = 0; f < fields; f++) {
      const length = data.readInt32BE(at);
      at += 4;
      row.push(length < 0 ? null : data.subarray(at, at + length));
      at += Math.max(length, 0);
    }
    rows.push(row);
  }
  if (at !== data.length) throw new Error(`${data.length - at} bytes after the end marker`);
  return rows;
}
