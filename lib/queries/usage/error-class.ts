import { Prisma } from "@/lib/db/generated/client";

// AccessDenied is how CloudTrail records a KMS call refused by policy or grant; the SDKs name it
// AccessDeniedException. 0 = success, 1 = other error, 2 = access denied.
export const ERROR_CLASS = Prisma.sql`CASE WHEN "errorCode" = '' THEN 0 WHEN "errorCode" IN ('AccessDenied', 'AccessDeniedException') THEN 2 ELSE 1 END`;
