import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { ServiceClient } from "./service-client";

export const STS_COMMANDS = {
  AssumeRole: AssumeRoleCommand,
  GetCallerIdentity: GetCallerIdentityCommand,
};

export type StsOperation = keyof typeof STS_COMMANDS;
export type StsClient = ServiceClient<typeof STS_COMMANDS>;
