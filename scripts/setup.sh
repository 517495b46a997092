#!/usr/bin/env bash
# Installs what the forum and its tests need, idempotently (safe to run again and again).
#   scripts/setup.sh            Node/npm for the front-end libraries, the local dotnet-ef tool
#   scripts/setup.sh --browser  also Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
# ICU: .NET's globalisation and the look-alike check for display names (UTS #39 skeletons) both use it.
if ! ldconfig -p 2>/dev/null | grep -q 'libicui18n\.so\.'; then
  apt-get update -qq
  packages+=("$(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -1)")
fi
if [[ "${1:-}" == "--browser" ]]; then
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
if (( ${#packages[@]} > 0 )); then
  echo "setup: installing ${packages[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Front-end libraries: restored from package-lock.json into wwwroot/lib (the build does this too).
if [[ ! -f wwwroot/lib/.restored || package-lock.json -nt wwwroot/lib/.restored ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
dotnet tool restore >/dev/null
