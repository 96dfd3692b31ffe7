#!/usr/bin/env bash
# Builds every plugin module — a project under modules/ marked <CampaignPlugin>true</CampaignPlugin> with its
# <CampaignPluginId> — on its own, as a plugin is shipped, and copies its build output into
# src/CampaignPlatform.Host/bin/plugins/{module-id}/, the folder build/run.sh hands the host. The build goes to
# artifacts/plugins/ (not -o, which would build the kernel into the plugin's folder too), so the solution's own bin and
# obj are never touched. Usage: ./build/plugins.sh [Debug|Release] (default Release).
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${1:-Release}"
target="src/CampaignPlatform.Host/bin/plugins"

built=0
for project in $(grep -l '<CampaignPlugin>true</CampaignPlugin>' modules/*/*.csproj); do
  id="$(sed -n 's:.*<CampaignPluginId>\(.*\)</CampaignPluginId>.*:\1:p' "$project")"
  if [ -z "$id" ]; then
    echo "$project is marked CampaignPlugin but names no CampaignPluginId (its module id)" >&2
    exit 1
  fi

  name="$(basename "$project" .csproj)"
  artifacts="artifacts/plugins/$id"
  dotnet build "$project" -c "$configuration" --artifacts-path "$artifacts" -nologo -v:q
  # A fresh folder each time: a file left from an older build must not load beside the new one.
  rm -rf "${target:?}/$id"
  mkdir -p "$target/$id"
  cp -R "$artifacts/bin/$name/${configuration,,}/." "$target/$id/"
  built=$((built + 1))
done

echo "$built plugin(s) built into $target/"
