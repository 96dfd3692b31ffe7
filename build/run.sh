#!/usr/bin/env bash
# One command runs the platform with its plugins: publishes every plugin module (build/plugins.sh), publishes the host
# self-contained and ReadyToRun composite, and runs it in the project's directory, as `dotnet run` would: the same data
# directory, settings and web assets. Composite compiles the host, its libraries and the .NET runtime's ahead of time into
# one image, so a start JIT-compiles little: generic code of the framework over the host's own types (the JSON contracts,
# the container) can be compiled ahead only when both sit in one image. It costs a longer publish (about three minutes
# when the code changed, seconds when it did not; `dotnet run --project src/CampaignPlatform.Host` starts without one).
# Arguments are passed to the host, e.g.
#   ./build/run.sh --Database:Provider=Postgres "--ConnectionStrings:Campaign=Host=…"
set -euo pipefail
cd "$(dirname "$0")/.."
./build/plugins.sh Release
project="src/CampaignPlatform.Host"
published="artifacts/host"
dotnet publish "$project" -c Release --use-current-runtime --self-contained true -p:PublishReadyToRun=true \
  -p:PublishReadyToRunComposite=true -o "$published" -nologo -v:q
# Development, like `dotnet run`'s launch profile (Properties/launchSettings.json), unless the caller says otherwise.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
cd "$project"
exec "../../$published/CampaignPlatform.Host" --contentRoot "$PWD" --Modules:PluginsDirectory=bin/plugins "$@"
