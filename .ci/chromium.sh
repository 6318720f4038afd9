#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when /usr/bin/chromium is missing (Playwright's own browser
# download does not work on CI). Run as root, or with sudo available.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
run=""
if [ "$(id -u)" -ne 0 ]; then run="sudo"; fi
$run apt-get update
$run apt-get install -y chromium
