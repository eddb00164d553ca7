#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL 15 server for the server tests (issue 25), from Debian's packages:
#   pg-test-server.sh start DIR   initdb into DIR as an unprivileged user, TLS with a certificate made for it,
#                                 listening on 127.0.0.1 at a free port and on a Unix socket in DIR; writes
#                                 DIR/server.env (host, port, the CA to verify with, the administrator's password)
#   pg-test-server.sh stop DIR    stops it; the caller removes DIR
# Nothing outside DIR is touched, so two test runs never meet.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
command=${1:?start or stop}
dir=$(realpath -m "${2:?the folder of the server}")

# initdb and postgres refuse to run as root: then they run as Debian's postgres user, who owns DIR.
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/admin.password.tmp"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/admin.password.tmp"
    as_server "$bin/initdb" --pgdata="$dir/data" --username=koordinera_admin --auth=scram-sha-256 \
        --pwfile="$dir/admin.password.tmp" --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    rm -f "$dir/admin.password.tmp"

    # A CA of the run's own and a server certificate for localhost signed by it: the client verifies the server.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Koordinera test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/data/server.key" \
        -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/san.ext" -out "$dir/data/server.crt" 2>/dev/null
    chmod 600 "$dir/data/server.key"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/server.key" "$dir/data/server.crt"

    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
ssl_min_protocol_version = 'TLSv1.2'
fsync = off
CONF
    # TLS over TCP only, with a password; the Unix socket is for the administrator setting the server up.
    cat > "$dir/data/pg_hba.conf" <<HBA
local   all  koordinera_admin               scram-sha-256
hostssl all  all               127.0.0.1/32 scram-sha-256
HBA
    as_server "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent start
    cat > "$dir/server.env" <<ENV
KOORDINERA_PG_HOST=localhost
KOORDINERA_PG_PORT=$port
KOORDINERA_PG_SOCKET=$dir
KOORDINERA_PG_CA=$dir/ca.crt
KOORDINERA_PG_ADMIN=koordinera_admin
KOORDINERA_PG_ADMIN_PASSWORD=$password
ENV
    chmod 600 "$dir/server.env"
    ;;
stop)
    [ -d "$dir/data" ] && as_server "$bin/pg_ctl" --pgdata="$dir/data" --wait --silent --mode=fast stop || true
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
