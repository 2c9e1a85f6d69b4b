import type { KmsKey } from "./model";
import { RegionStore } from "./region-store";

/** Every account-Region's KMS data. Regions appear on first use, as KMS is in every Region. */
export class KmsStore {
  private readonly regions = new Map<string, RegionStore>();

  region(account: string, region: string): RegionStore {
    const id = `${account}|${region}`;
    let store = this.regions.get(id);
    if (!store) {
      store = new RegionStore(account, region);
      this.regions.set(id, store);
    }
    return store;
  }

  existingRegion(account: string, region: string): RegionStore | undefined {
    return this.regions.get(`${account}|${region}`);
  }

  all(): RegionStore[] {
    return [...this.regions.values()];
  }

  /** All Regions' copies of a multi-Region key in one account. */
  multiRegionSet(account: string, keyId: string): KmsKey[] {
    const out: KmsKey[] = [];
    for (const r of this.regions.values()) {
      if (r.account !== account) continue;
      const k = r.keys.get(keyId);
      if (k) out.push(k);
    }
    return out;
  }

  keyCount(): number {
    let n = 0;
    for (const r of this.regions.values()) n += r.keys.size;
    return n;
  }
}
