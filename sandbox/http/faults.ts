import { AwsError } from "../core/errors";
import { Rng } from "../core/rng";

export type FaultSpec = { throttle: number; error: number; reset: number; latency: [number, number] };
export type Fault = { kind: "none" | "throttle" | "error" | "reset"; delayMs: number };

/** Parses --faults "throttle=0.2,error=0.05,reset=0.02,latency=20-200". */
export function parseFaults(text: string): FaultSpec {
  const spec: FaultSpec = { throttle: 0, error: 0, reset: 0, latency: [0, 0] };
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [name, value] = part.split("=") as [string, string | undefined];
    if (value === undefined) throw new Error(`--faults: "${part}" is not name=value`);
    if (name === "latency") {
      const m = /^(\d+)(?:-(\d+))?$/.exec(value);
      if (!m || Number(m[2] ?? m[1]) < Number(m[1])) throw new Error(`--faults: latency must be <ms> or <min>-<max>, got "${value}"`);
      spec.latency = [Number(m[1]), Number(m[2] ?? m[1])];
    } else if (name === "throttle" || name === "error" || name === "reset") {
      const p = Number(value);
      if (!Number.isFinite(p) || p < 0 || p > 1) throw new Error(`--faults: ${name} must be a probability from 0 to 1, got "${value}"`);
      spec[name] = p;
    } else {
      throw new Error(`--faults: unknown fault "${name}" (throttle, error, reset, latency)`);
    }
  }
  if (spec.throttle + spec.error + spec.reset > 1) throw new Error("--faults: throttle + error + reset must not exceed 1");
  return spec;
}

/** Draws faults from a seeded generator, so a run with the same seed and call order repeats. */
export class FaultInjector {
  private readonly rng: Rng;

  constructor(
    private readonly spec: FaultSpec,
    seed: string,
  ) {
    this.rng = new Rng(`${seed}:faults`);
  }

  next(): Fault {
    const r = this.rng.next();
    const { throttle, error, reset, latency } = this.spec;
    const delayMs = latency[1] > 0 ? this.rng.int(latency[0], latency[1]) : 0;
    const kind = r < throttle ? "throttle" : r < throttle + error ? "error" : r < throttle + error + reset ? "reset" : "none";
    return { kind, delayMs };
  }
}

/** The error each protocol answers for an injected fault. */
export function injectedError(kind: "throttle" | "error", service: "kms" | "cloudtrail" | "sts"): AwsError {
  if (kind === "throttle") {
    if (service === "kms") return new AwsError("ThrottlingException", "You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.");
    return new AwsError(service === "sts" ? "Throttling" : "ThrottlingException", "Rate exceeded");
  }
  if (service === "kms") return new AwsError("KMSInternalException", "The request was rejected because an internal exception occurred. The request can be retried.", 500);
  return new AwsError("InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", 500);
}
