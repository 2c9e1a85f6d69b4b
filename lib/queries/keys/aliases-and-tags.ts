import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

export type KeyLabels = { aliasesOf(arn: string): string[]; tagsOf(arn: string): { key: string; value: string }[] };

function groupBy<T, V>(items: T[], key: (t: T) => string, value: (t: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(value(item));
    else out.set(key(item), [value(item)]);
  }
  return out;
}

/** The aliases (by name) and tags (by key) of a page of keys, in two queries. */
export async function aliasesAndTags(db: PrismaClient, arns: string[]): Promise<KeyLabels> {
  const [aliases, tags] = arns.length
    ? await Promise.all([
        db.kmsAlias.findMany({ where: { keyArn: { in: arns } }, select: { keyArn: true, aliasName: true }, orderBy: { aliasName: "asc" } }),
        db.keyTag.findMany({ where: { keyArn: { in: arns } }, select: { keyArn: true, tagKey: true, tagValue: true }, orderBy: { tagKey: "asc" } }),
      ])
    : [[], []];
  const aliasMap = groupBy(aliases, (a) => a.keyArn ?? "", (a) => a.aliasName);
  const tagMap = groupBy(tags, (t) => t.keyArn, (t) => ({ key: t.tagKey, value: t.tagValue }));
  return { aliasesOf: (arn) => aliasMap.get(arn) ?? [], tagsOf: (arn) => tagMap.get(arn) ?? [] };
}
