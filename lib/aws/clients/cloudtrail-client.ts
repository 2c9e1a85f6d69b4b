import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTrailsCommand,
  LookupEventsCommand,
} from "@aws-sdk/client-cloudtrail";
import { nextToken } from "./paginate";
import { PAGE_SIZE_LIMITS } from "../limits/quotas";
import type { ServiceClient } from "./service-client";

export const CLOUDTRAIL_COMMANDS = {
  LookupEvents: LookupEventsCommand,
  DescribeTrails: DescribeTrailsCommand,
  GetTrailStatus: GetTrailStatusCommand,
  GetEventSelectors: GetEventSelectorsCommand,
  ListTrails: ListTrailsCommand,
};

export type CloudTrailOperation = keyof typeof CLOUDTRAIL_COMMANDS;
export type CloudTrailClient = ServiceClient<typeof CLOUDTRAIL_COMMANDS, "LookupEvents" | "ListTrails">;

export const CLOUDTRAIL_PAGING = {
  LookupEvents: { tokenIn: "NextToken", sizeIn: "MaxResults", maxSize: PAGE_SIZE_LIMITS.cloudtrail.LookupEvents.max, next: nextToken },
  ListTrails: { tokenIn: "NextToken", next: nextToken },
};
