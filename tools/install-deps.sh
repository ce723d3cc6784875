#!/usr/bin/env bash
# Installs the Debian packages xhht needs to build, test and run.
# Skips everything when the packages are already present; uses sudo when not root.
# With --fuzz, also clang and libFuzzer for `make fuzz` (tests/fuzz).
set -euo pipefail

packages=(
    cmake ninja-build g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libgl-dev
    libxlsxwriter-dev libminizip-dev libsqlite3-dev libfreexl-dev python3-openpyxl
    libqt6sql6-psql libpq-dev postgresql-15 qtkeychain-qt6-dev
    fonts-croscore
    clang-format poppler-utils xvfb xauth time python3
    dpkg-dev desktop-file-utils appstream man-db clang libclang-rt-14-dev
)

if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libfuzzer-14-dev libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "xhht: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "xhht: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
