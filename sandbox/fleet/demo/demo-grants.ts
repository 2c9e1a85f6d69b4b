import { DAY } from "../../core/clock";
import { rootArn } from "../../core/arn";
import type { Grant } from "../../kms/model";
import { APPS } from "./demo-catalog";
import type { DemoContext, DemoKey } from "./demo-context";
import { otherAccount } from "./demo-customer-keys";

const USE = ["Decrypt", "Encrypt", "GenerateDataKey"];

/** Grants as services and teams leave them: service-linked roles, EC2 volumes, apps, other accounts. */
export function buildGrants(ctx: DemoContext, dk: DemoKey): void {
  const { key } = dk;
  const { rng } = ctx;
  if (key.KeySpec !== "SYMMETRIC_DEFAULT" || key.KeyState === "PendingImport") return;
  const acct = key.AWSAccountId;
  /** `flags`: what an access review should flag for this grant, written by hand (see POLICY_FLAGS). */
  const add = (g: Omit<Grant, "GrantId" | "GrantToken" | "CreationDate" | "IssuingAccount">, flags: string[]) => {
    key.expectedAccessFlags = [...new Set([...(key.expectedAccessFlags ?? []), ...flags])];
    const created = Math.floor(key.CreationDate + rng.next() * Math.min(ctx.now - key.CreationDate, 400 * DAY));
    const grant: Grant = { GrantId: rng.hex(64), GrantToken: rng.hex(128), CreationDate: created, IssuingAccount: rootArn(acct), ...g };
    key.grants.push(grant);
    const caller = ctx.roleCaller(acct, dk.app?.role ?? "ci-deploy", created);
    ctx.api({
      time: created,
      key,
      account: acct,
      region: key.Region,
      caller,
      client: dk.service ? { service: dk.service === "ebs" ? "ec2" : dk.service } : "terraform",
      eventName: "CreateGrant",
      readOnly: false,
      request: { keyId: key.KeyId, granteePrincipal: g.GranteePrincipal, retiringPrincipal: g.RetiringPrincipal, operations: g.Operations, constraints: g.Constraints },
      response: { grantId: grant.GrantId },
    });
  };
  if (dk.service === "rds") add({ GranteePrincipal: `arn:aws:iam::${acct}:role/aws-service-role/rds.amazonaws.com/AWSServiceRoleForRDS`, Operations: [...USE, "ReEncryptFrom", "ReEncryptTo", "CreateGrant", "RetireGrant", "DescribeKey"] }, [
      "unconstrained-grant",
      "grant-onward",
    ]);
  if (dk.service === "ebs") {
    for (let i = rng.int(1, 3); i > 0; i--) {
      add({ GranteePrincipal: `${acct}:aws:ec2-infrastructure:i-0${rng.hex(16)}`, Operations: ["Decrypt"], Constraints: { EncryptionContextSubset: { "aws:ebs:id": `vol-0${rng.hex(16)}` } } }, []);
    }
  }
  if (dk.service === "lambda") {
    const fn = `arn:aws:lambda:${key.Region}:${acct}:function:${dk.app?.role ?? "worker"}-handler`;
    add({ GranteePrincipal: `arn:aws:iam::${acct}:role/${dk.app?.role ?? "worker"}`, Operations: ["Decrypt"], Constraints: { EncryptionContextEquals: { "aws:lambda:FunctionArn": fn } } }, []);
  }
  if (key.KeyManager === "AWS") return;
  if (rng.chance(0.35)) {
    add({
      Name: `${dk.app?.role ?? "app"}-access`,
      GranteePrincipal: `arn:aws:iam::${acct}:role/${dk.app?.role ?? "ci-deploy"}`,
      RetiringPrincipal: rng.chance(0.5) ? `arn:aws:iam::${acct}:role/ci-deploy` : undefined,
      Operations: USE,
    }, ["unconstrained-grant"]);
  }
  if (rng.chance(0.1)) add({ GranteePrincipal: `arn:aws:iam::${acct}:role/${dk.app?.role ?? "ci-deploy"}`, Operations: ["Decrypt", "GenerateDataKey"], Constraints: { EncryptionContextSubset: { tenant: `t-${rng.int(1000, 9999)}` } } }, []);
  if (rng.chance(0.08)) {
    const other = otherAccount(ctx, acct);
    add({ Name: "cross-account-read", GranteePrincipal: `arn:aws:iam::${other}:role/${rng.pick(APPS[other]!).role}`, Operations: ["Decrypt", "DescribeKey"] }, ["unconstrained-grant"]);
  }
}
