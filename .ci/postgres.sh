#!/usr/bin/env bash
# Throwaway PostgreSQL for tests: a fresh cluster on a free loopback port, owned by the OS user
# 'postgres' (initdb refuses root), with durability switched off because nothing here must survive.
#   source .ci/postgres.sh start   exports SWITCHBOARD_TEST_JDBC_URL (and _USER) for the test run
#   .ci/postgres.sh stop           stops the server and deletes its directory (same environment:
#                                  start exports PG_STATE, the file naming the server's directory)
PG_VERSION=${PG_VERSION:-15}
PGBIN=${PGBIN:-/usr/lib/postgresql/$PG_VERSION/bin}
PG_OS_USER=${PG_OS_USER:-postgres}

pg_start() {
	if [ ! -x "$PGBIN/initdb" ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "postgresql-$PG_VERSION" >/dev/null || return 1
	fi
	id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_OS_USER" || return 1
	local dir port
	dir=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-pg.XXXXXX") || return 1
	chown "$PG_OS_USER" "$dir" && chmod 700 "$dir" || return 1
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])') || return 1
	runuser -u "$PG_OS_USER" -- "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
		>"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; return 1; }
	runuser -u "$PG_OS_USER" -- "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
		start >/dev/null || { cat "$dir/server.log"; return 1; }
	"$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U postgres switchboard || return 1
	export PG_STATE="$dir.env"
	printf 'PG_DIR=%s\n' "$dir" >"$PG_STATE"
	export SWITCHBOARD_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:$port/switchboard"
	export SWITCHBOARD_TEST_JDBC_USER=postgres
	export SWITCHBOARD_TEST_JDBC_PASSWORD=
	echo "PostgreSQL $PG_VERSION started on 127.0.0.1:$port"
}

pg_stop() {
	[ -n "${PG_STATE:-}" ] && [ -f "$PG_STATE" ] && . "$PG_STATE"
	[ -n "${PG_DIR:-}" ] || return 0
	runuser -u "$PG_OS_USER" -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$PG_DIR" "$PG_STATE"
}

case "${1:-}" in
	start) pg_start ;;
	stop) pg_stop ;;
	*) echo "usage: source .ci/postgres.sh start | .ci/postgres.sh stop" >&2; false ;;
esac
