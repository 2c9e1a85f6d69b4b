-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "raw" SET DATA TYPE JSON;

-- lz4 compresses the records that exceed the TOAST threshold several times faster than pglz; builds
-- without lz4 (PGlite) keep the default.
DO $$
BEGIN
  ALTER TABLE "AuditEvent" ALTER COLUMN "raw" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END $$;
