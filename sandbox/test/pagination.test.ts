import {
  CreateKeyCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  ListRetirableGrantsCommand,
  CreateGrantCommand,
  RevokeGrantCommand,
  TagResourceCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;

beforeAll(async () => {
  sandbox = await start({ fleet: "bench:250" });
  c = clientsFor(sandbox);
});
afterAll(() => sandbox.stop());

describe("pagination as KMS does it", () => {
  it("ListKeys walks every key once with Marker/NextMarker/Truncated, default Limit 100", async () => {
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await c.kms.send(new ListKeysCommand({ Marker: marker }));
      pages++;
      expect(page.Keys!.length).toBeLessThanOrEqual(100);
      seen.push(...page.Keys!.map((k) => k.KeyId!));
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      marker = page.NextMarker;
    } while (marker);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
  });

  it("keys created between pages appear at most once, and a foreign marker is InvalidMarkerException", async () => {
    const first = await c.kms.send(new ListKeysCommand({ Limit: 100 }));
    for (let i = 0; i < 5; i++) await c.kms.send(new CreateKeyCommand({}));
    const seen = first.Keys!.map((k) => k.KeyId!);
    let marker = first.NextMarker;
    while (marker) {
      const page = await c.kms.send(new ListKeysCommand({ Limit: 100, Marker: marker }));
      seen.push(...page.Keys!.map((k) => k.KeyId!));
      marker = page.NextMarker;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(250);
    const e = await errorOf(c.kms.send(new ListKeysCommand({ Marker: "not-a-marker" })));
    expect(e.name).toBe("InvalidMarkerException");
    const aliasPage = await c.kms.send(new ListAliasesCommand({ Limit: 5 }));
    expect((await errorOf(c.kms.send(new ListKeysCommand({ Marker: aliasPage.NextMarker }))))).toMatchObject({ name: "InvalidMarkerException" });
  });

  it("ListAliases pages at most 100, default 50", async () => {
    const page = await c.kms.send(new ListAliasesCommand({}));
    expect(page.Aliases!.length).toBe(50);
    expect(page.Truncated).toBe(true);
    const all: string[] = [];
    let marker: string | undefined;
    do {
      const p = await c.kms.send(new ListAliasesCommand({ Limit: 100, Marker: marker }));
      all.push(...p.Aliases!.map((a) => a.AliasName!));
      marker = p.NextMarker;
    } while (marker);
    expect(all.length).toBe(250);
  });

  it("ListGrants and ListResourceTags page within one key; revoked grants do not break a walk", async () => {
    const KeyId = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const g = await c.kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: `arn:aws:iam::111122223333:role/r${i}`, RetiringPrincipal: "arn:aws:iam::111122223333:role/ci", Operations: ["Decrypt"] }));
      ids.push(g.GrantId!);
    }
    const p1 = await c.kms.send(new ListGrantsCommand({ KeyId, Limit: 3 }));
    expect(p1.Grants!.map((g) => g.GrantId)).toEqual(ids.slice(0, 3));
    await c.kms.send(new RevokeGrantCommand({ KeyId, GrantId: ids[2]! }));
    const p2 = await c.kms.send(new ListGrantsCommand({ KeyId, Limit: 3, Marker: p1.NextMarker }));
    expect(p2.Grants!.map((g) => g.GrantId)).toEqual(ids.slice(3, 6));
    const retirable = await c.kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: "arn:aws:iam::111122223333:role/ci" }));
    expect(retirable.Grants!.length).toBe(6);
    await c.kms.send(new TagResourceCommand({ KeyId, Tags: Array.from({ length: 12 }, (_, i) => ({ TagKey: `t${i}`, TagValue: "v" })) }));
    const t1 = await c.kms.send(new ListResourceTagsCommand({ KeyId, Limit: 10 }));
    const t2 = await c.kms.send(new ListResourceTagsCommand({ KeyId, Limit: 10, Marker: t1.NextMarker }));
    expect([...t1.Tags!, ...t2.Tags!].map((t) => t.TagKey)).toEqual(Array.from({ length: 12 }, (_, i) => `t${i}`));
    expect(t2.Truncated).toBe(false);
  });
});
