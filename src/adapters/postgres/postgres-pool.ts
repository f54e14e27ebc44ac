import { Pool } from 'pg';
import type { Logger } from 'pino';

export interface PostgresPoolOptions {
  /** A schema of its own (tests); unset = the database user's default search_path. */
  schema?: string;
  logger: Pick<Logger, 'warn'>;
}

/**
 * A pool that fails fast while the database is down (so a customer hears "try
 * again shortly" instead of waiting) and reconnects by itself when it is back:
 * the pool opens new connections on demand.
 */
export function createPostgresPool(connectionString: string, options: PostgresPoolOptions): Pool {
  const settings = ['-c TimeZone=UTC', ...(options.schema ? [`-c search_path=${options.schema}`] : [])];
  const pool = new Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    query_timeout: 5_000,
    options: settings.join(' '),
  });
  // An idle client losing its connection (database restarted) must not crash the process; the pool replaces it.
  pool.on('error', (error) => options.logger.warn({ err: error }, 'PostgreSQL connection lost; the pool will reconnect'));
  return pool;
}
