import type { Caller } from "../auth/caller";
import type { World } from "../world";

/** Everything one KMS request handler sees; handlers are synchronous and run to completion. */
export type KmsContext = {
  world: World;
  op: string;
  caller: Caller;
  region: string;
  now: number;
  requestId: string;
  eventId: string;
  /** Key ARNs the call touched, for the CloudTrail record's `resources`. */
  resources: string[];
  /** What CloudTrail logs as responseElements (null unless the operation sets it). */
  trailResponse: unknown;
  /** Records the same call leaves in other Regions (ReplicateKey logs CreateKey in the replica's Region). */
  relatedRecords: RelatedRecord[];
};

export type RelatedRecord = { region: string; eventName: string; requestParameters: unknown; responseElements: unknown; resources: string[] };
