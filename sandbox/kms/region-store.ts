import type { Alias, KmsKey } from "./model";

/** Keys and aliases of one account in one Region, kept sorted by id so Markers are stable. */
export class RegionStore {
  readonly keys = new Map<string, KmsKey>();
  readonly aliases = new Map<string, Alias>();
  private keyOrder: string[] = [];
  private aliasOrder: string[] = [];

  constructor(
    readonly account: string,
    readonly region: string,
  ) {}

  addKey(key: KmsKey): void {
    if (!this.keys.has(key.KeyId)) insertSorted(this.keyOrder, key.KeyId);
    this.keys.set(key.KeyId, key);
  }

  removeKey(keyId: string): void {
    if (this.keys.delete(keyId)) removeSorted(this.keyOrder, keyId);
  }

  setAlias(alias: Alias): void {
    if (!this.aliases.has(alias.AliasName)) insertSorted(this.aliasOrder, alias.AliasName);
    this.aliases.set(alias.AliasName, alias);
  }

  removeAlias(name: string): void {
    if (this.aliases.delete(name)) removeSorted(this.aliasOrder, name);
  }

  /** Ids after `after` (exclusive), in order: what a page resumes from. */
  keyIdsAfter(after: string | undefined): string[] {
    return sliceAfter(this.keyOrder, after);
  }

  aliasNamesAfter(after: string | undefined): string[] {
    return sliceAfter(this.aliasOrder, after);
  }

  /** Fleets load thousands of keys at once: one sort instead of many inserts. */
  bulkLoad(keys: KmsKey[], aliases: Alias[]): void {
    for (const k of keys) this.keys.set(k.KeyId, k);
    for (const a of aliases) this.aliases.set(a.AliasName, a);
    this.keyOrder = [...this.keys.keys()].sort();
    this.aliasOrder = [...this.aliases.keys()].sort();
  }
}

function lowerBound(list: string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(list: string[], value: string): void {
  list.splice(lowerBound(list, value), 0, value);
}

function removeSorted(list: string[], value: string): void {
  const i = lowerBound(list, value);
  if (list[i] === value) list.splice(i, 1);
}

function sliceAfter(list: string[], after: string | undefined): string[] {
  if (after === undefined) return list;
  const i = lowerBound(list, after);
  return list.slice(list[i] === after ? i + 1 : i);
}
