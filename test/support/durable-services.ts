import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { createPostgresPool } from '../../src/adapters/postgres/postgres-pool';
import { runMigrations } from '../../src/adapters/postgres/run-migrations';

/**
 * The real PostgreSQL and Redis of this machine, when the environment names
 * them (.ci/run does). Tests that need one run only then, and otherwise are
 * reported as skipped with the reason in their name.
 */
export const DATABASE_URL = process.env.DATABASE_URL ?? '';
export const REDIS_URL = process.env.REDIS_URL ?? '';

/** A suite reported as skipped, its reason in its name: the service it needs is not named by the environment (npm test on a laptop). */
const describeSkippedBecause =
  (reason: string) =>
  (name: string, fn: () => void): void =>
    // npm test must pass without PostgreSQL or Redis; .ci/run names both, so CI runs these.
    describe.skip(`${name} (skipped: ${reason})`, fn); // skipped because `reason`: the service is not configured here

export const describeWithDatabase = DATABASE_URL ? describe : describeSkippedBecause('DATABASE_URL is not set');
export const describeWithRedis = REDIS_URL ? describe : describeSkippedBecause('REDIS_URL is not set');
export const describeWithBoth = DATABASE_URL && REDIS_URL ? describe : describeSkippedBecause('DATABASE_URL and REDIS_URL are both needed');

/** A single test reported as skipped, with why in its name (for suites that run against several stores): its store is not configured here. */
export const testSkippedBecause =
  (reason: string) =>
  (name: string, fn: () => Promise<void>): void =>
    // .ci/run configures every store, so CI runs it.
    test.skip(`${name} (skipped: ${reason})`, fn); // skipped because `reason`: this store is not configured here

/** A name no other test run uses at the same time (CI runs side by side share one server). */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

const quietLogger = { warn: () => undefined };

/** A schema of its own, dropped by `drop()`: concurrent runs never see each other's tables. */
export async function freshSchema(migrate = true): Promise<{ pool: Pool; schema: string; drop(): Promise<void> }> {
  const schema = uniqueName('test');
  const admin = createPostgresPool(DATABASE_URL, { logger: quietLogger });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = createPostgresPool(DATABASE_URL, { schema, logger: quietLogger });
  if (migrate) await runMigrations(pool);
  return {
    pool,
    schema,
    drop: async () => {
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
