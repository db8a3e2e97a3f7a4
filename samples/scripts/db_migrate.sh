#!/bin/bash
# Apply pending schema migrations before the webhook relay starts.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must be set}"
MIGRATIONS=/app/migrations
LOCK_ID=724411

echo "migrate: waiting for database"
for i in $(seq 1 30); do
  if psql "$DATABASE_URL" -qtAc 'select 1' >/dev/null 2>&1; then break; fi
  sleep 2
done

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qc "select pg_advisory_lock($LOCK_ID)"
applied=$(psql "$DATABASE_URL" -qtAc "select version from schema_migrations" || true)
for f in "$MIGRATIONS"/*.sql; do
  v=$(basename "$f" .sql)
  if grep -qx "$v" <<<"$applied"; then continue; fi
  echo "migrate: applying $v"
  psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -1 -f "$f"
  psql "$DATABASE_URL" -qc "insert into schema_migrations(version) values ('$v')"
done
psql "$DATABASE_URL" -qc "select pg_advisory_unlock($LOCK_ID)"
echo "migrate: done"
