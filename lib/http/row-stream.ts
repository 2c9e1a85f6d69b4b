import type { z } from "zod";

/**
 * A streamed export's declared output: each row is parsed through the schema on its way out, so a
 * CSV or JSON file of any size carries only whitelisted fields.
 */
export type RowsOutput<R extends z.ZodType> = { kind: "rows"; row: R };

export const rowsOf = <R extends z.ZodType>(row: R): RowsOutput<R> => ({ kind: "rows", row });

/** What an export route's handler returns: the rows as read, how to write them, and the headers. */
export type RowStream<In, Out> = {
  rows: AsyncIterable<In>;
  write: (rows: AsyncIterable<Out>) => AsyncGenerator<string>;
  headers: Record<string, string>;
};

export async function* parseRows<R extends z.ZodType>(rows: AsyncIterable<z.input<R>>, schema: R): AsyncGenerator<z.output<R>> {
  for await (const row of rows) yield schema.parse(row);
}
