import { existsSync } from "node:fs";
import { getConfig } from "../lib/config";

export default function globalSetup() {
  const chromium = getConfig().chromiumPath;
  if (!existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. Install it with "apt-get install -y chromium", or set KEYWARDEN_CHROMIUM to its path.`);
  }
}
