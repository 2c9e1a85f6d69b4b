import type { SandboxOptions } from "./options";
import { resolveOptions } from "./options";

const FLAGS = ["--port", "--fleet", "--seed", "--state", "--quota-scale", "--faults", "--trail-dir", "--clock", "--host"];

/** CLI flags → SandboxOptions; throws a one-line message on anything it does not understand. */
export function parseArgs(argv: string[]): SandboxOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!FLAGS.includes(flag)) throw new Error(`unknown option "${arg}" (options: ${FLAGS.join(" ")})`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new Error(`${flag} needs a value`);
    values.set(flag, value);
  }
  const num = (flag: string) => {
    const v = values.get(flag);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n)) throw new Error(`${flag} must be a number, got "${v}"`);
    return n;
  };
  const options: SandboxOptions = {
    port: num("--port") ?? 4566,
    host: values.get("--host"),
    fleet: values.get("--fleet") ?? "demo",
    seed: values.get("--seed"),
    state: values.get("--state"),
    quotaScale: num("--quota-scale"),
    faults: values.get("--faults"),
    trailDir: values.get("--trail-dir"),
    clock: values.get("--clock"),
  };
  resolveOptions(options);
  return options;
}
