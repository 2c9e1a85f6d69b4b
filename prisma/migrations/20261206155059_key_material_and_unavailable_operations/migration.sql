-- AlterTable
ALTER TABLE "AccountRegion" ADD COLUMN     "unavailableOperations" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "KeyRotation" ALTER COLUMN "rotationType" DROP NOT NULL;

-- CreateTable
CREATE TABLE "KeyMaterial" (
    "keyArn" TEXT NOT NULL,
    "keyMaterialId" TEXT NOT NULL,
    "state" TEXT,
    "description" TEXT,
    "importState" TEXT,
    "expirationModel" TEXT,
    "validTo" TIMESTAMPTZ(3),
    "rotationDate" TIMESTAMPTZ(3),
    "rotationType" TEXT,

    CONSTRAINT "KeyMaterial_pkey" PRIMARY KEY ("keyArn","keyMaterialId")
);

-- AddForeignKey
ALTER TABLE "KeyMaterial" ADD CONSTRAINT "KeyMaterial_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;
