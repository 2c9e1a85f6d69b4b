import { DAY } from "../../core/clock";
import { arnOf } from "../../kms/key-arn";
import { REGION_UTC_OFFSET } from "./demo-catalog";
import type { DemoContext, DemoKey } from "./demo-context";
import { pickOperation, requestFor } from "./demo-requests";

const HOUR = 3_600_000;

/** Office-hours peak in the Region's time zone, a night floor, a 02:00 batch bump, quiet weekends. */
function activity(t: number, region: string): number {
  const local = new Date(t + (REGION_UTC_OFFSET[region] ?? 0) * HOUR);
  const h = local.getUTCHours();
  const day = 0.2 + 0.8 * Math.exp(-(((h - 14) / 4) ** 2)) + (h === 2 ? 0.6 : 0);
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6 ? 0.35 : 1;
  return day * weekend;
}

/** 90 days of cryptographic traffic for one account-Region, hour by hour. */
export function buildTraffic(ctx: DemoContext, keys: DemoKey[], region: string): void {
  const { rng } = ctx;
  const active = keys.filter((k) => k.rate > 0);
  const cumulative: number[] = [];
  let total = 0;
  for (const k of active) cumulative.push((total += k.rate));
  if (total === 0) return;
  for (let hour = Math.ceil(ctx.start / HOUR) * HOUR; hour < ctx.now; hour += HOUR) {
    const n = rng.poisson(total * activity(hour, region));
    for (let i = 0; i < n; i++) {
      const r = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < r) lo = mid + 1;
        else hi = mid;
      }
      call(ctx, active[lo]!, Math.floor(hour + rng.next() * HOUR));
    }
  }
}

/** One call, with the outcome the key's state at that moment gives. */
function call(ctx: DemoContext, dk: DemoKey, time: number): void {
  const { key } = dk;
  const { rng } = ctx;
  if (time < key.CreationDate || time > ctx.now) return;
  let error: { code: string; message: string } | undefined;
  const stopped = dk.scheduledAt ?? dk.disabledAt ?? (key.KeyState === "PendingImport" ? dk.legacyCallsUntil : undefined);
  if (stopped !== undefined && time >= stopped) {
    if (dk.legacyCallsUntil === undefined || time > dk.legacyCallsUntil || !rng.chance(0.5)) return;
    if (dk.scheduledAt !== undefined) error = { code: "KMSInvalidStateException", message: `${arnOf(key)} is pending deletion.` };
    else if (dk.disabledAt !== undefined) error = { code: "DisabledException", message: `${arnOf(key)} is disabled.` };
    else error = { code: "KMSInvalidStateException", message: `${arnOf(key)} is pending import.` };
  } else if (dk.rate >= 0.5 && rng.chance(0.002)) {
    error = { code: "ThrottlingException", message: "You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls." };
  }
  const op = pickOperation(rng, key);
  const role = dk.app?.role ?? "ci-deploy";
  ctx.api({
    time,
    key,
    account: key.AWSAccountId,
    region: key.Region,
    caller: ctx.roleCaller(key.AWSAccountId, role, time, dk.service ? undefined : `i-0${(role.length * 7919).toString(16)}${Math.floor(time / DAY) % 5}`),
    client: dk.service ? { service: dk.service === "ebs" ? "ec2" : dk.service } : (dk.app?.client ?? "python"),
    eventName: op,
    readOnly: true,
    request: requestFor(rng, dk, op),
    error,
  });
}
