// The access model: who can do what with a key, from its policy and grants. Pure functions.
export { analyseKeyAccess, FLAG_ORDER } from "./analyse-key-access";
export { ALL_OPERATIONS, CRYPTO_OPERATIONS } from "./kms-operations";
export { matchActions } from "./match-actions";
export { operationGroup } from "./operation-group";
export type * from "./types";
