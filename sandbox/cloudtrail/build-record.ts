import { isoSeconds } from "../core/time-format";
import type { TrailRecord } from "./trail-record";

export type ApiCallFacts = {
  time: number;
  eventSource: string;
  eventName: string;
  region: string;
  userIdentity: Record<string, unknown>;
  sourceIPAddress: string;
  userAgent: string;
  requestParameters: unknown;
  responseElements: unknown;
  errorCode?: string;
  errorMessage?: string;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources: string[];
  recipientAccountId: string;
  eventVersion?: string;
  additionalEventData?: Record<string, unknown>;
};

const RESOURCE_TYPES: [RegExp, string][] = [
  [/^arn:aws:kms:[^:]*:\d{12}:key\//, "AWS::KMS::Key"],
  [/^arn:aws:kms:[^:]*:\d{12}:alias\//, "AWS::KMS::Alias"],
  [/^arn:aws:iam::\d{12}:role\//, "AWS::IAM::Role"],
  [/^arn:aws:cloudtrail:/, "AWS::CloudTrail::Trail"],
];

export function resourceEntries(arns: string[]) {
  return [...new Set(arns)].map((ARN) => ({
    accountId: ARN.split(":")[4]!,
    type: RESOURCE_TYPES.find(([re]) => re.test(ARN))?.[1] ?? "AWS::KMS::Key",
    ARN,
  }));
}

export function apiCallRecord(f: ApiCallFacts): TrailRecord {
  const r: TrailRecord = {
    eventVersion: f.eventVersion ?? "1.11",
    userIdentity: f.userIdentity,
    eventTime: isoSeconds(f.time),
    eventSource: f.eventSource,
    eventName: f.eventName,
    awsRegion: f.region,
    sourceIPAddress: f.sourceIPAddress,
    userAgent: f.userAgent,
    requestParameters: f.requestParameters,
    responseElements: f.responseElements,
    requestID: f.requestID,
    eventID: f.eventID,
    readOnly: f.readOnly,
    resources: resourceEntries(f.resources),
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: f.recipientAccountId,
    eventCategory: "Management",
  };
  if (f.errorCode) {
    r.errorCode = f.errorCode;
    r.errorMessage = f.errorMessage;
  }
  if (f.additionalEventData) r.additionalEventData = f.additionalEventData;
  return r;
}

export type ServiceEventFacts = {
  time: number;
  eventName: string;
  region: string;
  accountId: string;
  keyArn: string;
  eventID: string;
  serviceEventDetails?: Record<string, unknown>;
};

/** KMS's own events (RotateKey, DeleteKey, DeleteExpiredKeyMaterial) as the Developer Guide shows them. */
export function serviceEventRecord(f: ServiceEventFacts): TrailRecord {
  return {
    eventVersion: "1.11",
    userIdentity: { accountId: f.accountId, invokedBy: "AWS Internal" },
    eventTime: isoSeconds(f.time),
    eventSource: "kms.amazonaws.com",
    eventName: f.eventName,
    awsRegion: f.region,
    sourceIPAddress: "AWS Internal",
    userAgent: "AWS Internal",
    requestParameters: null,
    responseElements: null,
    eventID: f.eventID,
    readOnly: false,
    resources: resourceEntries([f.keyArn]),
    eventType: "AwsServiceEvent",
    managementEvent: true,
    recipientAccountId: f.accountId,
    serviceEventDetails: f.serviceEventDetails,
    eventCategory: "Management",
  };
}
