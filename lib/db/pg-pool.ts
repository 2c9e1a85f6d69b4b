import pg from "pg";

/**
 * A `pg` pool that survives losing an idle connection (a server restart, an idle timeout, a
 * terminated backend). `pg` reports that as the pool's "error" event, which ends the process when
 * nothing listens; the pool has already dropped the connection and opens another when next asked.
 */
export function createPgPool(config: pg.PoolConfig, onIdleError: (error: Error) => void = logIdleError(config.application_name)): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", (error) => onIdleError(error));
  return pool;
}

function logIdleError(name = "keywarden") {
  return (error: Error) => console.warn(`[${name}] an idle database connection was lost (${error.message}); the next query opens a new one`);
}
