import { CreateGrantCommand, CreateKeyCommand, DisableKeyCommand, KMSClient, TagResourceCommand, UpdateKeyDescriptionCommand } from "@aws-sdk/client-kms";
import { WorkPool } from "../run/work-pool";

type Credentials = { accessKeyId: string; secretAccessKey: string };

const client = (url: string, region: string, credentials: Credentials) => new KMSClient({ region, endpoint: url, credentials, maxAttempts: 10 });

/** `count` customer keys with tags and a grant each, made through the SDK (for Regions the bench fleet leaves empty). */
export async function createKeys(url: string, credentials: Credentials, accountId: string, region: string, count: number): Promise<void> {
  const kms = client(url, region, credentials);
  const pool = new WorkPool(32);
  try {
    for (let i = 0; i < count; i++) {
      await pool.run(async () => {
        const key = await kms.send(new CreateKeyCommand({ Description: `bench key ${region} ${i + 1}`, Tags: [{ TagKey: "Team", TagValue: `team-${i % 7}` }] }));
        await kms.send(new CreateGrantCommand({ KeyId: key.KeyMetadata!.Arn!, GranteePrincipal: `arn:aws:iam::${accountId}:role/bench-app-${i % 20}`, Operations: ["Decrypt"] }));
      });
    }
    await pool.drain();
  } finally {
    kms.destroy();
  }
}

/** Changes `arns` through the SDK, spread over several operations (each has its own 5/s quota). */
export async function changeKeys(url: string, credentials: Credentials, region: string, arns: readonly string[]): Promise<void> {
  const kms = client(url, region, credentials);
  const changes = [
    (KeyId: string) => kms.send(new TagResourceCommand({ KeyId, Tags: [{ TagKey: "Changed", TagValue: "bench" }] })),
    (KeyId: string) => kms.send(new UpdateKeyDescriptionCommand({ KeyId, Description: "changed by the bench" })),
    (KeyId: string) => kms.send(new DisableKeyCommand({ KeyId })),
  ];
  const pool = new WorkPool(16);
  try {
    for (const [i, arn] of arns.entries()) {
      await pool.run(async () => {
        await changes[i % changes.length]!(arn);
      });
    }
    await pool.drain();
  } finally {
    kms.destroy();
  }
}
