export type MutantStatus = "Killed" | "Survived" | "Timeout" | "NoCoverage" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";

export type ModuleScore = { score: number; killed: number; survived: number; timeout: number; noCoverage: number };

/**
 * Stryker's mutation score: timeouts count as killed, mutants no test covers as survived; mutants
 * that do not compile or were ignored do not count at all.
 */
export function moduleScore(statuses: readonly MutantStatus[]): ModuleScore {
  const count = (status: MutantStatus) => statuses.filter((s) => s === status).length;
  const [killed, survived, timeout, noCoverage] = [count("Killed"), count("Survived"), count("Timeout"), count("NoCoverage")];
  const valid = killed + survived + timeout + noCoverage;
  const score = valid === 0 ? 0 : Math.round(((killed + timeout) / valid) * 10_000) / 100;
  return { score, killed, survived, timeout, noCoverage };
}
