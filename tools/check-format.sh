#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format; --fix rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/xhht-format.log; then
    head -n 40 /tmp/xhht-format.log >&2
    echo "xhht: code is not clang-formatted; run 'make format'" >&2
    exit 1
fi
echo "format: clean (${#files[@]} files)"
