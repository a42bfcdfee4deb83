# A throw-away PostgreSQL 15 server for the tests (test.sh) and the benchmarks (bench/postgres.sh); source it, then
#   postgres_start   # sets POSTGRES_DIR, POSTGRES_PORT and POSTGRES_SERVER (an Npgsql connection string to the server)
#   postgres_stop    # stops the server and deletes its folder, unless POSTGRES_KEEP (the caller's exit trap calls it)
# The cluster lives in a mktemp folder, listens on 127.0.0.1 only, on a free port, with its socket in that folder;
# trust authentication is safe there (nothing but this machine reaches it) and needs no password in any file.
# initdb and postgres refuse to run as root, so as root they run as the 'postgres' user (created when missing).
# POSTGRES_KEEP=<folder> (benchmarks only) keeps the cluster in that folder instead: made on the first start,
# started again on the next, never deleted, so a large benchmark database is imported once.
# POSTGRES_OPTIONS adds server settings (e.g. "-c shared_buffers=1GB").
# Debian's 'postgresql' package is installed only when the server binaries are missing. Any failure is fatal:
# a PostgreSQL run that cannot start must fail, never skip.

postgres_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "Installing PostgreSQL (Debian package 'postgresql')…" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$bin"
}

postgres_start() {
  local bin as=()
  bin=$(postgres_bin)
  if [ -n "${POSTGRES_KEEP:-}" ]; then
    mkdir -p "$POSTGRES_KEEP"
    POSTGRES_DIR=$(realpath "$POSTGRES_KEEP")
    # A socket path may not exceed ~107 bytes, and a kept folder may be deep: the socket goes to /tmp.
    POSTGRES_SOCKETS=$(mktemp -d /tmp/peacetalks-pgsock.XXXXXX)
  else
    POSTGRES_DIR=$(mktemp -d /tmp/peacetalks-pg.XXXXXX)
    POSTGRES_SOCKETS=$POSTGRES_DIR
  fi
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres: "$POSTGRES_DIR" "$POSTGRES_SOCKETS"
    as=(runuser -u postgres --)
  fi
  POSTGRES_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ -f "$POSTGRES_DIR/data/PG_VERSION" ] || \
  "${as[@]}" "$bin/initdb" -D "$POSTGRES_DIR/data" -U peacetalks --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$POSTGRES_DIR/initdb.log" >&2; echo "PostgreSQL: initdb failed" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $POSTGRES_PORT -k $POSTGRES_SOCKETS -c max_connections=300 -c fsync=${POSTGRES_FSYNC:-on} ${POSTGRES_OPTIONS:-}" start >/dev/null \
    || { cat "$POSTGRES_DIR/server.log" >&2; echo "PostgreSQL: the server did not start" >&2; return 1; }
  POSTGRES_SERVER="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=peacetalks;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$POSTGRES_PORT ($POSTGRES_DIR)" >&2
}

postgres_stop() {
  [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR" ] || return 0
  local bin as=()
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  if [ -n "${POSTGRES_KEEP:-}" ]; then
    "${as[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    [ -z "${POSTGRES_SOCKETS:-}" ] || rm -rf "$POSTGRES_SOCKETS"
  else
    "${as[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_DIR"
  fi
  POSTGRES_DIR=""
}
