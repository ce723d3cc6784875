#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: `start DIR` makes a cluster in DIR
# (initdb, no fsync, a Unix socket in DIR, no TCP), starts it and writes DIR/uri (a
# superuser's address); `stop DIR` stops it and removes DIR. Run as root, the server
# runs as the user `postgres` (Debian's package makes it) or `nobody`: PostgreSQL
# refuses to run as root. A missing server is an error, never a skip.
set -euo pipefail

action=${1:?usage: pg-test-server.sh start|stop DIR}
dir=${2:?usage: pg-test-server.sh start|stop DIR}
bin=${XHHT_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || owner=nobody
    as_owner=(runuser -u "$owner" --)
fi

case "$action" in
start)
    if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
        echo "pg-test-server: no PostgreSQL 15 in $bin (Debian: apt install postgresql-15; 'make deps' does)" >&2
        exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chown "$owner" "$dir" 2>/dev/null || true
    chmod 755 "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@/postgres?host=$dir" >"$dir/uri"
    echo "pg-test-server: running in $dir"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        # Immediate: its data is thrown away next, so no shutdown checkpoint (which took
        # over a minute on a loaded machine) is worth waiting for.
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-test-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
