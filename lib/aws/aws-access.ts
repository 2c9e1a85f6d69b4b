import { CloudTrailClient as SdkCloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { KMSClient } from "@aws-sdk/client-kms";
import { S3Client as SdkS3Client } from "@aws-sdk/client-s3";
import { STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { Config } from "../config";
import { assumeRoleCredentials, roleAccountId } from "./assume-role";
import { DEFAULT_RETRY_POLICY, type CallDeps, type RetryPolicy } from "./call-aws";
import { CallStats } from "./call-stats";
import { CLOUDTRAIL_COMMANDS, CLOUDTRAIL_PAGING, type CloudTrailClient } from "./cloudtrail-client";
import { createHttpHandler } from "./http-handler";
import { KMS_COMMANDS, KMS_PAGING, type KmsClient } from "./kms-client";
import type { AwsService } from "./quotas";
import { RateLimiter } from "./rate-limiter";
import { syncRegions } from "./regions";
import { S3_COMMANDS, S3_PAGING, type S3Client } from "./s3-client";
import { ServiceClient, type CommandMap, type PagingTable, type SdkClient } from "./service-client";
import { STS_COMMANDS, type StsClient } from "./sts-client";
import { listAccounts, listTargets, type AccountAccess, type AwsTarget, type TargetRef } from "./targets";

export type AwsAccessOptions = {
  config: Pick<Config["aws"], "endpointUrl" | "homeRegion" | "regions" | "accountRoles" | "roleExternalId" | "quotaFraction">;
  /** Credentials of the caller's own account; the standard AWS chain when left out. */
  credentials?: AwsCredentialIdentityProvider;
  /** Multiplies AWS's quotas, for a sandbox whose quotas are scaled. */
  quotaScale?: number;
  /** This deployment's raised quotas, keyed "kms:ListGrants". */
  quotaOverrides?: Readonly<Record<string, number>>;
  adaptive?: boolean;
  retry?: Partial<RetryPolicy>;
  maxSockets?: number;
};

export type ClientOptions = {
  /** Counters of one sync run, in addition to the process-wide `stats`. */
  stats?: CallStats;
  /** Cancels every call made through the client (limiter waits and backoffs included). */
  signal?: AbortSignal;
};

export type CallerIdentity = { accountId: string; arn: string };

export type AwsAccess = {
  /** Process-wide call statistics. */
  readonly stats: CallStats;
  readonly limiter: RateLimiter;
  /** Who the default credential chain is (STS GetCallerIdentity, asked once). */
  identity(): Promise<CallerIdentity>;
  accounts(): Promise<AccountAccess[]>;
  /** Every account × Region to sync, in a stable order. */
  targets(): Promise<AwsTarget[]>;
  kms(target: TargetRef, options?: ClientOptions): KmsClient;
  cloudTrail(target: TargetRef, options?: ClientOptions): CloudTrailClient;
  s3(target: TargetRef, options?: ClientOptions): S3Client;
  /** Closes the shared connections; clients must not be used afterwards. */
  close(): void;
};

// STS calls made with the default chain's credentials are limited under this name until
// GetCallerIdentity has said which account they belong to.
const CALLER = "caller";

type SdkConfig = {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint?: string;
  requestHandler: ReturnType<typeof createHttpHandler>;
  maxAttempts: number;
};

export function createAwsAccess(options: AwsAccessOptions): AwsAccess {
  const { config } = options;
  const stats = new CallStats();
  const limiter = new RateLimiter({
    quotaFraction: config.quotaFraction,
    quotaScale: options.quotaScale,
    quotaOverrides: options.quotaOverrides,
    adaptive: options.adaptive,
  });
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const requestHandler = createHttpHandler({ maxSockets: options.maxSockets });
  const baseCredentials = options.credentials ?? fromNodeProviderChain();
  // Every attempt goes through our limiter and is counted, so the SDK must not retry on its own.
  const sdkConfig = (region: string, credentials: AwsCredentialIdentityProvider): SdkConfig => ({
    region,
    credentials,
    requestHandler,
    maxAttempts: 1,
    ...(config.endpointUrl ? { endpoint: config.endpointUrl } : {}),
  });

  const deps = (credentialsProven: boolean, client: ClientOptions = {}): CallDeps => ({
    limiter,
    stats: client.stats ? [stats, client.stats] : [stats],
    policy,
    credentialsProven,
    signal: client.signal,
  });

  const sts: StsClient = new ServiceClient(
    { service: "sts", accountId: CALLER, region: config.homeRegion },
    new STSClient(sdkConfig(config.homeRegion, baseCredentials)),
    STS_COMMANDS,
    {},
    deps(false),
  );

  let identityPromise: Promise<CallerIdentity> | undefined;
  const identity = () => {
    identityPromise ??= sts.send("GetCallerIdentity", {}).then(
      (out) => {
        if (!out.Account || !out.Arn) throw new Error("STS GetCallerIdentity returned no account");
        return { accountId: out.Account, arn: out.Arn };
      },
      (error: unknown) => {
        identityPromise = undefined;
        throw error;
      },
    );
    return identityPromise;
  };

  const roles = config.accountRoles.map((roleArn) => ({ roleArn, accountId: roleAccountId(roleArn) }));
  const accounts = async () => listAccounts((await identity()).accountId, roles);

  const roleCredentials = new Map<string, AwsCredentialIdentityProvider>();
  for (const role of roles) {
    if (roleCredentials.has(role.accountId)) continue;
    roleCredentials.set(
      role.accountId,
      assumeRoleCredentials({
        roleArn: role.roleArn,
        externalId: config.roleExternalId,
        assumeRole: (input) => sts.send("AssumeRole", input),
      }),
    );
  }

  const credentialsFor = (accountId: string): AwsCredentialIdentityProvider =>
    roleCredentials.get(accountId) ??
    (async () => {
      const own = await identity();
      if (own.accountId !== accountId) throw new Error(`no credentials for account ${accountId}: not the caller's account and no role configured`);
      return baseCredentials();
    });

  const sdkClients = new Map<string, SdkClient>();
  const sdkClient = (service: AwsService, target: TargetRef, create: (config: SdkConfig) => SdkClient) => {
    const key = `${service}/${target.accountId}/${target.region}`;
    let client = sdkClients.get(key);
    if (!client) {
      client = create(sdkConfig(target.region, credentialsFor(target.accountId)));
      sdkClients.set(key, client);
    }
    return client;
  };

  function serviceClient<C extends CommandMap, P extends keyof C & string>(
    service: AwsService,
    target: TargetRef,
    create: (config: SdkConfig) => SdkClient,
    commands: C,
    paging: PagingTable<C, P>,
    client: ClientOptions | undefined,
  ): ServiceClient<C, P> {
    const ref = { service, accountId: target.accountId, region: target.region };
    // STS in the home Region vouched for these credentials; elsewhere the same "unrecognized
    // token" answer can only mean the Region is not enabled for the account.
    const proven = target.region !== config.homeRegion;
    return new ServiceClient(ref, sdkClient(service, target, create), commands, paging, deps(proven, client));
  }

  return {
    stats,
    limiter,
    identity,
    accounts,
    targets: async () => listTargets(await accounts(), syncRegions(config.regions)),
    kms: (target, client) => serviceClient("kms", target, (c) => new KMSClient(c), KMS_COMMANDS, KMS_PAGING, client),
    cloudTrail: (target, client) =>
      serviceClient("cloudtrail", target, (c) => new SdkCloudTrailClient(c), CLOUDTRAIL_COMMANDS, CLOUDTRAIL_PAGING, client),
    s3: (target, client) =>
      serviceClient("s3", target, (c) => new SdkS3Client({ ...c, forcePathStyle: Boolean(config.endpointUrl) }), S3_COMMANDS, S3_PAGING, client),
    close: () => requestHandler.destroy(),
  };
}
