import { readFileSync } from "node:fs";
import { z } from "zod";
import type { GrantInput } from "@/lib/access";
import { err, ok, type Result } from "@/lib/result";

function readText(flag: string, file: string): Result<string> {
  try {
    return ok(readFileSync(file, "utf8"));
  } catch (e) {
    return err("invalid_input", `${flag}: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * The policy file's text, for the model to judge (text that is not a policy is a finding, not an
 * error). A GetKeyPolicy response (`{"Policy": "<text>"}`) is read as the policy it carries.
 */
export function readPolicyFile(file: string): Result<string> {
  const text = readText("--policy", file);
  if (!text.ok) return text;
  try {
    const doc: unknown = JSON.parse(text.data);
    if (doc && typeof doc === "object" && "Policy" in doc && typeof doc.Policy === "string" && !("Statement" in doc)) return ok(doc.Policy);
  } catch {
    // not JSON: the model says so
  }
  return text;
}

const context = z.record(z.string(), z.string());
const listGrants = z.object({
  Grants: z.array(
    z.looseObject({
      GrantId: z.string().optional(),
      Name: z.string().optional(),
      GranteePrincipal: z.string().optional(),
      RetiringPrincipal: z.string().optional(),
      Operations: z.array(z.string()).optional(),
      Constraints: z.object({ EncryptionContextEquals: context.optional(), EncryptionContextSubset: context.optional() }).nullish(),
    }),
  ),
});

/** A ListGrants response (`{"Grants": [...]}`); anything else is a bad argument. */
export function readGrantsFile(file: string): Result<GrantInput[]> {
  const text = readText("--grants", file);
  if (!text.ok) return text;
  let doc: unknown;
  try {
    doc = JSON.parse(text.data);
  } catch (e) {
    return err("invalid_input", `--grants: ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = listGrants.safeParse(doc);
  if (!parsed.success) return err("invalid_input", `--grants: ${file} is not a ListGrants response ({"Grants": [...]}): ${parsed.error.issues[0]!.path.join(".")} ${parsed.error.issues[0]!.message}`);
  return ok(parsed.data.Grants);
}
