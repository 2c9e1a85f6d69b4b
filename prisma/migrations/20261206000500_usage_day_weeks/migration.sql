-- UsageDay also sums keys and principals per week (Monday, UTC), so that the Overview ranks them
-- over months from a row per week; ingestion writes these rows from now on, and this fills them for
-- the days already summed.
INSERT INTO "UsageDay" (day, dimension, name, "errorCode", calls)
SELECT date_trunc('week', day, 'UTC'), dimension || '-week', name, "errorCode", sum(calls)
FROM "UsageDay"
WHERE dimension IN ('key', 'principal')
GROUP BY 1, 2, 3, 4
ON CONFLICT (dimension, day, name, "errorCode") DO UPDATE SET calls = EXCLUDED.calls;
