/** A CloudTrail record as CloudTrail writes it (field names are CloudTrail's own). */
export type TrailRecord = {
  eventVersion: string;
  userIdentity: Record<string, unknown>;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: unknown;
  responseElements: unknown;
  additionalEventData?: Record<string, unknown>;
  requestID?: string;
  eventID: string;
  readOnly: boolean;
  resources?: { accountId: string; type: string; ARN: string }[];
  eventType: "AwsApiCall" | "AwsServiceEvent";
  managementEvent: boolean;
  recipientAccountId: string;
  serviceEventDetails?: Record<string, unknown>;
  eventCategory: "Management";
  tlsDetails?: Record<string, unknown>;
};

/** What the store keeps: the record plus its position and the fields LookupEvents matches on. */
export type StoredEvent = { seq: number; time: number; record: TrailRecord };
