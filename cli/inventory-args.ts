import { err, ok, type Result } from "@/lib/result";
import { KEY_FILTER_FIELDS, parseKeyFilter, type KeyFilter } from "@/lib/filters/key-filter";
import type { InventoryFormat } from "@/lib/export/inventory/write-inventory";

export type InventoryArgs = { format: InventoryFormat; filter: KeyFilter };

// `--search` reads better on a command line than the URL's `q`.
const FLAG_NAMES: Record<string, string> = Object.fromEntries([...KEY_FILTER_FIELDS.map((f) => [f, f]), ["search", "q"]]);

export const INVENTORY_USAGE = `usage: npm run inventory -- --json|--csv [${Object.keys(FLAG_NAMES)
  .filter((f) => f !== "q")
  .map((f) => `--${f} <value>`)
  .join("] [")}]`;

/** `--json|--csv` and the Keys page's filters as `--name value` or `--name=value`. */
export function parseInventoryArgs(argv: string[]): Result<InventoryArgs> {
  const formats: InventoryFormat[] = [];
  const params = new URLSearchParams();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json" || arg === "--csv") {
      formats.push(arg.slice(2) as InventoryFormat);
      continue;
    }
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const field = match ? FLAG_NAMES[match[1]!] : undefined;
    if (!match || !field) return err("invalid_input", `unknown option ${JSON.stringify(arg)}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) return err("invalid_input", `--${match[1]} needs a value`);
    params.append(field, value);
  }
  if (formats.length !== 1) return err("invalid_input", "give exactly one of --json or --csv");
  const filter = parseKeyFilter(params);
  if (!filter.ok) return err("invalid_input", `--${filter.message.replace(/^q:/, "search:")}`);
  return ok({ format: formats[0]!, filter: filter.data });
}
