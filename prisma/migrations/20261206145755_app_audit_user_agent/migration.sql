-- AlterTable
ALTER TABLE "AppAuditLog" ADD COLUMN     "userAgent" TEXT;
