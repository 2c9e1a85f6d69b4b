import "server-only";
import { getPrisma, type PrismaClient } from "@/lib/db/client";
import { parseKeyArn } from "@/lib/aws/arn";
import type { SyncScope, SyncTrigger } from "../types";

export type SyncRequest = {
  kind: "full" | "incremental";
  trigger: SyncTrigger;
  accounts?: string[];
  regions?: string[];
  requestedById?: string;
};

export type KeyRefreshRequest = { keyArn: string; requestedById?: string };

export class SyncRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyncRequestError";
  }
}

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const TRIGGERS: readonly SyncTrigger[] = ["manual", "schedule", "cli"];

function checkList(values: string[] | undefined, pattern: RegExp, what: string): string[] | undefined {
  if (values === undefined) return undefined;
  const bad = values.find((v) => !pattern.test(v));
  if (bad !== undefined) throw new SyncRequestError(`not ${what}: "${bad}"`);
  return [...new Set(values)].sort();
}

/** Queues a sync; the sync worker runs it. Returns at once. */
export async function requestSync(request: SyncRequest, db: PrismaClient = getPrisma()): Promise<{ runId: string }> {
  if (request.kind !== "full" && request.kind !== "incremental") throw new SyncRequestError(`unknown sync kind "${String(request.kind)}"`);
  if (!TRIGGERS.includes(request.trigger)) throw new SyncRequestError(`unknown trigger "${String(request.trigger)}"`);
  const scope: SyncScope = {};
  const accounts = checkList(request.accounts, ACCOUNT, "a 12-digit AWS account id");
  const regions = checkList(request.regions, REGION, "an AWS Region");
  if (accounts?.length) scope.accounts = accounts;
  if (regions?.length) scope.regions = regions;
  const run = await db.syncRun.create({
    data: { kind: request.kind, trigger: request.trigger, status: "queued", scope, requestedById: request.requestedById ?? null },
    select: { id: true },
  });
  return { runId: run.id };
}

/** Queues a re-read of one key (kind "key"). Returns at once. */
export async function requestKeyRefresh(request: KeyRefreshRequest, db: PrismaClient = getPrisma()): Promise<{ runId: string }> {
  if (!parseKeyArn(request.keyArn)) throw new SyncRequestError(`not a KMS key ARN: "${request.keyArn}"`);
  const run = await db.syncRun.create({
    data: { kind: "key", trigger: "manual", status: "queued", scope: { keyArn: request.keyArn }, requestedById: request.requestedById ?? null },
    select: { id: true },
  });
  return { runId: run.id };
}
