import type { World } from "../world";

/** GET /_sandbox/accounts: the accounts to inventory, the role to read each, the Regions in use. */
export function accountsView(world: World) {
  return {
    accounts: world.fleet.accounts.map((a) => ({ accountId: a.accountId, name: a.name, roleArn: a.readerRoleArn })),
    regions: world.fleet.regions,
  };
}
