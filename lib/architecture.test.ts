// The house rules of CODE_STYLE.md that a reader cannot check at a glance: room sizes, no import
// circles, and who may import whom. Plain fs and a small import parser, so it needs no build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const MAX_FILES_PER_FOLDER = 20;
const VAGUE_FOLDER_NAMES = new Set(["utils", "util", "helpers", "misc", "common", "shared", "lib", "stuff", "other"]);

const rel = (file: string) => path.relative(root, file);
const isSource = (name: string) => /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts");

function walk(dir: string, skip: (dir: string) => boolean = () => false): string[] {
  if (!existsSync(dir) || skip(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, skip) : [full];
  });
}

const skipGenerated = (dir: string) => rel(dir) === "lib/db/generated" || dir.endsWith("node_modules");
const sourcesUnder = (room: string) => walk(path.join(root, room), skipGenerated).filter((f) => /\.(ts|tsx)$/.test(f));

/** Every module a file names in an import, export … from, import() or vi.mock(). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)(["'])([^"'\n]+)\1/g;
  for (const match of source.matchAll(pattern)) found.push(match[2]);
  return found;
}

/** The file an `@/` or relative specifier names, or undefined for packages and node: modules. */
export function resolveImport(fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function importsOf(file: string): string[] {
  return importSpecifiers(readFileSync(file, "utf8"))
    .map((specifier) => resolveImport(file, specifier))
    .filter((target): target is string => target !== undefined);
}

/** One circle per strongly connected component (Tarjan), each as a path that returns to its start. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const connect = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = new Set<string>();
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      component.add(member);
      if (member === node) break;
    }
    if (component.size > 1 || graph.get(node)?.includes(node)) cycles.push(circleThrough(node, component, graph));
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

function circleThrough(start: string, component: Set<string>, graph: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const circle = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) circle.splice(1, 0, at);
        return [...circle, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}

describe("the layout of lib/", () => {
  const folders = walk(path.join(root, "lib"), skipGenerated).map((file) => path.dirname(file));

  it(`keeps at most ${MAX_FILES_PER_FOLDER} source files directly in each folder`, () => {
    const counts = new Map<string, number>();
    for (const file of sourcesUnder("lib")) {
      if (isSource(path.basename(file))) counts.set(rel(path.dirname(file)), (counts.get(rel(path.dirname(file))) ?? 0) + 1);
    }
    const crowded = [...counts].filter(([, count]) => count > MAX_FILES_PER_FOLDER).map(([folder, count]) => `${folder}: ${count}`);
    expect(crowded).toEqual([]);
  });

  it("names every folder for what it holds", () => {
    const vague = [...new Set(folders)].filter((folder) => folder !== path.join(root, "lib") && VAGUE_FOLDER_NAMES.has(path.basename(folder))).map(rel);
    expect(vague).toEqual([]);
  });

  it("has no import circle", () => {
    const modules = sourcesUnder("lib").filter((file) => isSource(path.basename(file)));
    const graph = new Map(modules.map((file) => [rel(file), importsOf(file).filter((t) => t.startsWith(`${root}/lib/`)).map(rel)]));
    const circles = findCycles(graph).map((circle) => circle.join(" → "));
    expect(circles).toEqual([]);
  });
});

describe("who imports whom", () => {
  const importers = (room: string, targetRoom: string) =>
    sourcesUnder(room)
      .filter((file) => importsOf(file).some((target) => rel(target).startsWith(`${targetRoom}/`)))
      .map(rel);

  it("keeps the read models off the ingester and the sync", () => {
    expect([...importers("lib/queries", "lib/audit"), ...importers("lib/queries", "lib/sync")]).toEqual([]);
  });

  it("keeps the commands' parsing and printing out of lib/ and app/", () => {
    expect([...importers("lib", "cli"), ...importers("app", "cli")]).toEqual([]);
  });

  it("keeps the sandbox and lib/ apart", () => {
    expect([...importers("sandbox", "lib"), ...importers("lib", "sandbox")]).toEqual([]);
  });

  it("leaves the database client to lib/: nothing in app/ calls getPrisma", () => {
    const callers = sourcesUnder("app").filter((file) => /\bgetPrisma\b/.test(readFileSync(file, "utf8")));
    expect(callers.map(rel)).toEqual([]);
  });
});

describe("what reaches the browser", () => {
  it("gives client components no server-only module, except for its types", () => {
    const clientFiles = [...sourcesUnder("app"), ...sourcesUnder("components")].filter((file) => /^["']use client["']/m.test(readFileSync(file, "utf8")));
    const leaks = clientFiles.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)]
        .map((match) => resolveImport(file, match[1]))
        .filter((target): target is string => target !== undefined && readFileSync(target, "utf8").includes('import "server-only"'))
        .map((target) => `${rel(file)} → ${rel(target)}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe("the import parser", () => {
  it("finds static, re-exported, dynamic and mocked imports", () => {
    const source = `import a from "./a";\nimport type { B } from "@/lib/b";\nexport { c } from "../c";\nimport "server-only";\nconst d = await import("./d");\nvi.mock("@/lib/e", () => ({}));`;
    expect(importSpecifiers(source)).toEqual(["./a", "@/lib/b", "../c", "server-only", "./d", "@/lib/e"]);
  });

  it("prints a circle from its start back to its start", () => {
    const graph = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]]);
  });
});
