-- Written by hand: triggers that keep the keys table's sort and search helpers in step with what
-- the sync writes, whatever code writes it. schema.prisma declares the columns and indexes; Prisma's
-- schema has no notation for functions and triggers (the diff and the schema-match test ignore them).

-- Distinct three-character substrings of each whitespace-separated word, lowercased. The search
-- computes the trigrams of its words with the same function, so both sides always agree.
CREATE FUNCTION "keywarden_trigrams"(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(w, i, 3)), '{}')
    FROM regexp_split_to_table(lower(coalesce(t, '')), '\s+') AS w,
         generate_series(1, length(w) - 2) AS i
$$;

-- KeySearch follows KmsKey.searchText. Statement-level, so a createMany of thousands of keys costs
-- one INSERT here, and an update that leaves searchText alone costs nothing.
CREATE FUNCTION "keywarden_key_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "KeySearch" ("keyArn", "trigrams")
      SELECT n."arn", "keywarden_trigrams"(n."searchText") FROM new_keys n
      ON CONFLICT ("keyArn") DO UPDATE SET "trigrams" = EXCLUDED."trigrams";
  ELSE
    INSERT INTO "KeySearch" ("keyArn", "trigrams")
      SELECT n."arn", "keywarden_trigrams"(n."searchText")
        FROM new_keys n JOIN old_keys o ON o."arn" = n."arn"
       WHERE n."searchText" IS DISTINCT FROM o."searchText"
      ON CONFLICT ("keyArn") DO UPDATE SET "trigrams" = EXCLUDED."trigrams";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "KmsKey_search_insert"
  AFTER INSERT ON "KmsKey" REFERENCING NEW TABLE AS new_keys
  FOR EACH STATEMENT EXECUTE FUNCTION "keywarden_key_search_sync"();

CREATE TRIGGER "KmsKey_search_update"
  AFTER UPDATE ON "KmsKey" REFERENCING OLD TABLE AS old_keys NEW TABLE AS new_keys
  FOR EACH STATEMENT EXECUTE FUNCTION "keywarden_key_search_sync"();

-- KmsKey.primaryAlias is the first alias name (in sort order) pointing at the key. Each branch
-- reads only the transition tables its event has.
CREATE FUNCTION "keywarden_primary_alias_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    FROM (SELECT u."arn", (SELECT min(a."aliasName") FROM "KmsAlias" a WHERE a."keyArn" = u."arn") AS "aliasName"
            FROM unnest(arns) AS u("arn")) b
   WHERE k."arn" = b."arn" AND k."primaryAlias" IS DISTINCT FROM b."aliasName";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "KmsAlias_primary_alias_insert"
  AFTER INSERT ON "KmsAlias" REFERENCING NEW TABLE AS new_aliases
  FOR EACH STATEMENT EXECUTE FUNCTION "keywarden_primary_alias_sync"();

CREATE TRIGGER "KmsAlias_primary_alias_update"
  AFTER UPDATE ON "KmsAlias" REFERENCING OLD TABLE AS old_aliases NEW TABLE AS new_aliases
  FOR EACH STATEMENT EXECUTE FUNCTION "keywarden_primary_alias_sync"();

CREATE TRIGGER "KmsAlias_primary_alias_delete"
  AFTER DELETE ON "KmsAlias" REFERENCING OLD TABLE AS old_aliases
  FOR EACH STATEMENT EXECUTE FUNCTION "keywarden_primary_alias_sync"();

-- Rows that exist already.
INSERT INTO "KeySearch" ("keyArn", "trigrams")
  SELECT "arn", "keywarden_trigrams"("searchText") FROM "KmsKey"
  ON CONFLICT ("keyArn") DO NOTHING;

UPDATE "KmsKey" k SET "primaryAlias" = a."aliasName"
  FROM (SELECT "keyArn", min("aliasName") AS "aliasName" FROM "KmsAlias" WHERE "keyArn" IS NOT NULL GROUP BY "keyArn") a
 WHERE k."arn" = a."keyArn";
