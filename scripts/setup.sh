#!/usr/bin/env bash
# One command from a fresh clone to a built site: system packages the tests use, the npm
# packages from the lock file, then the build into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: real feed parsers and checkers, and the browser for the browser tests.
debian_packages=(python3-feedparser libxml2-utils chromium default-jre-headless)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
# Java is needed by the HTML checker; any Java 11+ already on the machine will do.
if command -v java >/dev/null 2>&1; then
  missing=("${missing[@]/default-jre-headless}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm run build
