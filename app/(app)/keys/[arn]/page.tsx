import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { getKeyDetail } from "@/lib/queries/key-detail/get-key-detail";
import { KeyDetailView } from "@/components/keys/detail/key-detail-view";

type Props = { params: Promise<{ arn: string }> };

// The segment is the ARN, URL-encoded (":" and "/" included); tolerate it arriving decoded once more.
async function arnOf(params: Props["params"]): Promise<string> {
  const raw = (await params).arn;
  try {
    return raw.includes("%") ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const arn = await arnOf(params);
  return { title: arn.split("/").pop() ?? "Key" };
}

export default async function KeyPage({ params }: Props) {
  const arn = await arnOf(params);
  const user = await guardPage("inventory:read", `/keys/${encodeURIComponent(arn)}`);
  const key = await getKeyDetail(getPrisma(), arn);
  if (!key) notFound();
  return <KeyDetailView k={key} canRefresh={can(user.role, "sync:run")} />;
}
