#!/usr/bin/env bash
# Runs every test of the solution on SQLite, then the integration tests again with every host on PostgreSQL (including
# the tests of two host processes sharing one database), and ends with one line: "N passed, N failed" (summed over
# every test assembly and both runs).
# Usage: ./build/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium (and want a Chinese font for readable screenshots): install them where
# missing. CI runs this as root; elsewhere say what is needed and let the browser tests fail with the same message.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq chromium fonts-wqy-zenhei || { apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei; }; } >/dev/null
  else
    echo "Chromium or a Chinese font is missing: as root, apt-get install chromium fonts-wqy-zenhei" >&2
  fi
fi

# A local PostgreSQL server for the second run (installed and started when missing; the tests make a database per host).
postgres_status=0
if [ -z "${CAMPAIGN_TEST_POSTGRES:-}" ]; then
  ./build/postgres.sh >/dev/null || postgres_status=$?
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# SQLite: the whole solution. Tests of several hosts sharing one database need PostgreSQL: they run in the second pass.
dotnet test CampaignPlatform.sln --configuration Release --filter "Database!=Postgres" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# PostgreSQL: the integration tests again, every host on its own fresh database (those that do not touch the store,
# marked Database=Sqlite, ran once above).
if [ "$postgres_status" -eq 0 ]; then
  CAMPAIGN_TEST_PROVIDER=postgres dotnet test tests/CampaignPlatform.IntegrationTests --configuration Release --no-build \
    --filter "Database!=Sqlite" "$@" 2>&1 | tee -a "$log"
  pg_status=${PIPESTATUS[0]}
else
  echo "PostgreSQL could not be started: the integration tests on PostgreSQL did not run." >&2
  pg_status=1
fi

# dotnet test closes each test assembly with "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ...").
read -r passed failed < <(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' \
  | awk '{p += $1; f += $2} END {print p + 0, f + 0}')

# A build or runner failure that recorded no failed test still counts as a failure.
if { [ "$status" -ne 0 ] || [ "$pg_status" -ne 0 ]; } && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$pg_status" -eq 0 ] && [ "$failed" -eq 0 ]
