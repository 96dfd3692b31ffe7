#!/usr/bin/env bash
# Makes a local PostgreSQL server answer on 127.0.0.1:5432 (user postgres, password postgres): installs Debian's
# postgresql when missing, creates and starts the cluster when needed. Idempotent; a second of work when it already runs.
# Prints the connection string the tests and the host use.
set -euo pipefail

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

# The tests create a database per test class: give the cluster room for several hosts' connection pools.
runuser -u postgres -- psql -qtAc "ALTER USER postgres PASSWORD 'postgres';" >/dev/null
echo "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"
