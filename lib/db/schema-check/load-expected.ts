import { readFileSync } from "node:fs";
import internals from "@prisma/internals";
import { expectedShape, type DmmfDatamodel } from "./expected-shape";
import type { DatabaseShape } from "./shape";

/** The shape schema.prisma describes, through Prisma's own parser (getDMMF). */
export async function loadExpectedShape(schemaFile: string): Promise<DatabaseShape> {
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(schemaFile, "utf8") });
  return expectedShape(dmmf.datamodel as unknown as DmmfDatamodel);
}
