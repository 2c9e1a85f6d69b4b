export type SyntheticWorld = { random: () => number; sequence: number };

const OPERATIONS: [string, number, boolean][] = [
  ["Decrypt", 0.55, true],
  ["GenerateDataKey", 0.2, true],
  ["Encrypt", 0.1, true],
  ["DescribeKey", 0.05, true],
  ["GenerateDataKeyWithoutPlaintext", 0.04, true],
  ["ReEncrypt", 0.02, true],
  ["CreateGrant", 0.02, false],
  ["RetireGrant", 0.01, false],
  ["PutKeyPolicy", 0.005, false],
  ["TagResource", 0.005, false],
];
const ROLES = ["payments-api", "ledger-worker", "etl-runner", "analytics-reader", "ci-deploy", "security-scanner"];
const SERVICES = ["secretsmanager.amazonaws.com", "s3.amazonaws.com", "rds.amazonaws.com", "lambda.amazonaws.com"];
const OTHER = [["sts.amazonaws.com", "AssumeRole"], ["s3.amazonaws.com", "GetBucketAcl"], ["ec2.amazonaws.com", "DescribeInstances"]] as const;

const pick = <T>(w: SyntheticWorld, items: readonly T[]): T => items[Math.floor(w.random() * items.length)]!;

function uuid(w: SyntheticWorld): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(w.random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

function operation(w: SyntheticWorld): [string, boolean] {
  let r = w.random();
  for (const [name, share, readOnly] of OPERATIONS) {
    if ((r -= share) <= 0) return [name, readOnly];
  }
  return ["Decrypt", true];
}

/** One realistic CloudTrail record (shaped like the real ones in lib/audit/fixtures). */
export function syntheticRecord(w: SyntheticWorld, account: string, region: string, at: number, otherService: boolean): Record<string, unknown> {
  // Usage is skewed as in real fleets: a few hot keys, each used mostly by the one service that owns it.
  const key = Math.floor(400 * w.random() ** 3);
  const role = w.random() < 0.9 ? ROLES[key % ROLES.length]! : pick(w, ROLES);
  const session = `${role}-${Math.floor(w.random() * 40)}`;
  const keyId = `${String(key).padStart(8, "0")}-1111-4222-a333-${account}`;
  const keyArn = `arn:aws:kms:${region}:${account}:key/${keyId}`;
  const viaService = w.random() < 0.3 ? pick(w, SERVICES) : undefined;
  const [eventSource, eventName, readOnly] = otherService ? [...pick(w, OTHER), true] : ["kms.amazonaws.com", ...operation(w)];
  const failed = w.random() < 0.02;
  w.sequence++;
  return {
    eventVersion: "1.08",
    userIdentity: {
      type: "AssumedRole",
      principalId: `AROAEXAMPLE${Math.floor(w.random() * 1e6)}:${session}`,
      arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
      accountId: account,
      accessKeyId: `ASIAEXAMPLE${Math.floor(w.random() * 1e8)}`,
      sessionContext: {
        sessionIssuer: { type: "Role", principalId: "AROAEXAMPLE", arn: `arn:aws:iam::${account}:role/${role}`, accountId: account, userName: role },
        webIdFederationData: {},
        attributes: { creationDate: new Date(at - 600_000).toISOString().replace(/\.\d+Z$/, "Z"), mfaAuthenticated: "false" },
      },
      ...(viaService ? { invokedBy: viaService } : {}),
    },
    eventTime: new Date(at).toISOString().replace(/\.\d+Z$/, "Z"),
    eventSource,
    eventName,
    awsRegion: region,
    sourceIPAddress: viaService ?? `10.${Math.floor(w.random() * 255)}.${Math.floor(w.random() * 255)}.${Math.floor(w.random() * 255)}`,
    userAgent: viaService ?? "aws-sdk-java/2.25.60 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.11+9-LTS Java/17.0.11 vendor/Amazon.com_Inc. md/internal exec-env/AWS_ECS_FARGATE",
    ...(failed ? { errorCode: "AccessDenied", errorMessage: `User: arn:aws:sts::${account}:assumed-role/${role}/${session} is not authorized to perform: kms:${eventName}` } : {}),
    requestParameters: eventName === "Decrypt" ? { encryptionAlgorithm: "SYMMETRIC_DEFAULT", encryptionContext: { "aws:s3:arn": `arn:aws:s3:::bucket-${account}/object-${w.sequence}` } } : { keyId: w.random() < 0.5 ? keyArn : keyId, keySpec: "AES_256", encryptionContext: { service: role } },
    responseElements: null,
    requestID: uuid(w),
    eventID: uuid(w),
    readOnly,
    resources: [{ accountId: account, type: "AWS::KMS::Key", ARN: keyArn }],
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: "Management",
    tlsDetails: { tlsVersion: "TLSv1.3", cipherSuite: "TLS_AES_128_GCM_SHA256", clientProvidedHostHeader: `kms.${region}.amazonaws.com` },
  };
}
