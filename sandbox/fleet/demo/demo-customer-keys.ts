import { DAY } from "../../core/clock";
import { arnOf } from "../../kms/key-arn";
import type { KeyUsage, KmsKey, Origin } from "../../kms/model";
import { newKey } from "../../kms/new-key";
import { ORG_ACCOUNTS } from "../org";
import { ACCOUNT_WEIGHT, APPS, CLASSIFICATIONS, ENVIRONMENTS, REGION_WEIGHT, TEAMS, type App } from "./demo-catalog";
import type { DemoContext, DemoKey } from "./demo-context";
import { POLICY_FLAGS, type PolicyKind } from "./demo-policies";

type Kind = "symmetric" | "imported" | "rsaSign" | "rsaEncrypt" | "eccSign" | "secg" | "ed25519" | "hmac";

const KINDS: [Kind, number][] = [
  ["symmetric", 0.8],
  ["imported", 0.035],
  ["rsaSign", 0.035],
  ["rsaEncrypt", 0.02],
  ["eccSign", 0.04],
  ["secg", 0.005],
  ["ed25519", 0.005],
  ["hmac", 0.06],
];

const SPECS: Record<Kind, () => [string, KeyUsage, Origin]> = {
  symmetric: () => ["SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS"],
  imported: () => ["SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "EXTERNAL"],
  rsaSign: () => ["RSA_3072", "SIGN_VERIFY", "AWS_KMS"],
  rsaEncrypt: () => ["RSA_4096", "ENCRYPT_DECRYPT", "AWS_KMS"],
  eccSign: () => ["ECC_NIST_P256", "SIGN_VERIFY", "AWS_KMS"],
  secg: () => ["ECC_SECG_P256K1", "SIGN_VERIFY", "AWS_KMS"],
  ed25519: () => ["ECC_NIST_EDWARDS25519", "SIGN_VERIFY", "AWS_KMS"],
  hmac: () => ["HMAC_256", "GENERATE_VERIFY_MAC", "AWS_KMS"],
};

/** Calls per hour at peak: a few hot keys, many quiet ones, a quarter never used. */
const TIERS: [number, number][] = [
  [0.6, 0.1],
  [0.12, 0.3],
  [0.006, 0.35],
  [0, 0.25],
];

export function buildCustomerKeys(ctx: DemoContext, account: string, region: string, aliases: Set<string>): DemoKey[] {
  const { rng } = ctx;
  const count = Math.round(44 * ACCOUNT_WEIGHT[account]! * REGION_WEIGHT[region]! * (0.85 + 0.3 * rng.next()));
  const out: DemoKey[] = [];
  for (let i = 0; i < count; i++) {
    const app = rng.pick(APPS[account]!);
    const purpose = rng.pick(app.purposes);
    const kind = rng.weighted(KINDS);
    const [spec, usage, origin] = SPECS[kind]();
    const created = rng.chance(0.15) ? ctx.start + rng.next() * 89 * DAY : ctx.now - (90 + rng.next() * 1370) * DAY;
    // Drawn in this order (id, policy kind, other account) so that seeds keep their fleets.
    const keyId = rng.uuid();
    const policyKind = drawPolicyKind(ctx);
    const key = newKey({
      account,
      region,
      keyId,
      now: Math.floor(created),
      keySpec: spec,
      keyUsage: usage,
      keyManager: "CUSTOMER",
      origin,
      description: `${app.role}: ${purpose.replace(/-/g, " ")}${kind === "imported" ? " (imported key material)" : ""}`,
      policy: ctx.policies.policy(policyKind, account, otherAccount(ctx, account)),
      trackingLaunch: ctx.world.settings.trackingLaunch,
    });
    key.expectedAccessFlags = [...POLICY_FLAGS[policyKind]];
    key.tags = tagsFor(ctx, account, app, purpose);
    const name = aliasName(aliases, `alias/${app.role}/${purpose}`);
    const names = rng.chance(0.95) ? [name] : [];
    if (rng.chance(0.1)) names.push(aliasName(aliases, `alias/legacy/${purpose}`));
    const store = ctx.world.kms.region(account, region);
    for (const n of names) store.setAlias({ AliasName: n, TargetKeyId: key.KeyId, CreationDate: key.CreationDate + 1000, LastUpdatedDate: key.CreationDate + 1000 });
    store.addKey(key);
    recordCreation(ctx, key, names);
    const service = kind === "symmetric" && rng.chance(0.35) ? rng.pick(app.services) : undefined;
    out.push({ key, app, service, rate: rng.weighted(TIERS) });
  }
  return out;
}

export function otherAccount(ctx: DemoContext, account: string): string {
  return ctx.rng.pick(ORG_ACCOUNTS.filter((a) => a.accountId !== account)).accountId;
}

function drawPolicyKind(ctx: DemoContext): PolicyKind {
  return ctx.rng.weighted<PolicyKind>([
    ["default", 0.6],
    ["console", 0.25],
    ["crossAccount", 0.1],
    ["orgWildcard", 0.035],
    ["openWildcard", 0.015],
  ]);
}

function aliasName(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

function tagsFor(ctx: DemoContext, account: string, app: App, purpose: string) {
  const { rng } = ctx;
  const tags = [
    { TagKey: "Team", TagValue: TEAMS[account]! },
    { TagKey: "Environment", TagValue: rng.pick(ENVIRONMENTS) },
    { TagKey: "Application", TagValue: app.role },
  ];
  if (rng.chance(0.6)) tags.push({ TagKey: "CostCenter", TagValue: `CC-${rng.int(1000, 1099)}` });
  if (rng.chance(0.4)) tags.push({ TagKey: "DataClassification", TagValue: rng.pick(CLASSIFICATIONS) });
  if (rng.chance(0.3)) tags.push({ TagKey: "Owner", TagValue: `${app.role}@example.com` });
  if (purpose.includes("card") || purpose.includes("token")) tags.push({ TagKey: "Compliance", TagValue: "PCI-DSS" });
  return tags;
}

/** Keys created inside the 90-day window leave their Terraform trail in CloudTrail. */
export function recordCreation(ctx: DemoContext, key: KmsKey, aliases: string[]): void {
  const base = { account: key.AWSAccountId, region: key.Region, caller: ctx.roleCaller(key.AWSAccountId, "ci-deploy", key.CreationDate, "terraform"), client: "terraform" as const, key };
  ctx.api({
    ...base,
    time: key.CreationDate,
    eventName: "CreateKey",
    readOnly: false,
    request: { description: key.Description, keySpec: key.KeySpec, keyUsage: key.KeyUsage, origin: key.Origin, bypassPolicyLockoutSafetyCheck: false, multiRegion: key.KeyId.startsWith("mrk-") },
    response: { keyMetadata: { AWSAccountId: key.AWSAccountId, keyId: key.KeyId, arn: arnOf(key), keyState: key.Origin === "EXTERNAL" ? "PendingImport" : "Enabled" } },
  });
  for (const alias of aliases) ctx.api({ ...base, time: key.CreationDate + 1000, eventName: "CreateAlias", readOnly: false, request: { aliasName: alias, targetKeyId: key.KeyId } });
  if (key.tags.length > 0) ctx.api({ ...base, time: key.CreationDate + 2000, eventName: "TagResource", readOnly: false, request: { keyId: key.KeyId, tags: key.tags.map((t) => ({ tagKey: t.TagKey, tagValue: t.TagValue })) } });
}
