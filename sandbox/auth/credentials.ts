import { randomBytes } from "node:crypto";
import { roleSessionCaller, userCaller, type Caller } from "./caller";

export type StaticCredential = { accessKeyId: string; secretAccessKey: string; accountId: string; userName: string };

export type Session = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Wall-clock expiry: the SDK refreshes credentials by its own clock, not the sandbox's. */
  expiration: number;
  roleArn: string;
  sessionName: string;
  createdAt: number;
};

export type Resolved =
  | { kind: "known"; caller: Caller; secret: string; sessionToken?: string; expiration?: number }
  | { kind: "default"; caller: Caller }
  | { kind: "unrecognized" };

/** Expired sessions are kept this long so callers get ExpiredToken rather than "invalid". */
const EXPIRED_RETENTION_MS = 24 * 3600_000;

export class CredentialRegistry {
  private readonly statics = new Map<string, StaticCredential>();
  private readonly sessions = new Map<string, Session>();
  /** Callers are derived (hashing their ARNs), so each is made once per access key. */
  private readonly callers = new Map<string, Caller>();

  constructor(
    statics: StaticCredential[],
    private readonly defaultAccount: string,
  ) {
    for (const s of statics) this.statics.set(s.accessKeyId, s);
  }

  resolve(accessKeyId: string): Resolved {
    const s = this.statics.get(accessKeyId);
    if (s) return { kind: "known", caller: this.caller(accessKeyId, () => userCaller(s.accountId, s.userName, accessKeyId)), secret: s.secretAccessKey };
    const session = this.sessions.get(accessKeyId);
    if (session) {
      const caller = this.caller(accessKeyId, () => roleSessionCaller(session.roleArn, session.sessionName, accessKeyId, session.createdAt));
      return { kind: "known", caller, secret: session.secretAccessKey, sessionToken: session.sessionToken, expiration: session.expiration };
    }
    // Temporary keys only come from this sandbox's STS: an unknown one is a forged or stale token.
    if (accessKeyId.startsWith("ASIA")) return { kind: "unrecognized" };
    return { kind: "default", caller: this.caller(accessKeyId, () => userCaller(this.defaultAccount, "sandbox-caller", accessKeyId)) };
  }

  issueSession(roleArn: string, sessionName: string, durationSeconds: number, createdAt: number): Session {
    this.purge();
    const session: Session = {
      accessKeyId: `ASIA${randomKeyChars(16)}`,
      secretAccessKey: randomBytes(30).toString("base64"),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(180).toString("base64")}`,
      expiration: Date.now() + durationSeconds * 1000,
      roleArn,
      sessionName,
      createdAt,
    };
    this.sessions.set(session.accessKeyId, session);
    return session;
  }

  private caller(accessKeyId: string, make: () => Caller): Caller {
    let c = this.callers.get(accessKeyId);
    if (!c) {
      if (this.callers.size > 10_000) this.callers.clear();
      c = make();
      this.callers.set(accessKeyId, c);
    }
    return c;
  }

  exportSessions(): Session[] {
    this.purge();
    return [...this.sessions.values()];
  }

  importSessions(sessions: Session[]): void {
    for (const s of sessions) this.sessions.set(s.accessKeyId, s);
    this.purge();
  }

  private purge(): void {
    const cutoff = Date.now() - EXPIRED_RETENTION_MS;
    for (const [id, s] of this.sessions) {
      if (s.expiration >= cutoff) continue;
      this.sessions.delete(id);
      this.callers.delete(id);
    }
  }
}

function randomKeyChars(n: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  return [...randomBytes(n)].map((b) => alphabet[b % 32]).join("");
}
