#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster (for the store's tests, `make test`):
# its own data directory under a new temporary directory, a free port on 127.0.0.1, password
# authentication, run as the `postgres` user when we are root (initdb refuses root). The
# command gets CE_TEST_POSTGRES_URL (the maintenance database; tests create and drop their own
# databases) and CE_REQUIRE_POSTGRES=1 (tests needing PostgreSQL fail without it rather than
# skip). The cluster is stopped and removed when the command ends, whatever its status.
# Usage: scripts/with-postgres.sh COMMAND [ARG…]
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bindir/initdb" ] || { echo "with-postgres: no PostgreSQL server (apt-get install postgresql; scripts/setup.sh does)" >&2; exit 69; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ce-postgres.XXXXXX")
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$tmp"; fi
chmod 700 "$tmp"

stop() {
  as_postgres "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 130' INT TERM

password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
as_postgres sh -c "umask 077; printf '%s\n' '$password' > '$tmp/pw'"
as_postgres "$bindir/initdb" -D "$tmp/data" -U postgres --pwfile="$tmp/pw" --auth-host=scram-sha-256 --auth-local=trust \
  -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 69; }

# A free port: bind port 0, read what the kernel gave, release it (a race with another
# program is possible but harmless: pg_ctl then fails and says so).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$tmp' -c fsync=off -c max_connections=50" start >/dev/null \
  || { cat "$tmp/server.log" >&2; exit 69; }

export CE_TEST_POSTGRES_URL="postgres://postgres:$password@127.0.0.1:$port/postgres?sslmode=disable"
export CE_REQUIRE_POSTGRES=1
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $tmp)" >&2
status=0
"$@" || status=$?
exit $status
