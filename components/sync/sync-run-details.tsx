import type { SyncRunView } from "@/lib/queries/sync/sync-run-view";
import { formatNumber } from "@/components/ui/format";
import { SyncStatusBadge } from "./sync-status-badge";

const th = "px-3 py-1.5 text-left text-xs font-medium text-muted";
const td = "px-3 py-1.5";

export function SyncRunDetails({ run }: { run: SyncRunView }) {
  return (
    <div className="space-y-5 bg-surface-2/50 px-5 py-4 text-sm">
      {run.message ? <p>{run.message}</p> : null}
      <p className="text-muted">
        Keys: {formatNumber(run.keys.seen)} seen · {formatNumber(run.keys.created)} new · {formatNumber(run.keys.updated)} changed · {formatNumber(run.keys.deleted)} gone
      </p>
      {run.operations.length ? (
        <table className="w-full max-w-xl" aria-label="Calls per operation">
          <thead>
            <tr>
              <th className={th}>Operation</th>
              <th className={`${th} text-right`}>Calls</th>
              <th className={`${th} text-right`}>Throttles</th>
              <th className={`${th} text-right`}>Errors</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {run.operations.map((o) => (
              <tr key={o.name} className="border-t border-border">
                <td className={`${td} font-mono text-xs`}>{o.name}</td>
                <td className={`${td} text-right`}>{formatNumber(o.calls)}</td>
                <td className={`${td} text-right ${o.throttles ? "text-warn" : ""}`}>{formatNumber(o.throttles)}</td>
                <td className={`${td} text-right ${o.errors ? "text-danger" : ""}`}>{formatNumber(o.errors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-muted">No AWS calls recorded for this run.</p>
      )}
      {run.targets.length ? (
        <table className="w-full" aria-label="Account-regions">
          <thead>
            <tr>
              <th className={th}>Account</th>
              <th className={th}>Region</th>
              <th className={th}>Status</th>
              <th className={`${th} text-right`}>Keys done / listed</th>
              <th className={th}>Listing</th>
              <th className={th}>Note</th>
            </tr>
          </thead>
          <tbody>
            {run.targets.map((t) => (
              <tr key={`${t.accountId}/${t.region}`} className="border-t border-border">
                <td className={`${td} font-mono text-xs`}>{t.accountId}</td>
                <td className={`${td} font-mono text-xs`}>{t.region}</td>
                <td className={td}>
                  <SyncStatusBadge status={t.status} />
                </td>
                <td className={`${td} text-right tabular-nums`}>
                  {formatNumber(t.keysDone)} / {formatNumber(t.keysListed)}
                </td>
                <td className={td}>{t.listingComplete ? "complete" : <span className="text-warn">incomplete</span>}</td>
                <td className={`${td} text-xs text-muted`}>{t.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {run.errors.length ? (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-danger">
            Errors{run.errorCount > run.errors.length ? ` (first ${run.errors.length} of ${formatNumber(run.errorCount)})` : ""}
          </h4>
          <ul className="mt-1 space-y-1" aria-label="Errors">
            {run.errors.map((e, i) => (
              <li key={i} className="font-mono text-xs">
                <span className="text-danger">{e.code}</span> {[e.accountId, e.region, e.operation].filter(Boolean).join(" · ")}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
