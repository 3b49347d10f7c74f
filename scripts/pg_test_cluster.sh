#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite and the benchmarks.
#
#   scripts/pg_test_cluster.sh start STATE_DIR   # prints the server URL (also in STATE_DIR/url)
#   scripts/pg_test_cluster.sh stop STATE_DIR    # stops it and deletes STATE_DIR
#
# The cluster lives in STATE_DIR, listens on 127.0.0.1 on a free port and nowhere else,
# and has one superuser, filmdesk_test, with a random password (TCP needs it, so tests can
# check what a wrong one does). Durability is switched off: nothing here outlives the run.
# When Debian's PostgreSQL is missing it is installed with apt-get. PostgreSQL refuses to
# run as root, so as root the server runs as the `postgres` system user.
set -euo pipefail

usage() { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
state=$2

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

as_owner() {
    # Run a server command as the unprivileged user that owns the cluster.
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin
    bin=$(find_bin || true)
    if [ -z "$bin" ]; then
        echo "pg_test_cluster: installing PostgreSQL from Debian's packages" >&2
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            postgresql >/dev/null
        bin=$(find_bin) || { echo "pg_test_cluster: initdb not found after install" >&2; exit 1; }
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
    fi

    mkdir -p "$state"
    local data="$state/data" port password
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    printf '%s\n' "$password" > "$state/pwfile"
    chmod 600 "$state/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$state"
        chmod 700 "$state"
    fi

    as_owner "$bin/initdb" --pgdata="$data" --username=filmdesk_test --pwfile="$state/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
    rm -f "$state/pwfile"
    cat >> "$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$state'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
EOF
    as_owner "$bin/pg_ctl" --pgdata="$data" --log="$state/server.log" --wait --timeout=60 start \
        >/dev/null || { cat "$state/server.log" >&2; exit 1; }
    echo "$bin" > "$state/bin"
    local url="postgresql+psycopg://filmdesk_test:$password@127.0.0.1:$port/postgres"
    (umask 077; echo "$url" > "$state/url")
    echo "$url"
}

stop() {
    [ -d "$state" ] || return 0
    if [ -f "$state/bin" ] && [ -f "$state/data/postmaster.pid" ]; then
        as_owner "$(cat "$state/bin")/pg_ctl" --pgdata="$state/data" --mode=fast --wait stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$state"
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
