import { performance } from "node:perf_hooks";

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * The sandbox's own time: wall-clock time plus an offset that only grows, so keys can rotate,
 * expire and be deleted without waiting. Monotonic, because CloudTrail history is append-only.
 */
export class SandboxClock {
  private offset: number;
  private last = 0;

  constructor(start?: number) {
    this.offset = start === undefined ? 0 : start - realNow();
  }

  now(): number {
    const t = Math.floor(realNow() + this.offset);
    this.last = Math.max(this.last, t);
    return this.last;
  }

  /** Moves the clock forward; refuses to go back, as AWS's clock does. */
  advanceTo(target: number): void {
    const current = this.now();
    if (target < current) throw new Error(`the clock only moves forward (now ${new Date(current).toISOString()})`);
    this.offset += target - current;
  }
}

function realNow(): number {
  return performance.timeOrigin + performance.now();
}

/** ISO-8601 durations as the admin route accepts them: P30D, PT2H, P1DT12H, PT90S. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m || text === "P" || text.endsWith("T")) return undefined;
  const [d, h, min, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number];
  return ((d * 24 + h) * 60 + min) * 60_000 + s * 1000;
}

export const DAY = 86_400_000;
