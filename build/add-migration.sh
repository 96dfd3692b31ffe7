#!/usr/bin/env bash
# Adds a migration to a module for both providers, scaffolded from the module's EF model as the host builds it:
#   ./build/add-migration.sh Hygiene AddSiteCapacity    (./build/add-migration.sh list: the module names)
# The files land beside the module's context, in Migrations/Sqlite and Migrations/Postgres; review both before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build build/CampaignPlatform.Migrations --configuration Debug -v quiet -nologo >/dev/null
dotnet run --no-build --project build/CampaignPlatform.Migrations --configuration Debug -- "${@:-list}"
