import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/require-permission";
import { PageHeader } from "@/components/ui/page-header";
import { PendingArea } from "@/components/ui/pending-area";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage() {
  await guardPage("findings:read", "/findings");
  return (
    <>
      <PageHeader title="Findings" description="Risky key policies, grants and usage." />
      <PendingArea
        feature="policy analysis"
        items={[
        "Policies open to Principal \"*\" without conditions",
        "Cross-account access and unconstrained grants",
        "Keys pending deletion that are still in use",
        ]}
      />
    </>
  );
}
