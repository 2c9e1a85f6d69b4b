-- Written by hand. KeySearch followed updates of KmsKey with a statement trigger that joined the
-- statement's old and new rows; transition tables have no statistics, so a large upsert could be
-- joined pairwise. A row trigger whose WHEN compares the two versions fires only for keys whose
-- search text really changed, which is rare (an unchanged key is not even written by the sync).
DROP TRIGGER "KmsKey_search_update" ON "KmsKey";

CREATE FUNCTION "keywarden_key_search_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "KeySearch" ("keyArn", "trigrams") VALUES (NEW."arn", "keywarden_trigrams"(NEW."searchText"))
    ON CONFLICT ("keyArn") DO UPDATE SET "trigrams" = EXCLUDED."trigrams";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "KmsKey_search_update"
  AFTER UPDATE OF "searchText" ON "KmsKey"
  FOR EACH ROW WHEN (OLD."searchText" IS DISTINCT FROM NEW."searchText")
  EXECUTE FUNCTION "keywarden_key_search_row"();
