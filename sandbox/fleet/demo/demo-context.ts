import { roleSessionCaller, uniqueId, userCaller, type Caller } from "../../auth/caller";
import { apiCallRecord, serviceEventRecord } from "../../cloudtrail/build-record";
import type { TrailRecord } from "../../cloudtrail/trail-record";
import { userIdentity } from "../../cloudtrail/user-identity";
import { DAY } from "../../core/clock";
import type { Rng } from "../../core/rng";
import { arnOf } from "../../kms/key-arn";
import type { KmsKey } from "../../kms/model";
import type { World } from "../../world";
import type { App } from "./demo-catalog";
import { USER_AGENTS } from "./demo-catalog";
import { DemoPolicies } from "./demo-policies";

export type DemoKey = {
  key: KmsKey;
  app?: App;
  /** Service that calls KMS for the app (SSE-KMS, Secrets Manager…), or undefined for direct SDK use. */
  service?: string;
  /** Calls per hour at the daily peak. */
  rate: number;
  disabledAt?: number;
  scheduledAt?: number;
  /** A forgotten consumer keeps calling the key until then, and fails. */
  legacyCallsUntil?: number;
};

type Pending = { time: number; account: string; region: string; record: TrailRecord; key?: KmsKey; use?: { key: KmsKey; op: string } };

export type ApiEvent = {
  time: number;
  key?: KmsKey;
  account: string;
  region: string;
  caller: Caller;
  client: keyof typeof USER_AGENTS | { service: string };
  eventName: string;
  readOnly: boolean;
  request: unknown;
  response?: unknown;
  resources?: string[];
  error?: { code: string; message: string };
};

const VERSIONS = ["1.08", "1.09", "1.10", "1.11", "1.11"];

/** Shared state of one demo build: the seeded RNG, the keys made so far, their pending history. */
export class DemoContext {
  readonly start: number;
  readonly keys: DemoKey[] = [];
  readonly policies = new DemoPolicies();
  private pending: Pending[] = [];

  constructor(
    readonly world: World,
    readonly rng: Rng,
    readonly now: number,
  ) {
    this.start = now - 90 * DAY;
  }

  inWindow(t: number): boolean {
    return t >= this.start && t <= this.now;
  }

  roleCaller(account: string, role: string, time: number, session?: string): Caller {
    const name = session ?? `${role}-${Math.floor(time / 3_600_000) % 97}`;
    const hour = Math.floor(time / 3_600_000) * 3_600_000;
    return roleSessionCaller(`arn:aws:iam::${account}:role/${role}`, name, `ASIA${uniqueId("AROA", `${role}/${name}/${hour}`).slice(4, 20)}`, hour);
  }

  humanCaller(account: string): Caller {
    return userCaller(account, account === "444455556666" ? "bob.ops" : "alice.admin", `AKIA${account}ADMN`);
  }

  api(e: ApiEvent): void {
    if (!this.inWindow(e.time)) return;
    const via = typeof e.client === "object" ? `${e.client.service}.amazonaws.com` : undefined;
    const record = apiCallRecord({
      time: e.time,
      eventSource: "kms.amazonaws.com",
      eventName: e.eventName,
      region: e.region,
      userIdentity: userIdentity(e.caller, via),
      sourceIPAddress: via ?? (typeof e.client === "string" && e.client === "console" ? `203.0.113.${this.rng.int(2, 250)}` : `10.${this.rng.int(16, 31)}.${this.rng.int(0, 255)}.${this.rng.int(2, 250)}`),
      userAgent: via ?? USER_AGENTS[e.client as keyof typeof USER_AGENTS],
      requestParameters: e.request,
      responseElements: e.response ?? null,
      errorCode: e.error?.code,
      errorMessage: e.error?.message,
      requestID: this.rng.uuid(),
      eventID: this.rng.uuid(),
      readOnly: e.readOnly,
      resources: e.resources ?? (e.key ? [arnOf(e.key)] : []),
      recipientAccountId: e.account,
      eventVersion: this.rng.pick(VERSIONS),
    });
    const use = e.key && !e.error && e.readOnly && isCrypto(e.eventName) ? { key: e.key, op: e.eventName } : undefined;
    this.pending.push({ time: e.time, account: e.account, region: e.region, record, key: e.key, use });
  }

  service(key: KmsKey, eventName: string, time: number, details?: Record<string, unknown>): void {
    if (!this.inWindow(time)) return;
    const record = serviceEventRecord({ time, eventName, region: key.Region, accountId: key.AWSAccountId, keyArn: arnOf(key), eventID: this.rng.uuid(), serviceEventDetails: details });
    this.pending.push({ time, account: key.AWSAccountId, region: key.Region, record, key });
  }

  /** Takes back the not yet appended events of `key` named in `eventNames` that come after `time`. */
  retract(key: KmsKey, time: number, eventNames: readonly string[]): void {
    this.pending = this.pending.filter((p) => !(p.key === key && p.time > time && eventNames.includes(p.record.eventName)));
  }

  /** Appends the history in time order and sets each key's last cryptographic use. */
  flush(): void {
    this.pending.sort((a, b) => a.time - b.time);
    for (const p of this.pending) {
      this.world.events.append(p.account, p.region, p.time, p.record);
      if (p.use && p.time >= p.use.key.trackingStartDate) {
        p.use.key.lastUsage = { Operation: p.use.op, Timestamp: p.time, CloudTrailEventId: p.record.eventID, KmsRequestId: p.record.requestID! };
      }
    }
    this.pending.length = 0;
  }
}

const CRYPTO = new Set(["Encrypt", "Decrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "Sign", "Verify", "GenerateMac", "VerifyMac", "ReEncrypt"]);
const isCrypto = (name: string) => CRYPTO.has(name);
