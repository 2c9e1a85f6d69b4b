import { startSandbox } from "./index";
import { parseArgs } from "./parse-args";

async function main(): Promise<void> {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`sandbox: ${(e as Error).message}`);
    process.exit(2);
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (e) {
    console.error(`sandbox: ${(e as Error).message}`);
    process.exit(2);
  }
  console.log(`Sandbox ready at ${sandbox.url}`);
  console.log(`fleet ${options.fleet ?? "demo"}: ${sandbox.world.kms.keyCount()} keys, ${sandbox.world.events.totalEvents()} CloudTrail events (built in ${Math.round(sandbox.fleetBuildMs)} ms)`);
  console.log(`credentials: AWS_ACCESS_KEY_ID=${sandbox.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${sandbox.credentials.secretAccessKey} AWS_ENDPOINT_URL=${sandbox.url}`);
  const shutdown = () => {
    void sandbox.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

void main();
