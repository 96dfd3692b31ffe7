#!/usr/bin/env bash
# The public-intake load benchmark. Starts the built host on a generated province with the bare baseline endpoint switched
# on (Benchmarks:BareIntake=true, never set in a normal run) and the per-address intake limit lifted (the load comes from
# one address), waits for /health, and runs the load driver against it from this second process on loopback.
# Usage: build/intake-load.sh DATA_DIRECTORY [extra host settings, e.g. --Database:Provider=Postgres "--ConnectionStrings:Campaign=..."]
# Environment: CLIENTS (16), SECONDS_PER_PHASE (20), PORT (5090), HOST_LOG (a file that keeps the host's log; by default
# it is thrown away), INTAKE_RATE (reports a second offered in the intake's open-loop phase, to compare two builds at one
# rate; by default half the intake's saturating rate of the run). Build first: dotnet build -c Release.
set -euo pipefail
cd "$(dirname "$0")/.."
data="$(realpath -m "${1:?usage: build/intake-load.sh DATA_DIRECTORY [host settings...]}")"
shift
port="${PORT:-5090}"
log="${HOST_LOG:-$(mktemp)}"

dotnet src/CampaignPlatform.Host/bin/Release/net10.0/CampaignPlatform.Host.dll --urls="http://127.0.0.1:$port" \
  "--Storage:DataDirectory=$data" --Demo:Seed=false --Benchmarks:BareIntake=true --Enforcement:Intake:PermitsPerMinute=100000000 \
  --Auth:BootstrapAdmin:UserName=bench-admin --Auth:BootstrapAdmin:Password=Bench-2026-admin --Logging:LogLevel:Default=Warning "$@" >"$log" 2>&1 &
host=$!
trap 'kill "$host" 2>/dev/null; wait "$host" 2>/dev/null; [ -n "${HOST_LOG:-}" ] || rm -f "$log"' EXIT

for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$host" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done

dotnet build/CampaignPlatform.LoadDriver/bin/Release/net10.0/CampaignPlatform.LoadDriver.dll --url "http://127.0.0.1:$port" \
  --admin-user bench-admin --admin-password Bench-2026-admin --host-pid "$host" \
  --clients "${CLIENTS:-16}" --seconds "${SECONDS_PER_PHASE:-20}" ${INTAKE_RATE:+--intake-rate "$INTAKE_RATE"}
