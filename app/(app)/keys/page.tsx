import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/require-permission";
import { PageHeader } from "@/components/ui/page-header";
import { PendingArea } from "@/components/ui/pending-area";

export const metadata: Metadata = { title: "Keys" };

export default async function KeysPage() {
  await guardPage("inventory:read", "/keys");
  return (
    <>
      <PageHeader title="Keys" description="Every KMS key across your accounts and regions." />
      <PendingArea
        feature="the inventory sync"
        items={[
        "Keys by region, with counts by KeyState and KeyManager",
        "A searchable, filterable key table with deep links",
        "Each key's configuration, aliases, tags, grants, policy and rotation",
        ]}
      />
    </>
  );
}
