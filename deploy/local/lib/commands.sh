# shellcheck shell=bash
# stack status | logs | reset | test

# ---------------------------------------------------------------- status

component_ports() {
  case $1 in
    postgres) echo "$PG_PORT" ;;
    kafka) echo "9092,9093" ;;
    keycloak) echo "8180,9000" ;;
    *) echo "${SERVICE_PORT[$1]}" ;;
  esac
}

component_ready() {
  case $1 in
    postgres) pg_ready ;;
    kafka) kafka_ready ;;
    keycloak) keycloak_ready ;;
    *) http_ok "$(service_health_url "$1")" ;;
  esac
}

cmd_status() {
  [[ $# == 0 ]] || die "status takes no options"
  local c state pid ready rss kb p
  ensure_jdk
  printf '%-12s %-9s %-8s %-10s %-6s %s\n' COMPONENT STATE PID PORTS READY RSS
  for c in "${COMPONENTS[@]}" $(extra_instances); do
    state=stopped pid=- ready=- rss=-
    if [[ $c == postgres ]]; then
      if [[ $(pg_status) == online ]]; then
        pid=$(pg_postmaster_pid)
        state=running
        [[ -f $PIDS/postgres.started ]] || state='running*'
        kb=0
        for p in ${pid:+$pid $(pgrep -P "$pid" || true)}; do
          kb=$((kb + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
        done
        rss="$((kb / 1024)) MB"
      fi
    elif running "$c"; then
      pid=$(recorded_pid "$c")
      state=running
      rss="$(group_rss_mb "$pid") MB"
    fi
    if [[ $state != stopped ]]; then
      if component_ready "$c"; then ready=yes; else ready=no; fi
    fi
    printf '%-12s %-9s %-8s %-10s %-6s %s\n' "$c" "$state" "${pid:--}" "$(component_ports "$c")" "$ready" "$rss"
  done
  [[ $(pg_status) != online || -f $PIDS/postgres.started ]] \
    || say "(running*: PostgreSQL was already running when the stack came up; 'down' leaves it running)"
}

# preflight_ports COMPONENT...: before starting anything, every port of a component that is not
# running yet must be free; lists all that are not, with their holders
preflight_ports() {
  local c port problems=()
  for c in "$@"; do
    if [[ $c == postgres ]]; then
      [[ $(pg_status) == online ]] && continue
    elif running "$c"; then
      continue
    fi
    for port in $(component_ports "$c" | tr ',' ' '); do
      port_busy "$port" && problems+=("port $port ($c) is in use by $(port_owner "$port")")
    done
  done
  ((${#problems[@]} == 0)) && return 0
  printf 'stack: cannot start, ports taken by processes that are not part of the stack:
' >&2
  printf '  %s
' "${problems[@]}" >&2
  printf 'Stop them (or free the ports) and run the command again.\n' >&2
  exit 1
}

# ---------------------------------------------------------------- logs

cmd_logs() {
  local c="" follow=true arg log
  for arg in "$@"; do
    case $arg in
      --no-follow) follow=false ;;
      -*) die "logs: unknown option $arg" ;;
      *) c=$arg ;;
    esac
  done
  [[ -n $c ]] || die "usage: stack logs COMPONENT [--no-follow] (${COMPONENTS[*]} build)"
  log=$(log_path "$c")
  [[ -f $log ]] || die "no log for '$c' at $log"
  if $follow; then exec tail -n 200 -F "$log"; else tail -n 200 "$log"; fi
}

# ---------------------------------------------------------------- reset

cmd_reset() {
  local yes=false arg answer started_pg=false
  for arg in "$@"; do
    case $arg in
      --yes | -y) yes=true ;;
      *) die "reset: unknown option $arg" ;;
    esac
  done
  [[ ${CI:-} == true ]] && yes=true
  if ! $yes; then
    [[ -t 0 ]] || die "reset deletes local data: run it with --yes (no terminal to ask on)"
    read -r -p "Stop the stack and delete Kafka and Keycloak data, the databases ${SERVICE_DATABASES[*]} (and _test), $PLATFORM_TEST_DATABASE, secrets and logs? [y/N] " answer
    [[ $answer == [yY]* ]] || { say "nothing deleted"; return 0; }
  fi
  cmd_down
  if [[ $(pg_status) != missing ]]; then
    if [[ $(pg_status) != online ]]; then
      as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start && started_pg=true
      wait_ready postgres 60 pg_ready
    fi
    info "dropping databases and roles: ${SERVICE_DATABASES[*]} (and _test), $PLATFORM_TEST_DATABASE"
    drop_databases
    if $started_pg; then as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop; fi
  fi
  rm -rf "$KAFKA_DATA" "$KC_DIST/data" "$KC_REALM_SHA" "$SECRETS" "$LOGS" "$PIDS"
  say "local state deleted (kept: downloads, Kafka jars and the unpacked Keycloak under $STATE)"
}

# ---------------------------------------------------------------- test

declare -A TEST_WAS_RUNNING=()
TEST_RESULTS=()
TEST_PHASE="" TEST_PHASE_START=0 TEST_FAILED=false

phase_begin() { TEST_PHASE=$1 TEST_PHASE_START=$SECONDS; info "test phase: $1"; }
phase_end() { # RESULT
  TEST_RESULTS+=("$(printf '%-12s %-8s %s' "$TEST_PHASE" "$1" "$(elapsed $((SECONDS - TEST_PHASE_START)))")")
  [[ $1 == passed || $1 == skipped ]] || TEST_FAILED=true
  TEST_PHASE=""
}

# EXIT trap of 'stack test': stops what the run started, prints the phases, sets the exit code.
test_finish() {
  local rc=$? i c line
  trap - EXIT INT TERM
  [[ -n $TEST_PHASE ]] && phase_end failed
  ((rc == 0)) || TEST_FAILED=true
  local components=("${COMPONENTS[@]}" $(extra_instances))
  for ((i = ${#components[@]} - 1; i >= 0; i--)); do
    c=${components[i]}
    [[ -n ${TEST_WAS_RUNNING[$c]:-} ]] && continue
    if [[ $c == postgres ]]; then
      [[ -f $PIDS/postgres.started ]] && stop_postgres
    elif running "$c"; then
      stop_group "$c"
    fi
  done
  say ""
  say "phase        result   time"
  for line in "${TEST_RESULTS[@]}"; do say "$line"; done
  say "total: $(elapsed $((SECONDS - TEST_START)))"
  if $TEST_FAILED; then exit 1; fi
  exit 0
}

cmd_test() {
  local unit=true e2e=true arg c
  for arg in "$@"; do
    case $arg in
      --unit-only) e2e=false ;;
      --e2e-only) unit=false ;;
      *) die "test: unknown option $arg (--unit-only or --e2e-only)" ;;
    esac
  done
  $unit || $e2e || die "test: --unit-only and --e2e-only exclude each other"
  TEST_START=$SECONDS
  ensure_jdk
  mkdir -p "$DOWNLOADS" "$LOGS" "$PIDS"
  load_secrets
  for c in "${COMPONENTS[@]}"; do
    if [[ $c == postgres ]]; then
      [[ $(pg_status) == online ]] && TEST_WAS_RUNNING[$c]=1
    elif running "$c"; then
      TEST_WAS_RUNNING[$c]=1
    fi
  done
  trap test_finish EXIT
  trap 'exit 130' INT TERM

  phase_begin postgres
  start_postgres
  phase_end passed

  if $unit; then
    phase_begin secrets
    if python3 "$LIB_DIR/check_secrets.py" selftest && python3 "$LIB_DIR/check_secrets.py" scan "$ROOT"; then
      phase_end passed
    else
      phase_end failed
    fi
    phase_begin unit
    if (cd "$ROOT" && ./mvnw -B verify); then phase_end passed; else phase_end failed; fi
  fi
  if $e2e; then
    if $TEST_FAILED; then
      phase_begin e2e
      say "    skipped: the unit phase failed"
      phase_end skipped
    else
      phase_begin stack-up
      STARTED=()
      cmd_up
      trap 'exit 130' INT TERM
      phase_end passed
      phase_begin e2e
      ensure_browser
      if (cd "$ROOT" && STACK_ROOT=$ROOT ./mvnw -B -pl e2e-tests verify -Pe2e); then
        phase_end passed
      else
        phase_end failed
      fi
      # a smoke run: fails on a failed call, never on a figure
      phase_begin bench
      if (STACK_STATE=$STATE cmd_bench --quick); then phase_end passed; else phase_end failed; fi
      # the same stack with two instances of each service, one of each killed during a burst of writes
      phase_begin fault
      if cmd_up --replicas 2 --no-demo >"$LOGS/fault-up.log" 2>&1 && cmd_fault_test --requests 200; then
        phase_end passed
      else
        say "    (starting the second instances: $LOGS/fault-up.log)"
        phase_end failed
      fi
      trap 'exit 130' INT TERM
    fi
  fi
}

# ---------------------------------------------------------------- fault test

# stack fault-test [--requests N]: the instance fault test (e2e-tests InstanceFaultE2ETest) against a
# stack running two or more instances of each service
cmd_fault_test() {
  local requests=400
  while (($#)); do
    case $1 in
      --requests) requests=${2:-}; shift ;;
      --requests=*) requests=${1#*=} ;;
      *) die "fault-test: unknown option $1 (--requests N)" ;;
    esac
    shift
  done
  [[ $requests =~ ^[0-9]+$ ]] && ((requests >= 20)) || die "fault-test: --requests takes a number of 20 or more"
  ensure_jdk
  http_ok "$GATEWAY_URL/q/health/ready" || die "fault-test: the stack is not running (deploy/local/stack up --replicas 2 first)"
  (($(recorded_replicas) >= 2)) || die "fault-test: the stack runs one instance of each service; start it with: deploy/local/stack up --replicas 2"
  info "fault test: $requests interventions through the gateway; caseload-2 and contracts-2 killed (SIGKILL) and started again"
  (cd "$ROOT" && STACK_ROOT=$ROOT ./mvnw -B -q -pl e2e-tests verify -Pe2e -Dgroups=fault -De2e.excludedGroups=none \
    -Dfault.requests="$requests" -Dsurefire.failIfNoSpecifiedTests=false)
}
