import { readMigrations, runMigrations } from '../../../src/adapters/postgres/run-migrations';
import { describeWithDatabase, freshSchema } from '../../support/durable-services';

describe('the migrations in migrations/', () => {
  test('are numbered SQL files read in order', () => {
    const versions = readMigrations().map((m) => m.version);
    expect(versions[0]).toBe('001_support_cases');
    expect([...versions].sort()).toEqual(versions);
  });
});

describeWithDatabase('runMigrations on PostgreSQL', () => {
  test('two instances starting together: each migration is applied exactly once and both start', async () => {
    const db = await freshSchema(false);
    try {
      // Two pools are two instances: separate connections racing for the same schema.
      const [a, b] = await Promise.all([runMigrations(db.pool), runMigrations(db.pool)]);
      expect([...a, ...b].sort()).toEqual(readMigrations().map((m) => m.version));
      const { rows } = await db.pool.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
      expect(await runMigrations(db.pool)).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  test('a failing migration is rolled back and named, and the ones before it stay applied', async () => {
    const db = await freshSchema(false);
    try {
      const migrations = [...readMigrations(), { version: '999_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
      await expect(runMigrations(db.pool, migrations)).rejects.toThrow(/migration 999_broken failed/);
      const tables = await db.pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1");
      expect(tables.rows.map((r) => r.name)).toEqual(['case_notes', 'schema_migrations', 'support_cases']);
    } finally {
      await db.drop();
    }
  });
});
