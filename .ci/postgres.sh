#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the storage contract tests and prints the environment they read.
#
#   eval "$(.ci/postgres.sh)"          # or: .ci/postgres.sh --env-file FILE && . FILE
#   .ci/postgres.sh --stop DATADIR     # stops a server this script started and deletes its data
#
# Installs Debian's postgresql package when no server binaries are found. PostgreSQL refuses to run as root, so the
# server runs as the unprivileged user `postgres` (created when missing) from a fresh data directory under /tmp,
# listening on 127.0.0.1 only. Progress goes to stderr; stdout carries only the `export` lines.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

server_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  # Debian keeps the server binaries out of PATH, one folder per major version.
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/pg_ctl" ]; then
    echo "$newest"
  fi
}

as_postgres() {
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

if [ "${1:-}" = "--stop" ]; then
  bin=$(server_bin)
  as_postgres "$bin/pg_ctl" -D "$2" -m fast -w stop >&2
  rm -rf "$2"
  exit 0
fi

env_file=""
if [ "${1:-}" = "--env-file" ]; then env_file="$2"; fi

bin=$(server_bin)
if [ -z "$bin" ]; then
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
  bin=$(server_bin)
fi
[ -n "$bin" ] || { log "no PostgreSQL server binaries found after installing"; exit 1; }

if ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
fi

# The first free port from 5432 up: a developer may already run a server of their own.
port=${ENTENTE_POSTGRES_PORT:-5432}
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

data=$(mktemp -d /tmp/entente-pgdata.XXXXXX)
chown postgres "$data"
chmod 700 "$data"
log "initdb into $data"
as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >&2
# fsync off: the cluster is thrown away after the run, and tests should not wait on the disk.
as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c max_connections=200" start >&2

password=entente
# pg_signal_backend: a test class drops its database WITH (FORCE), which must also end an autovacuum worker that
# started on it after the tests' writes (such a worker belongs to no role the test role is a member of).
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE entente LOGIN CREATEDB PASSWORD '$password'" -c "GRANT pg_signal_backend TO entente" >&2

exports="export ENTENTE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=entente;Password=$password;Database=postgres'
export ENTENTE_TEST_POSTGRES_DATA='$data'"
log "server running on 127.0.0.1:$port; stop it with: .ci/postgres.sh --stop $data"
if [ -n "$env_file" ]; then echo "$exports" >"$env_file"; else echo "$exports"; fi
