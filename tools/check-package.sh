#!/usr/bin/env bash
# Builds the Debian package from a build folder, checks what it installs (desktop entry,
# AppStream metadata, manual pages, bash completion), then installs it on this machine,
# runs the installed program, removes it and checks that nothing of it remains.
# Usage: tools/check-package.sh [BUILD_DIR]   (default build/dev; needs root or sudo)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
say() { echo "package: $*"; }
fail() { echo "package: $*" >&2; exit 1; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "installing the package needs root or sudo"
    sudo=(sudo)
fi

# What the package installs, checked as installed.
stage="$scratch/stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
desktop-file-validate "$stage/usr/share/applications/xhht.desktop" || fail "desktop entry invalid"
appstreamcli validate --no-net "$stage"/usr/share/metainfo/*.metainfo.xml >/dev/null || fail "AppStream metadata invalid"
for page in "$stage/usr/share/man/man1/xhht.1" "$stage/usr/share/man/vi/man1/xhht.1"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man --warnings on $page: $warnings"
done
completion="$stage/usr/share/bash-completion/completions/xhht"
bash -n "$completion" || fail "bash completion does not parse"
# Every command and option of the help is in the manual page and the completion.
help=$(XHHT_LANG=en "$build/app/xhht" --help)
items=$(printf '%s\n' "$help" | grep -oE '(^  [a-z]+|--[a-z][a-z-]*)' | sed 's/^ *//' | sort -u)
[ -n "$items" ] || fail "no commands or options found in xhht --help"
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$stage/usr/share/man/man1/xhht.1" 2>/dev/null)
for item in $items; do
    grep -qF -- "$item" <<<"$man_text" || fail "the manual page lacks '$item'"
    grep -qF -- "$item" "$completion" || fail "the bash completion lacks '$item'"
done
# The completion offers a command's own options.
out=$(bash -c "source '$completion'; COMP_WORDS=(xhht rank --ro); COMP_CWORD=2; _xhht; echo \${COMPREPLY[*]}")
[ "$out" = "--roll-up" ] || fail "completing 'xhht rank --ro' gave '$out'"
say "desktop entry, AppStream metadata, manual pages (en, vi) and bash completion are valid"

# The package itself.
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack failed"
deb=$(ls -t "$build"/xhht_*_amd64.deb | head -n 1)
[ -f "$deb" ] || fail "no package made"
dpkg-deb --field "$deb" Depends | grep -q libqt6widgets6 || fail "the package's dependencies lack the Qt libraries"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

if dpkg-query -W -f='${Status}' xhht 2>/dev/null | grep -q 'install ok installed'; then
    fail "xhht is already installed here; remove it first (apt-get remove xhht)"
fi
cp "$deb" "$scratch/"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$scratch/$(basename "$deb")" >/dev/null
trap '"${sudo[@]}" apt-get remove -y -qq --purge xhht >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
files=$(dpkg -L xhht | while read -r f; do if [ -f "$f" ]; then echo "$f"; fi; done)
[ "$(command -v xhht)" = /usr/bin/xhht ] || fail "xhht is not on the PATH as /usr/bin/xhht"
home="$scratch/home"; mkdir -p "$home"
run() { HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen XHHT_LANG=en /usr/bin/xhht "$@"; }
run --version | grep -q '^xhht ' || fail "the installed xhht --version failed"
run --db "$scratch/test.sqlite" init >/dev/null || fail "the installed xhht init failed"
run --db "$scratch/test.sqlite" rank --year 2024 -o "$scratch/list.pdf" >/dev/null || fail "the installed xhht rank failed"
pdftotext "$scratch/list.pdf" - | grep -q 'DANH SÁCH' || fail "the installed xhht wrote no ranked list"
LC_ALL=C.UTF-8 man -w xhht >/dev/null 2>&1 || fail "man xhht does not find the installed page"
say "installed: xhht --version, init and rank -o list.pdf work from /usr/bin"

DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq --purge xhht >/dev/null
left=$(for f in $files; do if [ -e "$f" ]; then echo "$f"; fi; done)
[ -z "$left" ] || fail "left behind after removal: $left"
if dpkg-query -W -f='${Status}' xhht 2>/dev/null | grep -q 'install ok installed'; then
    fail "still installed after removal"
fi
say "removed: nothing of the package remains ($(wc -w <<<"$files") files checked)"
