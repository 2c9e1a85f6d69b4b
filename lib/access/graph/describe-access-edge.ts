import { operationGroup } from "../operation-group";
import type { AccessEdge } from "../types";
import { describeCondition } from "./describe-condition";
import { principalLabel } from "./principal-label";

const MAX_OPERATIONS = 8;
const VERB = { use: "use the key", manage: "manage the key", grant: "manage its grants" } as const;

/** What one statement or grant allows (or denies) one principal, in a sentence. */
export function describeAccessEdge(e: AccessEdge): string {
  const source = e.source.startsWith("grant:") ? `Grant ${e.source.slice(6, 18)}…` : `Statement “${e.source.slice(7)}”`;
  const who =
    e.principalType === "everyone"
      ? "anyone, in any AWS account,"
      : e.principalType === "service"
        ? `the AWS service ${e.principal}`
        : e.principalType === "account"
          ? `any IAM identity of account ${e.accountId} that IAM allows`
          : `${principalLabel(e)}${e.accountId ? ` in account ${e.accountId}` : ""}`;
  const groups = (["use", "manage", "grant"] as const).filter((g) => e.operations.some((op) => operationGroup(op) === g));
  const verbs = groups.map((g) => VERB[g]).join(", ") || "call no key operation";
  const names = e.operations.map((op) => op.replace(/^kms:/, ""));
  const ops = names.length > MAX_OPERATIONS ? `${names.slice(0, MAX_OPERATIONS).join(", ")} and ${names.length - MAX_OPERATIONS} more` : names.join(", ");
  const when = e.conditions.length ? ` when ${e.conditions.map(describeCondition).join(" and ")}` : "";
  const restricted = e.restrictedBy.length ? ` (only as far as ${e.restrictedBy.join(", ")} allows)` : "";
  const verb = e.effect === "Deny" ? "denies" : "lets";
  return `${source} ${verb} ${who} ${verbs} (${ops})${when}${restricted}.`.replace(/\s+/g, " ");
}
