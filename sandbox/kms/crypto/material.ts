import { createHash, generateKeyPairSync } from "node:crypto";
import type { World } from "../../world";
import { specInfo } from "../key-spec";
import { isMultiRegion, type KmsKey } from "../model";

/** Symmetric and HMAC material is derived, not stored: every Region of a multi-Region key agrees. */
export function secretMaterial(secret: string, key: KmsKey, version: number): Buffer {
  return createHash("sha256").update(`${secret}|${key.AWSAccountId}|${key.KeyId}|${version}`).digest();
}

/** Asymmetric key pairs are generated on first use (RSA 4096 takes seconds) and kept in state. */
export function privateKeyPem(w: World, key: KmsKey): string {
  if (key.privateKeyPem) return key.privateKeyPem;
  const node = specInfo(key.KeySpec)?.node;
  if (!node) throw new Error(`no key pair for ${key.KeySpec}`);
  const pair =
    node.type === "rsa"
      ? generateKeyPairSync("rsa", { modulusLength: node.bits })
      : node.type === "ec"
        ? generateKeyPairSync("ec", { namedCurve: node.curve })
        : generateKeyPairSync("ed25519");
  const pem = pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const set = isMultiRegion(key) ? w.kms.multiRegionSet(key.AWSAccountId, key.KeyId) : [key];
  for (const k of set) k.privateKeyPem = pem;
  return pem;
}
