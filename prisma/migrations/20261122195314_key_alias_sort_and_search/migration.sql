-- AlterTable
ALTER TABLE "KmsKey" ADD COLUMN     "primaryAlias" TEXT;

-- CreateTable
CREATE TABLE "KeySearch" (
    "keyArn" TEXT NOT NULL,
    "trigrams" TEXT[],

    CONSTRAINT "KeySearch_pkey" PRIMARY KEY ("keyArn")
);

-- CreateIndex
CREATE INDEX "KeySearch_trigrams_idx" ON "KeySearch" USING GIN ("trigrams");

-- CreateIndex
CREATE INDEX "KmsKey_primaryAlias_arn_idx" ON "KmsKey"("primaryAlias", "arn");

-- AddForeignKey
ALTER TABLE "KeySearch" ADD CONSTRAINT "KeySearch_keyArn_fkey" FOREIGN KEY ("keyArn") REFERENCES "KmsKey"("arn") ON DELETE CASCADE ON UPDATE CASCADE;
