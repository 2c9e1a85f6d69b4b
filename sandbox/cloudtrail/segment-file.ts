import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import type { StoredEvent } from "./trail-record";

export type SegmentMeta = {
  file: string;
  offset: number;
  length: number;
  count: number;
  firstSeq: number;
  lastSeq: number;
  firstTime: number;
  lastTime: number;
};

/** Appends a batch of events to `file` as one gzip member; returns where it landed. */
export function writeSegment(file: string, offset: number, events: StoredEvent[]): SegmentMeta {
  const body = gzipSync(events.map((e) => JSON.stringify(e)).join("\n"), { level: 1 });
  const fd = openSync(file, "a");
  try {
    writeSync(fd, body);
  } finally {
    closeSync(fd);
  }
  return {
    file,
    offset,
    length: body.length,
    count: events.length,
    firstSeq: events[0]!.seq,
    lastSeq: events[events.length - 1]!.seq,
    firstTime: events[0]!.time,
    lastTime: events[events.length - 1]!.time,
  };
}

export function readSegment(meta: SegmentMeta): StoredEvent[] {
  const buf = Buffer.alloc(meta.length);
  const fd = openSync(meta.file, "r");
  try {
    readSync(fd, buf, 0, meta.length, meta.offset);
  } finally {
    closeSync(fd);
  }
  return gunzipSync(buf)
    .toString("utf8")
    .split("\n")
    .map((line) => JSON.parse(line) as StoredEvent);
}
