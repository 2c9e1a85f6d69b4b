import { createHash } from "node:crypto";

/** Who signed a request, resolved from the access key. */
export type Caller = {
  accountId: string;
  arn: string;
  principalId: string;
  accessKeyId: string;
  kind: "IAMUser" | "AssumedRole";
  /** IAM user name, or the role session name (what CloudTrail's Username lookup matches). */
  userName: string;
  session?: { roleName: string; roleId: string; roleArn: string; createdAt: number; mfa?: false };
};

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** IAM unique ids (AIDA…, AROA…) derived from the ARN, so they are stable across restarts. */
export function uniqueId(prefix: "AIDA" | "AROA", arn: string): string {
  const digest = createHash("sha256").update(arn).digest();
  let id = prefix;
  for (let i = 0; id.length < 21; i++) id += BASE32[digest[i]! % 32];
  return id;
}

export function userCaller(accountId: string, userName: string, accessKeyId: string): Caller {
  const arn = `arn:aws:iam::${accountId}:user/${userName}`;
  return { accountId, arn, principalId: uniqueId("AIDA", arn), accessKeyId, kind: "IAMUser", userName };
}

export function roleSessionCaller(roleArn: string, sessionName: string, accessKeyId: string, createdAt: number): Caller {
  const accountId = roleArn.split(":")[4]!;
  const roleName = roleArn.slice(roleArn.lastIndexOf("/") + 1);
  const roleId = uniqueId("AROA", roleArn);
  return {
    accountId,
    arn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`,
    principalId: `${roleId}:${sessionName}`,
    accessKeyId,
    kind: "AssumedRole",
    userName: sessionName,
    session: { roleName, roleId, roleArn, createdAt },
  };
}
