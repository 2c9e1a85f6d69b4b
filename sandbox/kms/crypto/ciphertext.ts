import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * The sandbox's ciphertext blob: it names the key (id, account, Region) and the material
 * version, so Decrypt works without a KeyId and after rotations, as with KMS's own format.
 */
export type BlobHeader = { keyId: string; account: string; region: string; version: number };

const FORMAT = 0x4b;

export function sealBlob(header: BlobHeader, material: Buffer, plaintext: Buffer, context: Record<string, string>): Buffer {
  const iv = randomBytes(12);
  const head = encodeHeader(header);
  const cipher = createCipheriv("aes-256-gcm", material, iv);
  cipher.setAAD(Buffer.concat([head, aad(context)]));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([head, iv, cipher.getAuthTag(), body]);
}

export function readHeader(blob: Buffer): { header: BlobHeader; headLength: number } | undefined {
  if (blob.length < 4 || blob[0] !== FORMAT) return undefined;
  const idLen = blob[1]!;
  const regionLen = blob[2 + idLen];
  if (regionLen === undefined) return undefined;
  const regionStart = 3 + idLen;
  const accountStart = regionStart + regionLen;
  const headLength = accountStart + 12 + 2;
  if (blob.length < headLength + 28) return undefined;
  return {
    header: {
      keyId: blob.subarray(2, 2 + idLen).toString("latin1"),
      region: blob.subarray(regionStart, accountStart).toString("latin1"),
      account: blob.subarray(accountStart, accountStart + 12).toString("latin1"),
      version: blob.readUInt16BE(accountStart + 12),
    },
    headLength,
  };
}

/** Returns undefined when the blob was altered or the encryption context differs. */
export function openBlob(blob: Buffer, headLength: number, material: Buffer, context: Record<string, string>): Buffer | undefined {
  const iv = blob.subarray(headLength, headLength + 12);
  const tag = blob.subarray(headLength + 12, headLength + 28);
  try {
    const decipher = createDecipheriv("aes-256-gcm", material, iv);
    decipher.setAAD(Buffer.concat([blob.subarray(0, headLength), aad(context)]));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(blob.subarray(headLength + 28)), decipher.final()]);
  } catch {
    return undefined;
  }
}

function encodeHeader(h: BlobHeader): Buffer {
  const id = Buffer.from(h.keyId, "latin1");
  const region = Buffer.from(h.region, "latin1");
  const version = Buffer.alloc(2);
  version.writeUInt16BE(h.version);
  return Buffer.concat([Buffer.from([FORMAT, id.length]), id, Buffer.from([region.length]), region, Buffer.from(h.account, "latin1"), version]);
}

const aad = (context: Record<string, string>) =>
  Buffer.from(JSON.stringify(Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
