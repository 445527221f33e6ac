#!/usr/bin/env bash
# Install the Debian packages Course Studio needs, only those that are missing.
# Usage: scripts/system-deps.sh [runtime|test|package]
set -euo pipefail
profile=${1:-runtime}

# Qt's offscreen and xcb platforms, fonts that render every label, D-Bus for the tray.
runtime=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
         libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
         libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
         libxcb-xkb1 fonts-dejavu-core)
# Tests: a virtual X screen with a system tray (and xwininfo/xprop to look at it),
# a PostgreSQL server, and the validators of the Linux .desktop and metainfo files.
test=(xvfb trayer x11-utils postgresql desktop-file-utils appstream)
# Packaging: readelf (which glibc the bundle needs) and ldd (its libraries resolve).
package=(binutils)

wanted=("${runtime[@]}")
case "$profile" in
  test) wanted+=("${test[@]}") ;;
  package) wanted+=("${test[@]}" "${package[@]}") ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Missing packages (run as root to install): ${missing[*]}" >&2; exit 0
  fi
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
