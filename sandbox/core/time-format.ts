/** AWS JSON protocols carry timestamps as epoch seconds with a fraction. */
export const epochSeconds = (ms: number) => ms / 1000;

/** CloudTrail writes second precision, no fraction. */
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
