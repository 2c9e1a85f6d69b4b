import os from "node:os";
import { beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { abandonStaleRuns, liveRun, STALE_AFTER_MS } from "./ingest-run";

describeEachDatabase("IngestRun bookkeeping", (db) => {
  beforeEach(() => db.truncate());
  const run = (owner: string, heartbeatAt = new Date()) =>
    db.prisma.ingestRun.create({ data: { source: "lookup", trigger: "cli", status: "running", heartbeatAt, progress: { owner } } });

  it("sees a run of a live process as busy", async () => {
    const mine = await run(`${os.hostname()}:${process.pid}`);
    expect((await liveRun(db.prisma, "lookup"))?.id).toBe(mine.id);
  });

  it("closes a run whose process on this host is gone, however fresh its heartbeat", async () => {
    const dead = await run(`${os.hostname()}:2147483646`);
    expect(await liveRun(db.prisma, "lookup")).toBeUndefined();
    expect(await db.prisma.ingestRun.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "abandoned" });
  });

  it("closes runs whose heartbeat stopped", async () => {
    const old = await run("elsewhere:1", new Date(Date.now() - STALE_AFTER_MS - 1000));
    expect(await abandonStaleRuns(db.prisma)).toBe(1);
    expect(await db.prisma.ingestRun.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "abandoned" });
  });
});
