import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES_DIR = path.join(import.meta.dirname, "..", "fixtures");

export const TRAIL_FILES = {
  awsDocs: "awsdocs-aws-kms-developer-guide.cloudtrail.json",
  invictus: "invictus-ir-aws_dataset.kms.cloudtrail.json",
  mixedDelivery: "invictus-ir-aws_dataset.raw-mixed-delivery-file.json",
} as const;

export type FixtureRecord = Record<string, unknown> & { eventID: string; eventName: string; eventSource: string };

export const fixtureText = (name: string) => readFileSync(path.join(FIXTURES_DIR, name), "utf8");

export function trailRecords(name: string): FixtureRecord[] {
  return (JSON.parse(fixtureText(name)) as { Records: FixtureRecord[] }).Records;
}

export type PantherCase = { ruleId: string; testName: string; expectedResult: boolean; record: FixtureRecord };
export const pantherCases = () => JSON.parse(fixtureText("panther-analysis.kms-rule-tests.json")) as PantherCase[];

export type MalformedBlock = { file: string; block: number; parseError: string; raw: string };
export const malformedBlocks = () => JSON.parse(fixtureText("awsdocs-aws-kms-developer-guide.malformed-blocks.json")) as MalformedBlock[];

/**
 * Every fixture as trail log files in `dir`: the three delivery files as they are, Panther's records
 * wrapped in {"Records": [...]}, and AWS's malformed blocks placed, as published, between two valid
 * records of one file.
 */
export function writeFixtureTrail(dir: string): { files: string[] } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const name of Object.values(TRAIL_FILES)) {
    writeFileSync(path.join(dir, name), fixtureText(name));
    files.push(name);
  }
  writeFileSync(path.join(dir, "panther.json"), JSON.stringify({ Records: pantherCases().map((c) => c.record) }));
  const [first, second] = trailRecords(TRAIL_FILES.invictus);
  const blocks = malformedBlocks().map((b) => b.raw);
  writeFileSync(path.join(dir, "malformed.json"), `{"Records": [${[JSON.stringify(first), ...blocks, JSON.stringify(second)].join(",\n")}]}`);
  files.push("panther.json", "malformed.json");
  return { files };
}
