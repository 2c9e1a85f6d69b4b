import type { KnownKey } from "../read/known-keys";
import { loadKnownParts } from "../read/known-keys";
import { keyRows, type KeyRows } from "./key-rows";
import type { KeyRead } from "../read/read-key";
import type { TargetContext } from "../run/sync-context";
import { markKeysDeleted, writeKeys } from "./write-keys";

/**
 * Collects fresh key reads and writes only those that differ from the database (content hash),
 * a batch per short transaction. Unchanged keys cost no write at all.
 */
export class KeyWriter {
  private buffer: KeyRows[] = [];
  private gone: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  readonly written = new Set<string>();

  constructor(
    private readonly ctx: TargetContext,
    private readonly known: Map<string, KnownKey>,
  ) {}

  async accept(read: Extract<KeyRead, { kind: "read" }>, aliases: readonly string[]): Promise<void> {
    const known = this.known.get(read.arn);
    const parts = read.failures.length > 0 && known ? await loadKnownParts(this.ctx.db, read.arn) : undefined;
    const rows = keyRows(read.arn, read.metadata, read.parts, aliases, parts);
    if (known && !known.deleted && rows.complete && known.contentHash === rows.key.contentHash) return;
    this.buffer.push(rows);
    if (this.buffer.length >= this.ctx.tuning.writeBatch) await this.flush();
  }

  /** KMS answered NotFound for a listed key: it was deleted in the meantime. */
  async keyGone(arn: string): Promise<void> {
    if (this.known.has(arn) && !this.known.get(arn)!.deleted) this.gone.push(arn);
  }

  /** Writes what is buffered; batches are written one after the other. */
  flush(): Promise<void> {
    const batch = this.buffer;
    const gone = this.gone;
    this.buffer = [];
    this.gone = [];
    this.writing = this.writing.then(() => this.write(batch, gone));
    return this.writing;
  }

  private async write(batch: KeyRows[], gone: string[]): Promise<void> {
    const { db, run } = this.ctx;
    const at = this.ctx.now();
    await writeKeys(db, batch, at);
    for (const rows of batch) {
      this.written.add(rows.key.arn);
      const known = this.known.get(rows.key.arn);
      if (known) run.keysUpdated++;
      else run.keysCreated++;
    }
    run.keysDeleted += await markKeysDeleted(db, gone, at, at);
  }
}
