import type { Prisma } from "@/lib/db/generated/client";
import type { Rng } from "./prng";
import { APPS, CLASSIFICATIONS, ENVIRONMENTS, GRANT_OPERATION_SETS, PURPOSES, TEAMS } from "./fleet-vocabulary";
import { alias, searchTextOf, type GeneratedKey } from "./fleet-records";
import { defaultPolicy } from "./default-policy";

const DAY = 86_400_000;

type Base = { rng: Rng; now: Date; account: string; region: string; usedAliases: Set<string>; policies: boolean };

export function usageFor(rng: Rng, spec: string): string {
  if (spec === "SYMMETRIC_DEFAULT") return "ENCRYPT_DECRYPT";
  if (spec.startsWith("HMAC")) return "GENERATE_VERIFY_MAC";
  if (spec.startsWith("RSA")) return rng.chance(0.5) ? "ENCRYPT_DECRYPT" : "SIGN_VERIFY";
  if (spec.startsWith("ECC_NIST") && rng.chance(0.2)) return "KEY_AGREEMENT";
  return "SIGN_VERIFY";
}

function algorithms(spec: string, usage: string) {
  if (spec === "SYMMETRIC_DEFAULT") return { encryptionAlgorithms: ["SYMMETRIC_DEFAULT"] };
  if (usage === "GENERATE_VERIFY_MAC") return { macAlgorithms: [`HMAC_SHA_${spec.slice(5)}`] };
  if (usage === "KEY_AGREEMENT") return { keyAgreementAlgorithms: ["ECDH"] };
  if (usage === "ENCRYPT_DECRYPT") return { encryptionAlgorithms: ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"] };
  if (spec.startsWith("RSA")) return { signingAlgorithms: ["RSASSA_PSS_SHA_256", "RSASSA_PKCS1_V1_5_SHA_256"] };
  if (spec.startsWith("ML_DSA")) return { signingAlgorithms: ["ML_DSA_SHAKE_256"] };
  return { signingAlgorithms: ["ECDSA_SHA_256"] };
}

function state(rng: Rng, origin: string): string {
  if (origin === "EXTERNAL" && rng.chance(0.3)) return "PendingImport";
  if (origin === "EXTERNAL_KEY_STORE" && rng.chance(0.2)) return "Unavailable";
  return rng.weighted([["Enabled", 86], ["Disabled", 9], ["PendingDeletion", 4], ["Creating", 0.2]] as const);
}

function rotation(rng: Rng, now: Date, spec: string, origin: string, creationDate: Date): Partial<Prisma.KmsKeyCreateManyInput> {
  if (spec !== "SYMMETRIC_DEFAULT" || origin !== "AWS_KMS") return {};
  if (!rng.chance(0.65)) return { rotationEnabled: false };
  const period = rng.weighted([[365, 70], [90, 10], [180, 12], [730, 8]] as const);
  const periods = Math.floor((now.getTime() - creationDate.getTime()) / (period * DAY)) + 1;
  const onDemand = rng.chance(0.05) ? rng.int(1, 3) : 0;
  return { rotationEnabled: true, rotationPeriodInDays: period, nextRotationDate: new Date(creationDate.getTime() + periods * period * DAY), onDemandRotationCount: onDemand };
}

function uniqueAlias(used: Set<string>, scope: string, name: string): string {
  let candidate = name;
  for (let n = 2; used.has(`${scope}/${candidate}`); n++) candidate = `${name}-${n}`;
  used.add(`${scope}/${candidate}`);
  return candidate;
}

/** A customer managed key; a replica copies its primary's configuration, as KMS does. */
export function customerDetails(base: Base, keyId: string, spec: string, usage: string, primary?: Prisma.KmsKeyCreateManyInput): GeneratedKey {
  const { rng, now, account, region } = base;
  const arn = `arn:aws:kms:${region}:${account}:key/${keyId}`;
  const origin = primary?.origin ?? (spec === "SYMMETRIC_DEFAULT" ? rng.weighted([["AWS_KMS", 92], ["EXTERNAL", 5], ["AWS_CLOUDHSM", 2], ["EXTERNAL_KEY_STORE", 1]] as const) : "AWS_KMS");
  const keyState = state(rng, origin);
  const creationDate = primary ? new Date((primary.creationDate as Date).getTime() + rng.int(1, 600) * 60_000) : new Date(now.getTime() - rng.int(1, 2200) * DAY);
  const [app, purpose, env, team] = [rng.pick(APPS), rng.pick(PURPOSES), rng.pick(ENVIRONMENTS), rng.pick(TEAMS)];
  const aliasCount = rng.weighted([[0, 20], [1, 65], [2, 15]] as const);
  const aliasNames = Array.from({ length: aliasCount }, (_, i) => uniqueAlias(base.usedAliases, `${account}/${region}`, `alias/${app}-${purpose}-${env}${i ? "-legacy" : ""}`));
  const description = primary?.description ?? (rng.chance(0.3) ? "" : `Encrypts ${app} ${purpose} in ${env}`);
  const tags: [string, string][] = rng.chance(0.75)
    ? [["Team", team], ["Environment", env], ["Application", app], ...(rng.chance(0.5) ? [["CostCenter", String(rng.int(1000, 9999))] as [string, string]] : []), ...(rng.chance(0.4) ? [["DataClassification", rng.pick(CLASSIFICATIONS)] as [string, string]] : [])]
    : [];
  const grantCount = rng.weighted([[0, 60], [1, 25], [2, 10], [3, 5]] as const);
  const used = rng.weighted([["recent", 70], ["old", 15], ["never", 15]] as const);
  const key: Prisma.KmsKeyCreateManyInput = {
    arn, accountId: account, region, keyId, description, keyState, enabled: keyState === "Enabled", keyManager: "CUSTOMER",
    keySpec: spec, keyUsage: usage, origin, creationDate, ...algorithms(spec, usage),
    deletionDate: keyState === "PendingDeletion" ? new Date(now.getTime() + rng.int(1, 30) * DAY) : null,
    pendingDeletionWindowInDays: keyState === "PendingDeletion" ? 30 : null,
    validTo: origin === "EXTERNAL" && rng.chance(0.5) ? new Date(now.getTime() + rng.int(-10, 400) * DAY) : null,
    expirationModel: origin === "EXTERNAL" ? "KEY_MATERIAL_EXPIRES" : null,
    ...(primary ? { multiRegion: true, multiRegionKeyType: "REPLICA", primaryKeyArn: primary.arn, primaryRegion: primary.region } : {}),
    ...(primary ? { rotationEnabled: primary.rotationEnabled, rotationPeriodInDays: primary.rotationPeriodInDays, nextRotationDate: primary.nextRotationDate } : rotation(rng, now, spec, origin, creationDate)),
    lastUsedAt: used === "recent" ? new Date(now.getTime() - rng.int(0, 30 * DAY)) : used === "old" ? new Date(now.getTime() - rng.int(31, 400) * DAY) : null,
    searchText: searchTextOf(keyId, arn, aliasNames, description, tags),
    // what the KmsAlias trigger would set: writing it here spares the trigger an UPDATE per key
    primaryAlias: [...aliasNames].sort()[0] ?? null,
    syncedAt: new Date(now.getTime() - rng.int(0, 3600_000)),
  };
  return {
    key,
    aliases: aliasNames.map((n) => alias(account, region, n, keyId, arn, creationDate, now)),
    tags: tags.map(([tagKey, tagValue]) => ({ keyArn: arn, tagKey, tagValue })),
    grants: Array.from({ length: grantCount }, () => ({
      keyArn: arn,
      grantId: rng.hex(64),
      name: rng.chance(0.5) ? `${app}-${env}` : null,
      granteePrincipal: `arn:aws:iam::${account}:role/${app}-${env}-worker`,
      retiringPrincipal: rng.chance(0.3) ? `arn:aws:iam::${account}:role/platform-admin` : null,
      issuingAccount: `arn:aws:iam::${account}:root`,
      operations: rng.pick(GRANT_OPERATION_SETS),
      constraints: rng.chance(0.4) ? { EncryptionContextSubset: { Application: app, Environment: env } } : undefined,
      creationDate: new Date(creationDate.getTime() + rng.int(0, 100) * DAY),
      syncedAt: now,
    })),
    policy: base.policies ? { keyArn: arn, policyText: defaultPolicy(account, `arn:aws:iam::${account}:role/${app}-${env}-worker`), contentHash: rng.hex(16), syncedAt: now } : undefined,
  };
}
