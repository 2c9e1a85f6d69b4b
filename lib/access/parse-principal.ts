import { isObject, stringList } from "./json-shapes";
import { classifyAwsPrincipal, classifyFederated, type Principal } from "./classify-principal";

export type ParsedPrincipals = { ok: true; principals: Principal[] } | { ok: false; error: string };

/** A statement's `Principal` or `NotPrincipal` in any of its written forms, one entry per principal. */
export function parsePrincipal(raw: unknown): ParsedPrincipals {
  if (raw === "*") return { ok: true, principals: [{ principal: "*", principalType: "everyone", accountId: null }] };
  if (!isObject(raw) || Object.keys(raw).length === 0) {
    return { ok: false, error: `Principal must be "*" or an object such as {"AWS": …}, got ${JSON.stringify(raw)}` };
  }
  const principals: Principal[] = [];
  for (const [kind, value] of Object.entries(raw)) {
    const list = stringList(value);
    if (!list) return { ok: false, error: `Principal ${kind} must be a string or a non-empty list of strings` };
    for (const item of list) {
      if (kind === "AWS") {
        const p = classifyAwsPrincipal(item);
        if (!p) return { ok: false, error: `Principal AWS "${item}" is not an account, root, role, user or assumed-role` };
        principals.push(p);
      } else if (kind === "Service") principals.push({ principal: item, principalType: "service", accountId: null });
      else if (kind === "Federated") principals.push(classifyFederated(item));
      else if (kind === "CanonicalUser") principals.push({ principal: item, principalType: "canonical-user", accountId: null });
      else return { ok: false, error: `Principal has an unknown element "${kind}"` };
    }
  }
  return { ok: true, principals };
}
