import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/require-permission";
import { PageHeader } from "@/components/ui/page-header";
import { PendingArea } from "@/components/ui/pending-area";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  await guardPage("changes:read", "/approvals");
  return (
    <>
      <PageHeader title="Approvals" description="Rotate, disable and deletion requests, and their second-person approvals." />
      <PendingArea
        feature="guarded changes"
        items={[
        "Change requests waiting for a second person",
        "Who requested, who approved, and what KMS answered",
        ]}
      />
    </>
  );
}
