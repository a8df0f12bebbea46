# shellcheck shell=bash
# PostgreSQL: Debian's cluster "15 main", one role and database per service plus test databases.

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
PG_LOG=/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log
SERVICE_DATABASES=(partners contracts caseload)
# platform-support's own tests (outbox, inbox, audit chain) run against a database of their own
PLATFORM_TEST_DATABASE=platform_test

as_root() {
  if [[ $(id -u) == 0 ]]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"
  else die "'$*' needs root (or password-less sudo)"
  fi
}

as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n -u postgres -- "$@"
  else die "'$*' must run as the postgres user: run the stack as root or with password-less sudo"
  fi
}

pg_status() { # online | down | missing
  local s
  command -v pg_lsclusters >/dev/null || { echo missing; return; }
  s=$(pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v n="$PG_CLUSTER" '$1 == v && $2 == n {print $4}')
  case $s in
    online*) echo online ;;
    "") echo missing ;;
    *) echo down ;;
  esac
}

pg_postmaster_pid() {
  local f=/var/run/postgresql/$PG_VERSION-$PG_CLUSTER.pid
  [[ -r $f ]] && head -n1 "$f" | tr -dc '0-9'
  return 0
}

pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; }

start_postgres() {
  command -v pg_ctlcluster >/dev/null \
    || die "PostgreSQL is not installed: apt-get install postgresql-$PG_VERSION (Debian's package)"
  local status
  status=$(pg_status)
  if [[ $status == missing ]]; then
    info "creating PostgreSQL cluster $PG_VERSION $PG_CLUSTER"
    as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >/dev/null \
      || fail postgres "pg_createcluster $PG_VERSION $PG_CLUSTER failed" nolog
    status=down
  fi
  local port
  port=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v n="$PG_CLUSTER" '$1 == v && $2 == n {print $3}')
  [[ $port == "$PG_PORT" ]] || fail postgres "cluster $PG_VERSION $PG_CLUSTER listens on port $port; the services expect $PG_PORT" nolog
  if [[ $status == online ]]; then
    say "    postgres already running (cluster $PG_VERSION $PG_CLUSTER)"
  else
    ensure_ports_free postgres "$PG_PORT"
    info "starting PostgreSQL (pg_ctlcluster $PG_VERSION $PG_CLUSTER start)"
    STARTED+=(postgres)
    date -Is >"$PIDS/postgres.started"
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || fail postgres "pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed"
  fi
  wait_ready postgres 120 pg_ready
  ensure_databases
}

stop_postgres() {
  if [[ -f $PIDS/postgres.started ]]; then
    if [[ $(pg_status) == online ]]; then
      say "stopping postgres (pg_ctlcluster $PG_VERSION $PG_CLUSTER stop)"
      as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || warn "pg_ctlcluster stop failed"
    fi
    rm -f "$PIDS/postgres.started"
  elif [[ $(pg_status) == online ]]; then
    say "leaving postgres running (it was running before the stack started)"
  fi
}

# psql as the postgres superuser over the local socket; SQL on stdin
pg_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null; }

# ensure_role_db NAME PASSWORD: role NAME (login, PASSWORD) owning database NAME; idempotent.
# Passwords are alphanumeric (generated here or equal to the role name), so quoting is safe.
ensure_role_db() {
  pg_admin <<SQL
\\set role '$1'
\\set pw '$2'
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')\\gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
SELECT format('CREATE DATABASE %I OWNER %I', :'role', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'role')\\gexec
ALTER DATABASE :"role" OWNER TO :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
GRANT ALL ON DATABASE :"role" TO :"role";
SQL
}

# The service databases belong to one stack state (.stack/: Kafka's log, Keycloak's data): a
# service's read models and outbox only make sense with the Kafka they were written with. A database
# left by another checkout's stack (or by a stack since reset) is recreated empty, so the services
# start consistent with this Kafka and the demo data loads again through the API.
claim_database() {
  local db=$1 id=$2 owner
  # empty when there is no such database; "unmarked" when it predates the marking
  owner=$(as_postgres psql -X -q -t -A -d postgres -c \
    "SELECT coalesce(shobj_description(oid, 'pg_database'), 'unmarked') FROM pg_database WHERE datname = '$db'") \
    || return 1
  if [[ -n $owner && $owner != "stack:$id" ]]; then
    warn "database $db was written with another stack state ($owner); recreating it empty"
    pg_admin <<SQL || return 1
\\set name '$db'
DROP DATABASE IF EXISTS :"name" WITH (FORCE);
SQL
  fi
}

stack_id() {
  [[ -s $STATE/stack-id ]] || { mkdir -p "$STATE"; cat /proc/sys/kernel/random/uuid >"$STATE/stack-id"; }
  cat "$STATE/stack-id"
}

ensure_databases() {
  local svc var id
  id=$(stack_id)
  for svc in "${SERVICE_DATABASES[@]}"; do
    var=${svc^^}_DB_PASSWORD
    claim_database "$svc" "$id" || fail postgres "could not check which stack database $svc belongs to"
    ensure_role_db "$svc" "${!var}" || fail postgres "could not create role and database $svc"
    pg_admin <<<"COMMENT ON DATABASE \"$svc\" IS 'stack:$id'" || fail postgres "could not mark database $svc"
    # test databases hold only synthetic data; the unit tests log in with the role name as password
    ensure_role_db "${svc}_test" "${svc}_test" || fail postgres "could not create role and database ${svc}_test"
  done
  ensure_role_db "$PLATFORM_TEST_DATABASE" "$PLATFORM_TEST_DATABASE" \
    || fail postgres "could not create role and database $PLATFORM_TEST_DATABASE"
  say "    databases: ${SERVICE_DATABASES[*]} (+ _test), $PLATFORM_TEST_DATABASE ready"
}

# drop_role_db NAME: database NAME and its role NAME, if there
drop_role_db() {
  pg_admin <<SQL || warn "could not drop $1"
\\set name '$1'
DROP DATABASE IF EXISTS :"name" WITH (FORCE);
DROP ROLE IF EXISTS :"name";
SQL
}

drop_databases() {
  local svc
  for svc in "${SERVICE_DATABASES[@]}"; do
    drop_role_db "$svc"
    drop_role_db "${svc}_test"
  done
  drop_role_db "$PLATFORM_TEST_DATABASE"
}
