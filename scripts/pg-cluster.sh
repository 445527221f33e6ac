#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a temp dir.
#   scripts/pg-cluster.sh start   prints a postgresql+psycopg:// URL (superuser, trust auth)
#   scripts/pg-cluster.sh stop    stops the cluster and removes its dir
# initdb refuses to run as root, so as root the cluster runs as an unprivileged
# system user (course-studio-pg, created when missing).
set -euo pipefail
# One cluster per checkout: the state file is named after this checkout's path, so
# test runs of two checkouts on one machine leave each other's cluster alone.
checkout_key=$(cd "$(dirname "$0")/.." && pwd | cksum | cut -d' ' -f1)
state=${COURSE_STUDIO_PG_STATE:-${TMPDIR:-/tmp}/course-studio-pg-$checkout_key.state}
pg_user=course-studio-pg

find_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  echo "pg-cluster: the PostgreSQL server programs (initdb, pg_ctl) are not installed" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$pg_user" -- "$@"
  else
    "$@"
  fi
}

start() {
  if [ -f "$state" ]; then stop >/dev/null 2>&1 || true; fi
  local bindir dir port
  bindir=$(find_bindir)
  if [ "$(id -u)" -eq 0 ] && ! id "$pg_user" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/course-studio-pg.XXXXXX")
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown "$pg_user" "$dir"; fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  # An ICU default collation (where "a" sorts before "Z") makes the tests prove that
  # outline positions use COLLATE "C"; fall back to C.UTF-8 without ICU.
  if ! as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 --locale-provider=icu --icu-locale=en-US >"$dir/initdb.log" 2>&1; then
    rm -rf "$dir/data"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  fi
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  printf 'dir=%s\nbindir=%s\n' "$dir" "$bindir" >"$state"
  echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

stop() {
  [ -f "$state" ] || { echo "pg-cluster: no cluster is running" >&2; return 0; }
  local dir bindir
  dir=$(sed -n 's/^dir=//p' "$state")
  bindir=$(sed -n 's/^bindir=//p' "$state")
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in
    */course-studio-pg.*) rm -rf "$dir" ;;
  esac
  rm -f "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
