import { keyArn } from "../core/arn";
import type { KmsKey } from "./model";

export const arnOf = (key: KmsKey) => keyArn(key.Region, key.AWSAccountId, key.KeyId);
