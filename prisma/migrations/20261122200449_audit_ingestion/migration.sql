-- CreateTable
CREATE TABLE "AuditPruneHorizon" (
    "accountId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "prunedBefore" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditPruneHorizon_pkey" PRIMARY KEY ("accountId","region")
);

-- CreateIndex
CREATE INDEX "QuarantinedRecord_source_location_idx" ON "QuarantinedRecord"("source", "location");
