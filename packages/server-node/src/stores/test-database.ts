/**
 * The PostgreSQL the tests may use (`TEST_DATABASE_URL`, else `DATABASE_URL`), or undefined with a
 * notice printed once, so a machine without PostgreSQL skips those tests visibly instead of failing.
 */
let warned = false;
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url && !warned) {
    warned = true;
    console.log('# NOTICE: PostgreSQL tests skipped: set TEST_DATABASE_URL (bash scripts/ci-postgres.sh prints one)');
  }
  return url || undefined;
}
