export type Flags = { values: Map<string, string>; switches: Set<string> };
export type Parsed<T> = { ok: true; data: T } | { ok: false; message: string };

/** `--name value` and `--switch` flags; anything else, or a flag given twice, is an error. */
export function readFlags(argv: readonly string[], valued: readonly string[], switches: readonly string[]): Parsed<Flags> {
  const flags: Flags = { values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flags.values.has(name) || flags.switches.has(name)) return { ok: false, message: `${name} given twice` };
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return { ok: false, message: `${name} needs a value` };
      flags.values.set(name, value);
    } else if (switches.includes(name) && inline === undefined) {
      flags.switches.add(name);
    } else {
      return { ok: false, message: `unknown argument "${arg}"` };
    }
  }
  return { ok: true, data: flags };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO-8601 date or time (a date alone means its start, UTC). */
export function parseIsoTime(text: string): Date | undefined {
  if (!ISO_TIME.test(text)) return undefined;
  const withZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(text.includes("T") ? withZone : `${text}T00:00:00Z`);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}
