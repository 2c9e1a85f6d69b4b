// CI shows only the last lines of a run. A failed step's causes are printed again at the very end,
// a few lines each, so that tail names what failed and why.

const ANSI = /\x1b\[[0-9;]*m/g;
const MAX_LINES = 14;

/** Vitest's unhandled-error headers, its failed-test headers, and Playwright's numbered failures. */
const HEADER = /^(⎯+ (Unhandled (Rejection|Exception|Error)|Uncaught Exception) ⎯+|\s*FAIL\s.+ > .+|\s+\d+\) \[.+\] › .+)$/;
const DETAIL = /^\s*(\w*Error|Error|AssertionError|TimeoutError|expect\(|Expected|Received)\b/;
const ORIGIN = /^(This error originated in "[^"]+"|The latest test that might've caused the error is "[^"]*")/;

export function failureSummary(log: string): string[] {
  const lines = log.replace(ANSI, "").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_LINES; i++) {
    const line = lines[i]!;
    if (!HEADER.test(line)) continue;
    out.push(line.replace(/⎯+/g, "").trim());
    const block = blockAfter(lines, i);
    const detail = block.find((l) => DETAIL.test(l));
    if (detail) out.push(`  ${detail.trim()}`);
    for (const o of block.filter((l) => ORIGIN.test(l))) out.push(`  ${o.match(ORIGIN)![1]}`);
  }
  return out.slice(0, MAX_LINES);
}

/** The lines of one failure: up to the next rule or the next failure. */
function blockAfter(lines: string[], header: number): string[] {
  const block: string[] = [];
  for (let i = header + 1; i < lines.length && i < header + 60; i++) {
    const line = lines[i]!;
    if (line.startsWith("⎯") || HEADER.test(line)) break;
    block.push(line);
  }
  return block;
}

/** Counts vitest's "Errors  N error(s)" line: unhandled errors fail the run without failing a test. */
export function unhandledErrorCount(log: string): number {
  const m = log.replace(ANSI, "").match(/^\s*Errors\s+(\d+) errors?/m);
  return m ? Number(m[1]) : 0;
}
