#!/usr/bin/env bash
# One command runs the platform with its plugins: builds every plugin module (build/plugins.sh), publishes the host
# ReadyToRun (compiled ahead of time, so that a start does not JIT-compile the host and its libraries) and runs it in the
# project's directory, as `dotnet run` would: the same data directory, settings and web assets. Arguments are passed to
# the host, e.g.
#   ./build/run.sh --Database:Provider=Postgres "--ConnectionStrings:Campaign=Host=…"
set -euo pipefail
cd "$(dirname "$0")/.."
./build/plugins.sh Release
project="src/CampaignPlatform.Host"
published="artifacts/host"
dotnet publish "$project" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
  -o "$published" -nologo -v:q
# Development, like `dotnet run`'s launch profile (Properties/launchSettings.json), unless the caller says otherwise.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
cd "$project"
exec dotnet "../../$published/CampaignPlatform.Host.dll" --contentRoot "$PWD" --Modules:PluginsDirectory=bin/plugins "$@"
