import { formatNumber } from "@/components/ui/format";
import { TableFooter } from "@/components/tables/table-footer";

type Props = { loaded: number; total: number; fetching: boolean; error: string | null; onRetry: () => void };

export function KeyTableFooter({ loaded, total, ...rest }: Props) {
  return <TableFooter noun="keys" statusTestId="key-table-status" status={`Showing ${formatNumber(loaded)} of ${formatNumber(total)} ${total === 1 ? "key" : "keys"}`} {...rest} />;
}
