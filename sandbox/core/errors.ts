/** An error in the shape AWS returns it: a code (`__type`), a message and an HTTP status. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = code;
  }
}

export const notFound = (message: string) => new AwsError("NotFoundException", message);
export const invalidState = (message: string) => new AwsError("KMSInvalidStateException", message);
export const unsupported = (message: string) => new AwsError("UnsupportedOperationException", message);
export const internalError = (message = "An internal error has occurred.") => new AwsError("KMSInternalException", message, 500);
export const throttled = (message: string) => new AwsError("ThrottlingException", message);

/** KMS reports every constraint violation as one ValidationException, worded like AWS's Coral framework. */
export function validationError(field: string, value: unknown, constraint: string): AwsError {
  const shown = value === undefined || value === null ? "null" : `'${String(value)}'`;
  return new AwsError(
    "ValidationException",
    `1 validation error detected: Value ${shown} at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}
