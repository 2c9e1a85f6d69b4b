/**
 * The sandbox's only entry point for other code: a local KMS + CloudTrail + STS endpoint.
 * Nothing outside sandbox/ imports anything else from it, and it imports nothing from lib/ or app/.
 */
export { startSandbox, type Sandbox } from "./start-sandbox";
export type { SandboxOptions } from "./options";
export { DEMO_CREDENTIALS, HOME_ACCOUNT, ORG_ACCOUNTS, ORG_REGIONS } from "./fleet/org";
