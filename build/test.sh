#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed" (summed over every test assembly).
# Usage: ./build/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet test CampaignPlatform.sln --configuration Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test closes each test assembly with "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ...").
read -r passed failed < <(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' \
  | awk '{p += $1; f += $2} END {print p + 0, f + 0}')

# A build or runner failure that recorded no failed test still counts as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
