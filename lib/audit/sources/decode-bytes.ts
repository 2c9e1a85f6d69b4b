import { Readable, pipeline } from "node:stream";
import { createGunzip } from "node:zlib";

// zlib's default 16 kB output chunks made streaming a file cost three times what inflating it does
// (each chunk is a trip through the thread pool and the stream machinery); memory stays one chunk.
const GUNZIP_CHUNK = 256 * 1024;

/** The bytes of a log file, gunzipped when they start with gzip's magic number (whatever the file is called). */
export async function* decodeBytes(source: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.length === 0) first = await iterator.next();
  if (first.done) return;
  const head = Buffer.from(first.value.buffer, first.value.byteOffset, first.value.byteLength);
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* all();
    return;
  }
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  pipeline(Readable.from(all()), gunzip, () => {
    // errors surface through the iteration below
  });
  for await (const chunk of gunzip) yield chunk as Buffer;
}
