import { CloudTrailClient as SdkCloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { KMSClient } from "@aws-sdk/client-kms";
import { S3Client as SdkS3Client } from "@aws-sdk/client-s3";
import { STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { Config } from "@/lib/config";
import { accountCredentials } from "../credentials/account-credentials";
import { roleAccountId } from "../credentials/assume-role";
import { DEFAULT_RETRY_POLICY, type CallDeps, type RetryPolicy } from "../calls/call-aws";
import { CallStats } from "../calls/call-stats";
import { CLOUDTRAIL_COMMANDS, CLOUDTRAIL_PAGING, type CloudTrailClient } from "./cloudtrail-client";
import { createHttpHandler } from "./http-handler";
import { KEYWARDEN_USER_AGENT } from "./user-agent";
import { KMS_COMMANDS, KMS_PAGING, type KmsClient } from "./kms-client";
import { quotaFor, type AwsService } from "../limits/quotas";
import { RateLimiter } from "../limits/rate-limiter";
import { syncRegions } from "../regions";
import { S3_COMMANDS, S3_PAGING, type S3Client } from "./s3-client";
import { ServiceClient, type CommandMap, type PagingTable, type SdkClient } from "./service-client";
import { STS_COMMANDS, type StsClient } from "./sts-client";
import { listAccounts, listTargets, type AccountAccess, type AwsTarget, type TargetRef } from "../targets";

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
  /** Calls in flight (and connections) of one quota pool of one account-Region at most. */
  maxSockets?: number;
  /** Calls in flight at once, every pool of every account-Region together. */
  maxInFlight?: number;
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
  requestHandler: NodeHttpHandler;
  maxAttempts: number;
  customUserAgent: [string, string][];
};

type Create = (config: SdkConfig) => SdkClient;

export function createAwsAccess(options: AwsAccessOptions): AwsAccess {
  const { config } = options;
  const stats = new CallStats();
  const limiter = new RateLimiter({
    quotaFraction: config.quotaFraction,
    quotaScale: options.quotaScale,
    quotaOverrides: options.quotaOverrides,
    adaptive: options.adaptive,
    maxSockets: options.maxSockets,
    maxInFlight: options.maxInFlight,
  });
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const baseCredentials = options.credentials ?? fromNodeProviderChain();
  const handlers: NodeHttpHandler[] = [];
  // Every attempt goes through our limiter and is counted, so the SDK must not retry on its own.
  const sdkConfig = (region: string, credentials: AwsCredentialIdentityProvider, sockets: number): SdkConfig => {
    const requestHandler = createHttpHandler(sockets);
    handlers.push(requestHandler);
    return { region, credentials, requestHandler, maxAttempts: 1, customUserAgent: [KEYWARDEN_USER_AGENT], ...(config.endpointUrl ? { endpoint: config.endpointUrl } : {}) };
  };

  // One SDK client, with its own connections, per (service, account, Region, quota pool): calls
  // of a busy pool queue for their own sockets and never delay another pool's requests.
  const sdkClients = new Map<string, SdkClient>();
  const sdkFor = (service: AwsService, accountId: string, region: string, credentials: () => AwsCredentialIdentityProvider, create: Create) =>
    (operation: string): SdkClient => {
      const { pool } = quotaFor(service, operation, region);
      const key = `${service}/${accountId}/${region}/${pool}`;
      let client = sdkClients.get(key);
      if (!client) {
        // As many connections as the pool may have calls in flight: no request waits for a socket.
        const sockets = limiter.maxInFlightFor({ accountId, region, service, operation });
        client = create(sdkConfig(region, credentials(), sockets));
        sdkClients.set(key, client);
      }
      return client;
    };

  const deps = (credentialsProven: boolean, client: ClientOptions = {}): CallDeps => ({
    limiter,
    stats: client.stats ? [stats, client.stats] : [stats],
    policy,
    credentialsProven,
    signal: client.signal,
  });

  const sts: StsClient = new ServiceClient(
    { service: "sts", accountId: CALLER, region: config.homeRegion },
    sdkFor("sts", CALLER, config.homeRegion, () => baseCredentials, (c) => new STSClient(c)),
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

  const credentialsFor = accountCredentials({
    roleArns: config.accountRoles,
    externalId: config.roleExternalId,
    base: baseCredentials,
    identity,
    assumeRole: (input) => sts.send("AssumeRole", input),
  });

  function serviceClient<C extends CommandMap, P extends keyof C & string>(
    service: AwsService,
    target: TargetRef,
    create: Create,
    commands: C,
    paging: PagingTable<C, P>,
    client: ClientOptions | undefined,
  ): ServiceClient<C, P> {
    const ref = { service, accountId: target.accountId, region: target.region };
    // STS in the home Region vouched for these credentials; elsewhere the same "unrecognized
    // token" answer can only mean the Region is not enabled for the account.
    const proven = target.region !== config.homeRegion;
    const sdk = sdkFor(service, target.accountId, target.region, () => credentialsFor(target.accountId), create);
    return new ServiceClient(ref, sdk, commands, paging, deps(proven, client));
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
    close: () => {
      for (const handler of handlers) handler.destroy();
    },
  };
}
