#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL, creates the role and database the server's
# PostgreSQL tests use, and prints `export TEST_DATABASE_URL=…` (the only line on stdout).
# Usage in CI:  eval "$(scripts/ci-postgres.sh)"
set -euo pipefail
DB_NAME="${NARA_TEST_DB:-nara_test}"
DB_USER="${NARA_TEST_DB_USER:-nara}"
DB_PASSWORD="${NARA_TEST_DB_PASSWORD:-nara}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "installing PostgreSQL…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
service postgresql start >&2
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -v ON_ERROR_STOP=1 -q" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB_USER}') THEN
    CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}';
  END IF;
END \$\$;
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'\"" | grep -q 1; then
  su postgres -c "createdb -O ${DB_USER} ${DB_NAME}" >&2
fi
url="postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:5432/${DB_NAME}"
echo "PostgreSQL for tests: ${url}" >&2
echo "export TEST_DATABASE_URL=${url}"
