/**
 * How a key's material can rotate, from what DescribeKey said (KMS-FACTS.md, Rotation):
 * automatic and on-demand for symmetric keys with KMS-generated material; on demand only for
 * symmetric keys with imported material (new material is imported first); never for asymmetric
 * and HMAC keys, nor for keys in a custom key store.
 */
export type RotationSupport = "automatic-and-on-demand" | "on-demand-only" | "not-rotatable-key-type" | "not-rotatable-key-store";

export function rotationSupport(key: { keySpec: string; origin: string; customKeyStoreId: string | null }): RotationSupport {
  if (key.keySpec !== "SYMMETRIC_DEFAULT") return "not-rotatable-key-type";
  if (key.customKeyStoreId || (key.origin !== "AWS_KMS" && key.origin !== "EXTERNAL")) return "not-rotatable-key-store";
  return key.origin === "EXTERNAL" ? "on-demand-only" : "automatic-and-on-demand";
}
