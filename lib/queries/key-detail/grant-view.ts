import { z } from "zod";
import type { KmsGrant } from "@/lib/db/generated/client";
import type { KeyGrantView } from "./key-detail";

const context = z.record(z.string(), z.string());
const constraintsSchema = z.object({ EncryptionContextSubset: context.optional(), EncryptionContextEquals: context.optional() }).catch({});

export function toGrantView(g: KmsGrant): KeyGrantView {
  const c = g.constraints === null ? {} : constraintsSchema.parse(g.constraints);
  const constraints: KeyGrantView["constraints"] = [];
  if (c.EncryptionContextEquals) constraints.push({ kind: "EncryptionContextEquals", context: c.EncryptionContextEquals });
  if (c.EncryptionContextSubset) constraints.push({ kind: "EncryptionContextSubset", context: c.EncryptionContextSubset });
  return {
    grantId: g.grantId,
    name: g.name,
    granteePrincipal: g.granteePrincipal,
    retiringPrincipal: g.retiringPrincipal,
    issuingAccount: g.issuingAccount,
    operations: [...g.operations].sort(),
    constraints,
    creationDate: g.creationDate?.toISOString() ?? null,
  };
}

/** The policy as stored, indented for reading when it is JSON. */
export function formatPolicy(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
