export type Timing = { p50: number; p95: number; max: number };

/** Milliseconds per call of `fn` over `runs` calls after `warmups` untimed ones (a warm cache). */
export async function time(fn: () => Promise<unknown>, runs: number, warmups = 2): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}
