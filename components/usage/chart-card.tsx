import { Card, CardHeader } from "@/components/ui/card";

type Props = { id: string; title: string; description?: React.ReactNode; summary: string; children: React.ReactNode; className?: string };

/** A chart with its title, and a text summary for screen readers (the SVG itself is decoration to them). */
export function ChartCard({ id, title, description, summary, children, className }: Props) {
  return (
    <Card className={className}>
      <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="m-0">
        <div id={`${id}-title`}>
          <CardHeader title={title} description={description} />
        </div>
        <p id={`${id}-summary`} className="sr-only">
          {summary}
        </p>
        <div className="px-3 pb-3 pt-4" aria-hidden>
          {children}
        </div>
      </figure>
    </Card>
  );
}
