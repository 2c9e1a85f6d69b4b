import type { z } from "zod";
import { err, type Err } from "@/lib/result";

/** A zod failure as the typed error the browser gets: the first problem, and one per field. */
export function inputError(error: z.ZodError): Err {
  const named = error.issues.map((i) => [i.path.map(String).join(".") || "input", i.message] as const);
  const [field, message] = named[0] ?? ["input", "Invalid input"];
  return err("invalid_input", field === "input" ? message : `${field}: ${message}`, Object.fromEntries([...named].reverse()));
}
