-- Written by hand: rules the database enforces itself, whatever code writes to it. Prisma's schema
-- has no notation for triggers, so schema.prisma only mentions them; `prisma migrate diff` and the
-- schema-match test ignore functions and triggers.

-- AppAuditLog is append-only: a row, once written, is never changed or removed.
CREATE FUNCTION "keywarden_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege', TABLE = TG_TABLE_NAME, HINT = 'Record a new entry instead.';
END;
$$;

CREATE TRIGGER "AppAuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AppAuditLog"
  FOR EACH ROW EXECUTE FUNCTION "keywarden_refuse_change"();

CREATE TRIGGER "AppAuditLog_no_truncate"
  BEFORE TRUNCATE ON "AppAuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "keywarden_refuse_change"();

-- Two-person rule: whoever requested a change can never approve (or reject) it.
-- FOR SHARE makes a concurrent change of the request's requester wait for this check.
CREATE FUNCTION "keywarden_approval_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "ChangeRequest"
    WHERE "id" = NEW."changeRequestId" AND "requestedById" = NEW."approverId"
    FOR SHARE;
  IF FOUND THEN
    RAISE EXCEPTION 'Two-person rule: user % requested change request % and cannot also decide on it', NEW."approverId", NEW."changeRequestId"
      USING ERRCODE = 'check_violation', TABLE = 'Approval', CONSTRAINT = 'Approval_two_person_rule';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Approval_two_person_rule"
  BEFORE INSERT OR UPDATE OF "approverId", "changeRequestId" ON "Approval"
  FOR EACH ROW EXECUTE FUNCTION "keywarden_approval_two_person_rule"();

-- The same rule seen from the other side: a request's requester cannot become one of its approvers.
CREATE FUNCTION "keywarden_requester_two_person_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Approval" WHERE "changeRequestId" = NEW."id" AND "approverId" = NEW."requestedById") THEN
    RAISE EXCEPTION 'Two-person rule: user % already decided on change request % and cannot be its requester', NEW."requestedById", NEW."id"
      USING ERRCODE = 'check_violation', TABLE = 'ChangeRequest', CONSTRAINT = 'Approval_two_person_rule';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ChangeRequest_two_person_rule"
  BEFORE UPDATE OF "requestedById" ON "ChangeRequest"
  FOR EACH ROW EXECUTE FUNCTION "keywarden_requester_two_person_rule"();
