#!/usr/bin/env bash
# Builds once, runs every test of the solution on SQLite, then the integration tests again with every host on
# PostgreSQL (including the tests of two host processes sharing one database). Ends with the slowest tests and one
# line: "N passed, N failed" (summed over every test assembly and both runs). The two runs take turns: the machine's
# cores are busy with either, and together they only slow each other down.
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

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build CampaignPlatform.sln --configuration Release 2>&1 | tee "$work/build.log"
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  echo "0 passed, 1 failed"
  exit 1
fi

# SQLite: the whole solution. Tests of several hosts sharing one database need PostgreSQL: they run in the second run.
dotnet test CampaignPlatform.sln --configuration Release --no-build --filter "Database!=Postgres" \
  --logger "trx;LogFilePrefix=sqlite" --results-directory "$work/results" "$@" 2>&1 | tee "$work/sqlite.log"
status=${PIPESTATUS[0]}

# PostgreSQL: the integration tests again, every host on its own database (those that do not touch the store, marked
# Database=Sqlite, ran only on SQLite).
pg_status=1
if [ "$postgres_status" -eq 0 ]; then
  CAMPAIGN_TEST_PROVIDER=postgres dotnet test tests/CampaignPlatform.IntegrationTests --configuration Release --no-build \
    --filter "Database!=Sqlite" --logger "trx;LogFilePrefix=postgres" --results-directory "$work/results" "$@" 2>&1 \
    | tee "$work/postgres.log"
  pg_status=${PIPESTATUS[0]}
else
  echo "PostgreSQL could not be started: the integration tests on PostgreSQL did not run." >&2
fi

echo "---- The slowest tests (seconds, both runs)"
cat "$work"/results/*.trx 2>/dev/null \
  | grep -o 'testName="[^"]*"[^>]* duration="[0-9:.]*"' \
  | sed -E 's/testName="([^"]*)".* duration="([0-9]+):([0-9]+):([0-9.]+)"/\2 \3 \4 \1/' \
  | awk '{ printf "%8.1f  %s\n", $1 * 3600 + $2 * 60 + $3, $4 }' \
  | sort -rn | head -15

# dotnet test closes each test assembly with "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ...").
read -r passed failed < <(cat "$work/sqlite.log" "$work/postgres.log" 2>/dev/null \
  | grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' \
  | awk '{p += $1; f += $2} END {print p + 0, f + 0}')

# A runner failure that recorded no failed test still counts as a failure.
if { [ "$status" -ne 0 ] || [ "$pg_status" -ne 0 ]; } && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$pg_status" -eq 0 ] && [ "$failed" -eq 0 ]
