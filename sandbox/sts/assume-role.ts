import { AwsError } from "../core/errors";
import { isoSeconds } from "../core/time-format";
import { roleSessionCaller, type Caller } from "../auth/caller";
import type { World } from "../world";
import { trailDate } from "../kms/trail-shape";

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/([\w+=,.@/-]+)$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const MAX_SESSION_SECONDS = 3600;

export type StsResult = { result: Record<string, unknown>; resources: string[]; responseElements: unknown; roleAccount?: string };

const validation = (message: string) => new AwsError("ValidationError", message);

/**
 * AssumeRole into a role the fleet defines. Roles trust their own account and the organisation's
 * home account (where Keywarden runs); the session acts in the role's account.
 */
export function assumeRole(world: World, caller: Caller, params: URLSearchParams, now: number): StsResult {
  const roleArn = params.get("RoleArn") ?? "";
  const sessionName = params.get("RoleSessionName") ?? "";
  const duration = Number(params.get("DurationSeconds") ?? "3600");
  if (roleArn.length < 20 || roleArn.length > 2048) throw validation(`1 validation error detected: Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`);
  if (!SESSION_NAME.test(sessionName)) throw validation(`1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`);
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) throw validation(`1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`);
  const m = ROLE_ARN.exec(roleArn);
  const account = m ? world.fleet.accounts.find((a) => a.accountId === m[1]) : undefined;
  const roleName = m?.[2]?.split("/").pop();
  const trusted = caller.accountId === m?.[1] || caller.accountId === world.fleet.homeAccount;
  if (!account || !roleName || !account.roles.includes(roleName) || !trusted) {
    throw new AwsError("AccessDenied", `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
  }
  if (duration > MAX_SESSION_SECONDS) throw validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
  const session = world.credentials.issueSession(roleArn, sessionName, duration, now);
  const assumed = roleSessionCaller(roleArn, sessionName, session.accessKeyId, now);
  const expiration = isoSeconds(session.expiration);
  return {
    result: {
      Credentials: { AccessKeyId: session.accessKeyId, SecretAccessKey: session.secretAccessKey, SessionToken: session.sessionToken, Expiration: expiration },
      AssumedRoleUser: { AssumedRoleId: assumed.principalId, Arn: assumed.arn },
      PackedPolicySize: undefined,
    },
    resources: [roleArn],
    responseElements: {
      credentials: { accessKeyId: session.accessKeyId, expiration: trailDate(session.expiration) },
      assumedRoleUser: { assumedRoleId: assumed.principalId, arn: assumed.arn },
    },
    roleAccount: account.accountId,
  };
}
