import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/require-permission";
import { PageHeader } from "@/components/ui/page-header";
import { PendingArea } from "@/components/ui/pending-area";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage() {
  await guardPage("sync:read", "/sync");
  return (
    <>
      <PageHeader title="Sync" description="Inventory sync runs and CloudTrail ingestion." />
      <PendingArea
        feature="the inventory sync"
        items={[
        "Recent runs with status, progress and duration",
        "Calls and throttles per KMS operation",
        "Errors and skipped regions",
        ]}
      />
    </>
  );
}
