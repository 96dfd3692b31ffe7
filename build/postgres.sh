#!/usr/bin/env bash
# Makes a local PostgreSQL server answer on 127.0.0.1:5432 (user postgres, password postgres): installs Debian's
# postgresql when missing, creates and starts the cluster when needed. Idempotent; a second of work when it already runs.
# Prints the connection string the tests and the host use.
set -euo pipefail

connection="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"
# Already serving with the expected account: nothing to do.
if command -v psql >/dev/null && PGPASSWORD=postgres PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 -U postgres -d postgres -qtAc "SELECT 1" >/dev/null 2>&1; then
  echo "$connection"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "build/postgres.sh installs and starts PostgreSQL as root; run it as root or start a server yourself." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  { apt-get install -y -qq postgresql || { apt-get update -qq && apt-get install -y -qq postgresql; }; } >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main >/dev/null
pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
for _ in $(seq 1 100); do
  pg_isready -h 127.0.0.1 -q && break
  sleep 0.2
done
pg_isready -h 127.0.0.1 -q || { echo "PostgreSQL did not start on 127.0.0.1" >&2; exit 1; }

runuser -u postgres -- psql -qtAc "ALTER USER postgres PASSWORD 'postgres';" >/dev/null
# A server for tests: every test class makes and drops a database, so durability is traded for speed (a crash may lose
# the last writes, which the tests never need). Not settings for a server that keeps real data.
for setting in "fsync = off" "synchronous_commit = off" "full_page_writes = off"; do
  runuser -u postgres -- psql -qtAc "ALTER SYSTEM SET $setting;" >/dev/null
done
runuser -u postgres -- psql -qtAc "SELECT pg_reload_conf();" >/dev/null
echo "$connection"
