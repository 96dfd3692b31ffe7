#!/usr/bin/env bash
# Start-up to the first 200, by hand: starts the published host (artifacts/host, as build/run.sh publishes it, with the
# plugins of src/CampaignPlatform.Host/bin/plugins) on a data directory that already holds the demo city, and the bare
# ASP.NET Core app of the benchmarks, alternately, ROUNDS times each. For every start it prints the wall time from launch
# to the first 200 (/health for the host, / for the bare app) and the processor time the process had used by then
# (user + system, from /proc), then a summary with the median of each and the load average before and after.
#
#   ./build/startup-time.sh [DATA_DIRECTORY]        # default: a fresh directory, seeded by a first start that is not counted
#   ROUNDS=5 HOST_DIR=/tmp/other-host ./build/startup-time.sh /tmp/demo-data
#   FIRST_PAGE=1 ./build/startup-time.sh            # also time, after /health, the first sign-in, API read and page
#   BEFORE_DIR=/tmp/host-before ./build/startup-time.sh /tmp/demo-data   # a third start each round: another published host,
#                                                     # on its own copy of the data (DATA_DIRECTORY-before), since a start on
#                                                     # data another build prepared prepares it again (the prepared stamp)
#   BEFORE_PLUGINS=/tmp/plugins-before …           # its plugins, when they were built against another kernel version
#
# Build first: ./build/run.sh builds and publishes (or the dotnet publish line in it; the composite publish of the
# framework takes minutes), and
# dotnet build -c Release tests/CampaignPlatform.Benchmarks for the bare app. HOST_DIR points at another published host
# (e.g. one of the code before); BEFORE_DIR adds one, so two builds are compared in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
rounds="${ROUNDS:-5}"
host_dir="${HOST_DIR:-$repo/artifacts/host}"
bare="$repo/tests/CampaignPlatform.Benchmarks/bin/Release/net10.0/CampaignPlatform.Benchmarks.dll"
project="$repo/src/CampaignPlatform.Host"
ticks="$(getconf CLK_TCK)"
[ -f "$host_dir/CampaignPlatform.Host.dll" ] || { echo "no published host in $host_dir: run ./build/run.sh (or its dotnet publish) first" >&2; exit 1; }
[ -f "$bare" ] || { echo "no bare app: dotnet build -c Release tests/CampaignPlatform.Benchmarks" >&2; exit 1; }

data="${1:-}"
if [ -z "$data" ]; then
  data="$(mktemp -d /tmp/campaign-startup-XXXXXX)"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# start NAME PATH COMMAND…: launches COMMAND, polls PATH until 200, prints "NAME wall_ms cpu_ms", stops the process.
start() {
  local name="$1" path="$2"; shift 2
  local port; port="$(free_port)"
  local begin; begin="$(now_ms)"
  ( cd "$project" && exec "$@" "--urls=http://127.0.0.1:$port" >/dev/null 2>&1 ) &
  local pid=$!
  local deadline=$((begin + 120000))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" 2>/dev/null)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
      echo "$name did not answer 200 on $path" >&2; kill "$pid" 2>/dev/null || true; return 1
    fi
    sleep 0.01
  done
  local end; end="$(now_ms)"
  local cpu; cpu="$(awk -v t="$ticks" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")"
  local extra=""
  if [ -n "${FIRST_PAGE:-}" ] && [ "$name" != bare ]; then
    extra=" $(first_requests "$port")"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name $((end - begin)) $cpu$extra"
}

# After /health: the first sign-in, the first API read of a module and the first page of one, in ms each.
first_requests() {
  local port="$1" base="http://127.0.0.1:$1" jar; jar="$(mktemp)"
  local t0 t1 t2 t3
  t0="$(now_ms)"
  curl -s -o /dev/null -c "$jar" -X POST "$base/api/auth/sign-in" -H 'Content-Type: application/json' \
    -d '{"userName":"demo-admin","password":"Demo@2026"}'
  t1="$(now_ms)"
  curl -s -o /dev/null -b "$jar" "$base/api/org/townships"
  t2="$(now_ms)"
  curl -s -o /dev/null -b "$jar" "$base/enforcement"
  t3="$(now_ms)"
  rm -f "$jar"
  echo "sign-in=$((t1 - t0)) api=$((t2 - t1)) page=$((t3 - t2))"
}

# host_of ARRAY DIR [PLUGINS]: the command that starts the host published in DIR, as build/run.sh does, in Production,
# logging warnings, with the plugins of PLUGINS (default the project's bin/plugins). A self-contained host (build/run.sh's)
# starts by its own executable; a framework-dependent one (an older build) through dotnet.
host_of() {
  local -n command="$1"
  local launcher=(dotnet "$2/CampaignPlatform.Host.dll")
  if grep -q includedFrameworks "$2/CampaignPlatform.Host.runtimeconfig.json"; then
    launcher=("$2/CampaignPlatform.Host")
  fi
  command=(env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
    "${launcher[@]}" --contentRoot "$project" "--Modules:PluginsDirectory=${3:-bin/plugins}" "--Storage:DataDirectory=${4:-$data}")
}
host_of host_cmd "$host_dir"
names="bare host"
bare_cmd=(env Logging__LogLevel__Default=Warning dotnet "$bare" bare-server)

if [ ! -f "$data/campaign.db" ]; then
  echo "seeding the demo city into $data (not counted)"
  start seed /health "${host_cmd[@]}" >/dev/null
else
  echo "one start of the host on $data, not counted: data another build prepared is prepared again by the first start"
  start prepare /health "${host_cmd[@]}" >/dev/null
fi

if [ -n "${BEFORE_DIR:-}" ]; then
  # Each host keeps its own stamp: alternating on one copy, every start would find the other's and prepare again.
  before_data="$data-before"
  host_of before_cmd "$BEFORE_DIR" "${BEFORE_PLUGINS:-}" "$before_data"
  [ -f "$before_data/campaign.db" ] || cp -a "$data" "$before_data"
  echo "one start of the other host on $before_data, not counted"
  start prepare /health "${before_cmd[@]}" >/dev/null
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$(mktemp)"
for _ in $(seq 1 "$rounds"); do
  start bare / "${bare_cmd[@]}" | tee -a "$results"
  start host /health "${host_cmd[@]}" | tee -a "$results"
  if [ -n "${BEFORE_DIR:-}" ]; then
    start before /health "${before_cmd[@]}" | tee -a "$results"
  fi
done
[ -z "${BEFORE_DIR:-}" ] || names="$names before"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { grep "^$1 " "$results" | awk -v c="$2" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for name in $names; do
  echo "$name: wall $(grep "^$name " "$results" | awk '{print $2}' | sort -n | tr '\n' ' ')ms, median $(median "$name" 2) ms; cpu median $(median "$name" 3) ms"
done
for name in $names; do
  [ "$name" = bare ] || echo "ratio $name/bare (median wall): $(awk -v h="$(median "$name" 2)" -v b="$(median bare 2)" 'BEGIN {printf "%.1f", h / b}')"
done
rm -f "$results"
