import { Card, CardHeader } from "@/components/ui/card";

export function EnvironmentFacts(facts: { database: string; aws: string; regions: string; signIn: string }) {
  const rows: [string, string][] = [
    ["AWS", facts.aws],
    ["Regions", facts.regions],
    ["Database", facts.database],
    ["Sign-in", facts.signIn],
  ];
  return (
    <Card>
      <CardHeader title="This installation" />
      <dl className="divide-y divide-border text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="flex justify-between gap-4 px-5 py-2.5">
            <dt className="text-muted">{k}</dt>
            <dd className="text-right font-medium">{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
