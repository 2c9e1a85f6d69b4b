-- Written by hand. The first version of this function asked for min("aliasName") per key; the
-- planner answers that by walking the aliasName index until it meets the key, which costs the
-- whole alias table per key once there are many aliases. Filtering by keyArn first (GROUP BY keeps
-- the min/max shortcut away) reads only the touched keys' aliases.
CREATE OR REPLACE FUNCTION "keywarden_primary_alias_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  arns text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "keyArn") INTO arns FROM new_aliases WHERE "keyArn" IS NOT NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT t."keyArn") INTO arns
      FROM (SELECT "keyArn" FROM new_aliases UNION ALL SELECT "keyArn" FROM old_aliases) t
     WHERE t."keyArn" IS NOT NULL;
  ELSE
    SELECT array_agg(DISTINCT "keyArn") INTO arns FROM old_aliases WHERE "keyArn" IS NOT NULL;
  END IF;
  IF arns IS NULL THEN
    RETURN NULL;
  END IF;
  UPDATE "KmsKey" k SET "primaryAlias" = b."aliasName"
    FROM (SELECT u."arn", m."aliasName"
            FROM unnest(arns) AS u("arn")
            LEFT JOIN (SELECT a."keyArn", min(a."aliasName") AS "aliasName"
                         FROM "KmsAlias" a WHERE a."keyArn" = ANY (arns) GROUP BY a."keyArn") m ON m."keyArn" = u."arn") b
   WHERE k."arn" = b."arn" AND k."primaryAlias" IS DISTINCT FROM b."aliasName";
  RETURN NULL;
END;
$$;
