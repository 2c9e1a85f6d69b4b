-- DropIndex
DROP INDEX "UsageRollup_hour_operation_idx";

-- DropIndex
DROP INDEX "UsageRollup_keyArn_hour_idx";

-- DropIndex
DROP INDEX "UsageRollup_principalArn_hour_idx";

-- AlterTable
ALTER TABLE "UsageRollup" DROP CONSTRAINT "UsageRollup_pkey",
ADD CONSTRAINT "UsageRollup_pkey" PRIMARY KEY ("keyArn", "hour", "accountId", "region", "principalArn", "operation", "errorCode");
