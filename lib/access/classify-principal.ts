import type { PrincipalType } from "./types";

export type Principal = { principal: string; principalType: PrincipalType; accountId: string | null };

const ACCOUNT = /^\d{12}$/;
const IAM_ARN = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}):([a-z-]+)(\/.*)?$/i;
const UNIQUE_ID = /^(AROA|AIDA)[A-Z0-9]{8,}$/;

/**
 * What an `AWS` principal string names, or null when it is not a form a key policy accepts.
 * A deleted role or user shows as its unique id (AROA…, AIDA…), with no account.
 */
export function classifyAwsPrincipal(value: string): Principal | null {
  const p = (principalType: PrincipalType, accountId: string | null): Principal => ({ principal: value, principalType, accountId });
  if (value === "*") return p("everyone", null);
  if (ACCOUNT.test(value)) return p("account", value);
  const unique = UNIQUE_ID.exec(value);
  if (unique) return p(unique[1] === "AROA" ? "role" : "user", null);
  const arn = IAM_ARN.exec(value);
  if (!arn) return null;
  const [, service, account, resource, rest] = arn as unknown as [string, string, string, string, string | undefined];
  const kind = `${service.toLowerCase()}:${resource}`;
  if (kind === "iam:root" && !rest) return p("account", account);
  if (!rest || rest.length < 2) return null;
  if (kind === "iam:role") return p("role", account);
  if (kind === "iam:user") return p("user", account);
  if (kind === "sts:assumed-role") return p("assumed-role", account);
  if (kind === "sts:federated-user") return p("federated", account);
  return null;
}

/** A `Federated` principal: a SAML or OIDC provider ARN (in an account), or an identity provider's name. */
export function classifyFederated(value: string): Principal {
  const account = /^arn:aws[a-z-]*:iam::(\d{12}):/i.exec(value)?.[1] ?? null;
  return { principal: value, principalType: "federated", accountId: account };
}

/**
 * A grantee or retiring principal as ListGrants shows it: an IAM ARN, an AWS service principal,
 * or a service's own form such as `111122223333:aws:ec2-infrastructure:i-…` (EBS volumes).
 */
export function classifyGrantPrincipal(value: string): Principal {
  const aws = classifyAwsPrincipal(value);
  if (aws && aws.principalType !== "everyone") return aws;
  const account = /^(\d{12}):/.exec(value)?.[1] ?? null;
  const isService = /\.amazonaws\.com(\.cn)?$/.test(value) || /:aws:/.test(value);
  return { principal: value, principalType: isService ? "service" : "user", accountId: account };
}
