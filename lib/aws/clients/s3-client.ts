import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { s3NextContinuationToken } from "./paginate";
import { PAGE_SIZE_LIMITS } from "../limits/quotas";
import type { ServiceClient } from "./service-client";

/** For reading CloudTrail log files from a trail's bucket. */
export const S3_COMMANDS = {
  ListObjectsV2: ListObjectsV2Command,
  GetObject: GetObjectCommand,
  HeadObject: HeadObjectCommand,
};

export type S3Operation = keyof typeof S3_COMMANDS;
export type S3Client = ServiceClient<typeof S3_COMMANDS, "ListObjectsV2">;

export const S3_PAGING = {
  ListObjectsV2: {
    tokenIn: "ContinuationToken",
    sizeIn: "MaxKeys",
    maxSize: PAGE_SIZE_LIMITS.s3.ListObjectsV2.max,
    next: s3NextContinuationToken,
  },
};
