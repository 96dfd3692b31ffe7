#!/usr/bin/env bash
# One command runs the platform with its plugins: builds every plugin module (build/plugins.sh), then runs the host
# with Modules:PluginsDirectory pointing at them. Arguments are passed to the host, e.g.
#   ./build/run.sh --Database:Provider=Postgres "--ConnectionStrings:Campaign=Host=…"
set -euo pipefail
cd "$(dirname "$0")/.."
./build/plugins.sh Release
# dotnet run runs in the project's directory, so the plugins folder is given relative to it.
exec dotnet run --project src/CampaignPlatform.Host -- --Modules:PluginsDirectory=bin/plugins "$@"
