import { TableFooter } from "@/components/tables/table-footer";
import { plural } from "@/components/ui/format";

type Props = { loaded: number; more: boolean; fetching: boolean; error: string | null; onRetry: () => void };

export function AuditTableFooter({ loaded, more, ...rest }: Props) {
  const status = more ? `Showing the newest ${plural(loaded, "event")}; scroll for more` : `${plural(loaded, "event")}: all of this range`;
  return <TableFooter noun="events" statusTestId="audit-table-status" status={status} {...rest} />;
}
