import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import { PROJECT_ROOT } from '../../config/project-root';

/** Plain numbered SQL files (001_support_cases.sql, ...), applied in order, each once. */
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'migrations');

const MIGRATION_FILE = /^(\d{3,})_[\w-]+\.sql$/;

export interface Migration {
  version: string;
  sql: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
    .map((file) => ({ version: file.replace(/\.sql$/, ''), sql: readFileSync(path.join(dir, file), 'utf8') }));
}

/*
 * The lock is per schema (tests run side by side in schemas of their own) and
 * is a session lock held on one client: every instance starting at once waits
 * here, and the first one in applies what is missing while the rest find it done.
 */
const LOCK_KEY = "hashtext('kmart-order-support-bot:migrations:' || coalesce(current_schema(), ''))";

/** Applies the migrations not yet recorded in schema_migrations, under an advisory lock; returns the versions it applied. */
export async function runMigrations(pool: Pool, migrations: readonly Migration[] = readMigrations()): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: string }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.version));
      const ran: string[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        // Each migration and its record commit together: a failed one leaves nothing half-applied.
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${migration.version} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        ran.push(migration.version);
      }
      return ran;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
    }
  } finally {
    client.release();
  }
}
