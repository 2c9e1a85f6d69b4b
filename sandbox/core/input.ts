import { AwsError, validationError } from "./errors";

export type Input = Record<string, unknown>;

type StrRule = { min?: number; max?: number; pattern?: RegExp; oneOf?: readonly string[] };

const camel = (field: string) => field[0]!.toLowerCase() + field.slice(1);
const serialization = (field: string, expected: string) =>
  new AwsError("SerializationException", `Start of structure or map found where not expected, or ${field} is not ${expected}`);

/** Reads an optional string member and checks AWS's length, pattern and enum constraints. */
export function optStr(input: Input, field: string, rule: StrRule = {}): string | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw serialization(field, "a string");
  const name = camel(field);
  if (rule.min !== undefined && v.length < rule.min) throw validationError(name, v, `Member must have length greater than or equal to ${rule.min}`);
  if (rule.max !== undefined && v.length > rule.max) throw validationError(name, v, `Member must have length less than or equal to ${rule.max}`);
  if (rule.pattern && !rule.pattern.test(v)) throw validationError(name, v, `Member must satisfy regular expression pattern: ${rule.pattern.source}`);
  if (rule.oneOf && !rule.oneOf.includes(v)) throw validationError(name, v, `Member must satisfy enum value set: [${rule.oneOf.join(", ")}]`);
  return v;
}

export function reqStr(input: Input, field: string, rule: StrRule = {}): string {
  const v = optStr(input, field, rule);
  if (v === undefined) throw validationError(camel(field), undefined, "Member must not be null");
  return v;
}

export function optInt(input: Input, field: string, min: number, max: number): number | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v)) throw serialization(field, "an integer");
  if (v < min) throw validationError(camel(field), v, `Member must have value greater than or equal to ${min}`);
  if (v > max) throw validationError(camel(field), v, `Member must have value less than or equal to ${max}`);
  return v;
}

export function optBool(input: Input, field: string): boolean | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw serialization(field, "a boolean");
  return v;
}

/** Blobs travel base64-encoded in the JSON protocols. */
export function optBlob(input: Input, field: string, min: number, max: number): Buffer | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw serialization(field, "a blob");
  const buf = Buffer.from(v, "base64");
  if (buf.length < min) throw validationError(camel(field), "java.nio.HeapByteBuffer", `Member must have length greater than or equal to ${min}`);
  if (buf.length > max) throw validationError(camel(field), "java.nio.HeapByteBuffer", `Member must have length less than or equal to ${max}`);
  return buf;
}

export function reqBlob(input: Input, field: string, min: number, max: number): Buffer {
  const v = optBlob(input, field, min, max);
  if (v === undefined) throw validationError(camel(field), undefined, "Member must not be null");
  return v;
}

export function optList(input: Input, field: string, max?: number): unknown[] | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw serialization(field, "a list");
  if (max !== undefined && v.length > max) throw validationError(camel(field), `[${v.join(", ")}]`, `Member must have length less than or equal to ${max}`);
  return v;
}

export function optStringMap(input: Input, field: string): Record<string, string> | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw serialization(field, "a map");
  for (const value of Object.values(v as object)) if (typeof value !== "string") throw serialization(field, "a map of strings");
  return v as Record<string, string>;
}
