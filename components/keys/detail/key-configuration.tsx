import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { Facts, type Fact } from "@/components/ui/facts";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { cn } from "@/components/ui/cn";
import { KeyStateBadge } from "../key-state-badge";
import { keyStateStyle } from "../key-state-style";

const mono = (v: string | null) => (v ? <span className="font-mono text-xs">{v}</span> : null);
const list = (values: string[]) => (values.length ? values.join(", ") : null);

export function KeyGeneral({ k }: { k: KeyDetail }) {
  const items: Fact[] = [
    ["KeyState", <KeyStateBadge key="s" state={k.keyState} deletionDate={k.deletionDate} />],
    ["Key id", mono(k.keyId)],
    ["Account", <span key="a">{k.accountName ? `${k.accountName} · ` : ""}<span className="font-mono text-xs">{k.accountId}</span></span>],
    ["Region", mono(k.region)],
    ["Description", k.description || null],
    ["KeyManager", k.keyManager],
    ["Origin", k.origin],
    ["Created", formatDateTime(k.creationDate)],
  ];
  if (k.deletionDate) items.push(["Deletion date", <span key="d" className={cn("font-medium", keyStateStyle("PendingDeletion").text)}>{formatDateTime(k.deletionDate)}{k.pendingDeletionWindowInDays ? ` (${k.pendingDeletionWindowInDays}-day window)` : ""}</span>]);
  if (k.validTo || k.expirationModel) items.push(["Key material expires", k.validTo ? formatDate(k.validTo) : k.expirationModel]);
  if (k.customKeyStoreId) items.push(["Custom key store", mono(k.customKeyStoreId)]);
  if (k.cloudHsmClusterId) items.push(["CloudHSM cluster", mono(k.cloudHsmClusterId)]);
  if (k.xksKeyId) items.push(["External key id", mono(k.xksKeyId)]);
  if (k.currentKeyMaterialId) items.push(["Current key material", mono(k.currentKeyMaterialId)]);
  return (
    <Card>
      <CardHeader title="General configuration" />
      <Facts items={items} className="p-5" />
    </Card>
  );
}

export function KeyCrypto({ k }: { k: KeyDetail }) {
  const c = k.crypto;
  const items: Fact[] = [
    ["KeySpec", c.keySpec],
    ["KeyUsage", c.keyUsage],
  ];
  if (c.encryptionAlgorithms.length) items.push(["Encryption algorithms", list(c.encryptionAlgorithms)]);
  if (c.signingAlgorithms.length) items.push(["Signing algorithms", list(c.signingAlgorithms)]);
  if (c.macAlgorithms.length) items.push(["MAC algorithms", list(c.macAlgorithms)]);
  if (c.keyAgreementAlgorithms.length) items.push(["Key agreement algorithms", list(c.keyAgreementAlgorithms)]);
  return (
    <Card>
      <CardHeader title="Cryptographic configuration" />
      <Facts items={items} className="p-5" />
    </Card>
  );
}
