-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'operator', 'approver', 'admin');

-- CreateTable
CREATE TABLE "AwsAccount" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "roleArn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AwsAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountRegion" (
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "statusMessage" TEXT,
    "lastFullSyncAt" TIMESTAMPTZ(3),
    "lastIncrementalSyncAt" TIMESTAMPTZ(3),
    "lastCompleteListingAt" TIMESTAMPTZ(3),
    "trailCoverage" TEXT NOT NULL DEFAULT 'unknown',
    "trailCheckedAt" TIMESTAMPTZ(3),
    "lookupWatermark" TIMESTAMPTZ(3),
    "backfillCursor" TIMESTAMPTZ(3),
    "backfillCompletedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AccountRegion_pkey" PRIMARY KEY ("accountId","region")
);

-- CreateTable
CREATE TABLE "KmsKey" (
    "arn" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "keyState" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "keyManager" TEXT NOT NULL,
    "keySpec" TEXT NOT NULL,
    "keyUsage" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "creationDate" TIMESTAMPTZ(3) NOT NULL,
    "deletionDate" TIMESTAMPTZ(3),
    "pendingDeletionWindowInDays" INTEGER,
    "validTo" TIMESTAMPTZ(3),
    "expirationModel" TEXT,
    "customKeyStoreId" TEXT,
    "cloudHsmClusterId" TEXT,
    "xksKeyId" TEXT,
    "currentKeyMaterialId" TEXT,
    "encryptionAlgorithms" TEXT[],
    "signingAlgorithms" TEXT[],
    "macAlgorithms" TEXT[],
    "keyAgreementAlgorithms" TEXT[],
    "multiRegion" BOOLEAN NOT NULL DEFAULT false,
    "multiRegionKeyType" TEXT,
    "primaryKeyArn" TEXT,
    "primaryRegion" TEXT,
    "replicaKeys" JSONB,
    "rotationEnabled" BOOLEAN,
    "rotationPeriodInDays" INTEGER,
    "nextRotationDate" TIMESTAMPTZ(3),
    "onDemandRotationStartDate" TIMESTAMPTZ(3),
    "onDemandRotationCount" INTEGER NOT NULL DEFAULT 0,
    "lastUsedAt" TIMESTAMPTZ(3),
    "lastUsedOperation" TEXT,
    "lastUsageTrackingStartAt" TIMESTAMPTZ(3),
    "lastUsageCheckedAt" TIMESTAMPTZ(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "contentHash" TEXT NOT NULL DEFAULT '',
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "KmsKey_pkey" PRIMARY KEY ("arn")
);

-- CreateTable
CREATE TABLE "KmsAlias" (
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "aliasName" TEXT NOT NULL,
    "aliasArn" TEXT NOT NULL,
    "targetKeyId" TEXT,
    "keyArn" TEXT,
    "creationDate" TIMESTAMPTZ(3),
    "lastUpdatedDate" TIMESTAMPTZ(3),
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KmsAlias_pkey" PRIMARY KEY ("accountId","region","aliasName")
);

-- CreateTable
CREATE TABLE "KmsGrant" (
    "keyArn" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "name" TEXT,
    "granteePrincipal" TEXT,
    "retiringPrincipal" TEXT,
    "issuingAccount" TEXT,
    "operations" TEXT[],
    "constraints" JSONB,
    "creationDate" TIMESTAMPTZ(3),
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KmsGrant_pkey" PRIMARY KEY ("keyArn","grantId")
);

-- CreateTable
CREATE TABLE "KeyPolicy" (
    "keyArn" TEXT NOT NULL,
    "policyName" TEXT NOT NULL DEFAULT 'default',
    "policyText" TEXT NOT NULL,
    "parsed" JSONB,
    "parseError" TEXT,
    "contentHash" TEXT NOT NULL,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KeyPolicy_pkey" PRIMARY KEY ("keyArn","policyName")
);

-- CreateTable
CREATE TABLE "KeyTag" (
    "keyArn" TEXT NOT NULL,
    "tagKey" TEXT NOT NULL,
    "tagValue" TEXT NOT NULL,

    CONSTRAINT "KeyTag_pkey" PRIMARY KEY ("keyArn","tagKey")
);

-- CreateTable
CREATE TABLE "KeyRotation" (
    "keyArn" TEXT NOT NULL,
    "rotationDate" TIMESTAMPTZ(3) NOT NULL,
    "rotationType" TEXT NOT NULL,
    "keyMaterialId" TEXT,

    CONSTRAINT "KeyRotation_pkey" PRIMARY KEY ("keyArn","rotationDate")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "requestedById" UUID,
    "scope" JSONB,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "owner" TEXT,
    "totalUnits" INTEGER NOT NULL DEFAULT 0,
    "doneUnits" INTEGER NOT NULL DEFAULT 0,
    "keysSeen" INTEGER NOT NULL DEFAULT 0,
    "keysCreated" INTEGER NOT NULL DEFAULT 0,
    "keysUpdated" INTEGER NOT NULL DEFAULT 0,
    "keysDeleted" INTEGER NOT NULL DEFAULT 0,
    "callsTotal" INTEGER NOT NULL DEFAULT 0,
    "throttlesTotal" INTEGER NOT NULL DEFAULT 0,
    "operations" JSONB NOT NULL DEFAULT '{}',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncRunTarget" (
    "runId" UUID NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "keysListed" INTEGER NOT NULL DEFAULT 0,
    "keysDone" INTEGER NOT NULL DEFAULT 0,
    "listingComplete" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "message" TEXT,

    CONSTRAINT "SyncRunTarget_pkey" PRIMARY KEY ("runId","accountId","region")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "eventId" TEXT NOT NULL,
    "eventTime" TIMESTAMPTZ(3) NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "eventSource" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "readOnly" BOOLEAN,
    "eventType" TEXT,
    "principalType" TEXT,
    "principalArn" TEXT,
    "principalAccountId" TEXT,
    "sessionIssuerArn" TEXT,
    "invokedBy" TEXT,
    "sourceIp" TEXT,
    "userAgent" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "keyArn" TEXT,
    "requestParameters" JSONB,
    "responseElements" JSONB,
    "raw" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    "ingestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "UsageRollup" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "keyArn" TEXT NOT NULL DEFAULT '',
    "principalArn" TEXT NOT NULL DEFAULT '',
    "operation" TEXT NOT NULL,
    "errorCode" TEXT NOT NULL DEFAULT '',
    "calls" INTEGER NOT NULL DEFAULT 0,
    "lastEventAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UsageRollup_pkey" PRIMARY KEY ("hour","accountId","region","keyArn","principalArn","operation","errorCode")
);

-- CreateTable
CREATE TABLE "IngestRun" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingested" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "quarantined" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "message" TEXT,

    CONSTRAINT "IngestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestedFile" (
    "source" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "etag" TEXT,
    "size" BIGINT,
    "records" INTEGER NOT NULL DEFAULT 0,
    "ingestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IngestedFile_pkey" PRIMARY KEY ("source","location")
);

-- CreateTable
CREATE TABLE "QuarantinedRecord" (
    "id" BIGSERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "recordIndex" INTEGER,
    "reason" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuarantinedRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "image" TEXT,
    "emailVerified" TIMESTAMPTZ(3),
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthAccount" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "AuthAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "keyArn" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "executedAt" TIMESTAMPTZ(3),
    "resultCode" TEXT,
    "resultMessage" TEXT,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" UUID NOT NULL,
    "changeRequestId" UUID NOT NULL,
    "approverId" UUID NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppAuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,

    CONSTRAINT "AppAuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" UUID NOT NULL,
    "keyArn" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "fingerprint" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountRegion_region_idx" ON "AccountRegion"("region");

-- CreateIndex
CREATE INDEX "KmsKey_accountId_region_deletedAt_idx" ON "KmsKey"("accountId", "region", "deletedAt");

-- CreateIndex
CREATE INDEX "KmsKey_region_keyState_idx" ON "KmsKey"("region", "keyState");

-- CreateIndex
CREATE INDEX "KmsKey_keyState_idx" ON "KmsKey"("keyState");

-- CreateIndex
CREATE INDEX "KmsKey_keyManager_idx" ON "KmsKey"("keyManager");

-- CreateIndex
CREATE INDEX "KmsKey_creationDate_arn_idx" ON "KmsKey"("creationDate", "arn");

-- CreateIndex
CREATE INDEX "KmsKey_lastUsedAt_arn_idx" ON "KmsKey"("lastUsedAt", "arn");

-- CreateIndex
CREATE INDEX "KmsKey_deletionDate_idx" ON "KmsKey"("deletionDate");

-- CreateIndex
CREATE INDEX "KmsKey_keyId_idx" ON "KmsKey"("keyId");

-- CreateIndex
CREATE UNIQUE INDEX "KmsKey_accountId_region_keyId_key" ON "KmsKey"("accountId", "region", "keyId");

-- CreateIndex
CREATE INDEX "KmsAlias_keyArn_idx" ON "KmsAlias"("keyArn");

-- CreateIndex
CREATE INDEX "KmsAlias_aliasName_idx" ON "KmsAlias"("aliasName");

-- CreateIndex
CREATE INDEX "KmsGrant_granteePrincipal_idx" ON "KmsGrant"("granteePrincipal");

-- CreateIndex
CREATE INDEX "KeyTag_tagKey_tagValue_idx" ON "KeyTag"("tagKey", "tagValue");

-- CreateIndex
CREATE INDEX "SyncRun_startedAt_idx" ON "SyncRun"("startedAt");

-- CreateIndex
CREATE INDEX "SyncRun_status_idx" ON "SyncRun"("status");

-- CreateIndex
CREATE INDEX "AuditEvent_eventTime_eventId_idx" ON "AuditEvent"("eventTime" DESC, "eventId" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_keyArn_eventTime_idx" ON "AuditEvent"("keyArn", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_region_eventTime_idx" ON "AuditEvent"("accountId", "region", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_principalArn_eventTime_idx" ON "AuditEvent"("principalArn", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_eventName_eventTime_idx" ON "AuditEvent"("eventName", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_errorCode_eventTime_idx" ON "AuditEvent"("errorCode", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "UsageRollup_keyArn_hour_idx" ON "UsageRollup"("keyArn", "hour");

-- CreateIndex
CREATE INDEX "UsageRollup_principalArn_hour_idx" ON "UsageRollup"("principalArn", "hour");

-- CreateIndex
CREATE INDEX "UsageRollup_hour_operation_idx" ON "UsageRollup"("hour", "operation");

-- CreateIndex
CREATE INDEX "IngestRun_startedAt_idx" ON "IngestRun"("startedAt");

-- CreateIndex
CREATE INDEX "QuarantinedRecord_createdAt_idx" ON "QuarantinedRecord"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuthAccount_userId_idx" ON "AuthAccount"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthAccount_provider_providerAccountId_key" ON "AuthAccount"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_requestedAt_idx" ON "ChangeRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_keyArn_requestedAt_idx" ON "ChangeRequest"("keyArn", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Approval_changeRequestId_approverId_key" ON "Approval"("changeRequestId", "approverId");

-- CreateIndex
CREATE INDEX "AppAuditLog_at_idx" ON "AppAuditLog"("at");

-- CreateIndex
CREATE INDEX "AppAuditLog_actorId_at_idx" ON "AppAuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AppAuditLog_targetType_targetId_idx" ON "AppAuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "Finding_severity_resolvedAt_idx" ON "Finding"("severity", "resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_keyArn_rule_fingerprint_key" ON "Finding"("keyArn", "rule", "fingerprint");

-- AddForeignKey
ALTER TABLE "AccountRegion" ADD CONSTRAINT "AccountRegion_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "AwsAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KmsKey" ADD CONSTRAINT "KmsKey_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "AwsAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KmsAlias" ADD CONSTRAINT "KmsAlias_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KmsGrant" ADD CONSTRAINT "KmsGrant_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyPolicy" ADD CONSTRAINT "KeyPolicy_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyTag" ADD CONSTRAINT "KeyTag_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyRotation" ADD CONSTRAINT "KeyRotation_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncRun" ADD CONSTRAINT "SyncRun_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncRunTarget" ADD CONSTRAINT "SyncRunTarget_runId_fkey" FOREIGN KEY ("runId") REFERENCES "SyncRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthAccount" ADD CONSTRAINT "AuthAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;
