import type { AccessEdge } from "../types";

/** A principal as a reviewer reads it: `role/app` rather than its whole ARN, `account root` for an account. */
export function principalLabel(edge: Pick<AccessEdge, "principal" | "principalType">): string {
  if (edge.principalType === "everyone") return "Everyone (*)";
  if (edge.principalType === "account") return "Account root (every IAM identity allowed by IAM)";
  const arn = /^arn:aws[a-z-]*:(?:iam|sts)::\d{12}:(.+)$/.exec(edge.principal);
  return arn?.[1] ?? edge.principal;
}
