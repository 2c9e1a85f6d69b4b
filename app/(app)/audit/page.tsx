import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/require-permission";
import { PageHeader } from "@/components/ui/page-header";
import { PendingArea } from "@/components/ui/pending-area";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  await guardPage("audit:read", "/audit");
  return (
    <>
      <PageHeader title="Audit" description="CloudTrail events about your keys." />
      <PendingArea
        feature="CloudTrail ingestion"
        items={[
        "Every KMS call from CloudTrail, filterable by key, principal and error",
        "The raw record of any event",
        "Exports of the filtered events as JSON and CSV",
        ]}
      />
    </>
  );
}
