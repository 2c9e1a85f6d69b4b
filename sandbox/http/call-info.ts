/** Facts about one HTTP request that every protocol handler and the CloudTrail record need. */
export type CallInfo = {
  requestId: string;
  sourceIp: string;
  userAgent: string;
  /** A fault to answer instead of doing the work (still logged, as AWS logs failed calls). */
  injected?: "throttle" | "error";
};

export type Reply = { status: number; headers: Record<string, string>; body: string };
