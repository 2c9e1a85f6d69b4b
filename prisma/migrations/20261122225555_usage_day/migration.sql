-- Daily sums of UsageRollup by one dimension at a time, kept by ingestion in the statement that writes
-- the rollups. Identifiers compare in the "C" collation, as in UsageRollup.
CREATE TABLE "UsageDay" (
    "day" TIMESTAMPTZ(3) NOT NULL,
    "dimension" TEXT COLLATE "C" NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "errorCode" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "calls" BIGINT NOT NULL,

    CONSTRAINT "UsageDay_pkey" PRIMARY KEY ("dimension","day","name","errorCode")
);

-- What was ingested before this table existed.
INSERT INTO "UsageDay" (day, dimension, name, "errorCode", calls)
SELECT date_trunc('day', hour, 'UTC'),
  CASE WHEN GROUPING(operation) = 0 THEN 'operation' WHEN GROUPING("keyArn") = 0 THEN 'key' ELSE 'principal' END,
  COALESCE(operation, "keyArn", "principalArn"), "errorCode", sum(calls)
FROM "UsageRollup"
GROUP BY GROUPING SETS ((date_trunc('day', hour, 'UTC'), operation, "errorCode"), (date_trunc('day', hour, 'UTC'), "keyArn", "errorCode"),
  (date_trunc('day', hour, 'UTC'), "principalArn", "errorCode"));
