/** An IAM role or user ARN as its name, with the account; AWS service principals as they are. */
export function principalName(arn: string): { name: string; account: string | null } {
  if (!arn) return { name: "Unknown caller", account: null };
  const m = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):(?:role|user|assumed-role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m ? { name: m[2]!, account: m[1]! } : { name: arn, account: null };
}

export function PrincipalLabel({ arn }: { arn: string }) {
  const p = principalName(arn);
  return (
    <span title={arn || undefined}>
      <span className="font-medium">{p.name}</span>
      {p.account ? <span className="ml-1.5 font-mono text-xs text-muted">{p.account}</span> : null}
    </span>
  );
}
