#!/usr/bin/env bash
# The program must build and behave the same on Windows (docs/windows.md): no POSIX-only
# header or call, no hard-coded Unix path in core/, ui/ or app/. A file that really needs
# one is marked by the line "// xhht: POSIX-only file" and is the only place allowed.
# Usage: tools/check-portability.sh [ROOT]
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"
pattern='#include *<(unistd|fcntl|pthread|dlfcn|signal|termios|pwd|grp|dirent|syslog)\.h>|#include *<sys/|[^A-Za-z_:.>](fork|getpid|getppid|popen|pclose|realpath|mkstemp|getuid|geteuid|usleep|symlink|chmod|chown|getenv|setenv)\(|"/(tmp|home|usr|etc|var|dev)/'
hits=$( (grep -rnE --include='*.h' --include='*.cpp' "$pattern" core ui app || true) | while IFS=: read -r file line rest; do
    if ! grep -q '^// xhht: POSIX-only file' "$file"; then echo "$file:$line:$rest"; fi
done)
marked=$( (grep -rlE --include='*.h' --include='*.cpp' '^// xhht: POSIX-only file' core ui app || true) | wc -l)
if [ -n "$hits" ]; then
    printf '%s\n' "$hits" >&2
    echo "portability: POSIX-only calls or Unix paths outside the marked file (above); use Qt (QFile, QDir, QStandardPaths, QProcess, qEnvironmentVariable)" >&2
    exit 1
fi
if [ "$marked" -gt 1 ]; then
    echo "portability: more than one file is marked POSIX-only" >&2
    exit 1
fi
echo "portability: no POSIX-only call or Unix path in core/, ui/, app/ ($marked marked file)"
