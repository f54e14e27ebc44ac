import type { Logger } from 'pino';
import { PostgresCaseStore } from '../adapters/postgres/postgres-case-store';
import { createPostgresPool } from '../adapters/postgres/postgres-pool';
import { runMigrations } from '../adapters/postgres/run-migrations';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import type { ReadinessCheck } from '../server/readiness';

/** What PostgreSQL holds for every instance; shared-state.ts loads this module only when DATABASE_URL is set. */
export interface PostgresState {
  cases: CaseStore;
  readiness: ReadinessCheck;
  close(): Promise<void>;
}

/** Opens the pool and runs pending migrations (under an advisory lock, so instances starting together do not race). */
export async function openPostgresState(url: string, clock: Clock, logger: Logger, schema: string | undefined): Promise<PostgresState> {
  const pool = createPostgresPool(url, { logger: logger.child({ component: 'postgres' }), ...(schema ? { schema } : {}) });
  const applied = await runMigrations(pool);
  if (applied.length > 0) logger.info({ applied }, 'Database migrations applied');
  return {
    cases: new PostgresCaseStore(pool, clock),
    readiness: { name: 'database', check: () => pool.query('SELECT 1') },
    close: () => pool.end(),
  };
}
