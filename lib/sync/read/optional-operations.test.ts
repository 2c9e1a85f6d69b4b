import { describe, expect, it } from "vitest";
import { AwsCallError, classifyAwsError } from "@/lib/aws/calls/aws-error";
import { OptionalOperations, UNAVAILABLE } from "./optional-operations";

const context = { service: "kms" as const, operation: "GetKeyLastUsage", accountId: "111122223333", region: "eu-west-1" };
const callError = (error: unknown) => new AwsCallError(context, classifyAwsError(error, true), 1, error);
const html500 = Object.assign(new SyntaxError("Unexpected token '<'"), { $responseBodyText: "<html>Internal Server Error</html>", $metadata: { httpStatusCode: 500 } });
const unknownOp = Object.assign(new Error("Unknown operation"), { name: "UnknownOperationException", $fault: "client", $metadata: { httpStatusCode: 400 } });
const throttled = Object.assign(new Error("slow down"), { name: "ThrottlingException", $fault: "client", $metadata: { httpStatusCode: 400 } });

describe("OptionalOperations", () => {
  it.each([["an HTML 500", html500], ["UnknownOperationException", unknownOp]])("asks an endpoint that answers %s once, however many calls wait", async (_, error) => {
    const ops = new OptionalOperations();
    let calls = 0;
    const call = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw callError(error);
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => ops.call("GetKeyLastUsage", call)));
    expect(answers.every((a) => a === UNAVAILABLE)).toBe(true);
    expect(calls).toBe(1);
    expect(ops.isUnavailable("GetKeyLastUsage")).toBe(true);
    expect(ops.isUnavailable("ListKeyRotations")).toBe(false);
  });

  it("lets the calls go in parallel once the endpoint answered, and passes other failures on", async () => {
    const ops = new OptionalOperations();
    expect(await ops.call("ListKeyRotations", async () => "first")).toBe("first");
    await expect(ops.call("ListKeyRotations", async () => Promise.reject(callError(throttled)))).rejects.toThrow(/ThrottlingException/);
    expect(ops.isUnavailable("ListKeyRotations")).toBe(false);
    expect(await ops.call("ListKeyRotations", async () => "again")).toBe("again");
  });

  it("merges into the stored list: new ones added, ones that answered this run removed, others kept", async () => {
    const ops = new OptionalOperations();
    await ops.call("ListKeyRotations", async () => Promise.reject(callError(unknownOp)));
    await ops.call("GetKeyLastUsage", async () => ({}));
    expect(ops.merge(["GetKeyLastUsage"])).toEqual(["ListKeyRotations"]);
    expect(new OptionalOperations().merge(["GetKeyLastUsage"])).toEqual(["GetKeyLastUsage"]);
  });
});
