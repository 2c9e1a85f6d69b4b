import packageJson from "../../../package.json";

/**
 * What Keywarden adds to every SDK client's User-Agent: CloudTrail records the header as each
 * event's userAgent, which is how ingestion tells Keywarden's own calls from usage.
 */
export const KEYWARDEN_USER_AGENT_NAME = "keywarden";

/** The marker ingestion looks for in a record's userAgent (`keywarden/<version>`). */
export const KEYWARDEN_USER_AGENT_MARKER = `${KEYWARDEN_USER_AGENT_NAME}/`;

/** The SDK's customUserAgent pair: rendered `keywarden/<version>` in the User-Agent header. */
export const KEYWARDEN_USER_AGENT: [string, string] = [KEYWARDEN_USER_AGENT_NAME, packageJson.version];
