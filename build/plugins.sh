#!/usr/bin/env bash
# Builds every plugin module — a project under modules/ marked <CampaignPlugin>true</CampaignPlugin> with its
# <CampaignPluginId> — on its own, as a plugin is shipped, and copies its published output into
# src/CampaignPlatform.Host/bin/plugins/{module-id}/, the folder build/run.sh hands the host. It is published
# ReadyToRun for this machine's runtime, like the host: a plugin is not in the host's composite image, and without its
# own native code the JIT compiles every method of it the host calls at start-up. The build goes to artifacts/plugins/
# (not -o, which would build the kernel into the plugin's folder too), so the solution's own bin and obj are never
# touched. Usage: ./build/plugins.sh [Debug|Release] (default Release).
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
  rm -rf "$artifacts/publish" "$artifacts/bin/$name"
  dotnet publish "$project" -c "$configuration" --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path "$artifacts" -nologo -v:q
  # A fresh folder each time: a file left from an older build must not load beside the new one.
  rm -rf "${target:?}/$id"
  mkdir -p "$target/$id"
  # The published folder also holds the packages the kernel brings, which the host gives its plugins: only the files
  # the build itself puts beside the module are shipped, the assembly in its ReadyToRun form.
  for file in "$artifacts/bin/$name/${configuration,,}"/*; do
    cp "$artifacts/publish/$name/${configuration,,}/$(basename "$file")" "$target/$id/"
  done
  built=$((built + 1))
done

echo "$built plugin(s) built into $target/"
