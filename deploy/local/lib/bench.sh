# shellcheck shell=bash
# stack bench [--quick] [--callers N] [--audit-off-url URL]: the benchmark harness (module bench/) against
# the running stack. STACK_STATE=DIR measures the stack whose state is DIR (e.g. another checkout's
# .stack); every other command keeps to this repository's .stack.

BENCH_JAR=$ROOT/bench/target/bench.jar

# Why the harness needs building, or nothing when its jar is newer than its sources and POMs.
bench_build_reason() {
  local newer
  [[ -f $BENCH_JAR ]] || { echo "bench is not built"; return 0; }
  newer=$(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" "$ROOT/pom.xml" -type f -newer "$BENCH_JAR" -print -quit 2>/dev/null)
  [[ -z $newer ]] || printf '%s changed since the last build\n' "${newer#"$ROOT/"}"
}

ensure_bench_built() {
  local reason
  reason=$(bench_build_reason)
  [[ -n $reason ]] || return 0
  info "building the benchmark harness: $reason"
  mkdir -p "$LOGS"
  (cd "$ROOT" && ./mvnw -q -B package -pl bench -DskipTests) >"$LOGS/bench-build.log" 2>&1 \
    || die "bench: ./mvnw -q -B package -pl bench -DskipTests failed (see $LOGS/bench-build.log)"
}

# The audit-off baseline: one more caseload-service instance, not behind the gateway, in the 'bench'
# profile (the only one where platform.audit.write=false is accepted), started for the run and stopped after.
AUDIT_OFF_INSTANCE=caseload-9

start_audit_off_instance() {
  register_instance "$AUDIT_OFF_INSTANCE"
  info "the audit-off baseline: $AUDIT_OFF_INSTANCE on :${SERVICE_PORT[$AUDIT_OFF_INSTANCE]} (profile bench, audit write off)"
  export QUARKUS_PROFILE=prod,bench PLATFORM_AUDIT_WRITE=false
  start_service "$AUDIT_OFF_INSTANCE"
  unset QUARKUS_PROFILE PLATFORM_AUDIT_WRITE
}

stop_audit_off_instance() { stop_group "$AUDIT_OFF_INSTANCE" >/dev/null; }

cmd_bench() {
  local state=${STACK_STATE:-$STATE} audit_off=() arg rc=0
  state=$(readlink -f "$state" 2>/dev/null || printf '%s' "$state")
  [[ -d $state ]] || die "bench: no stack state at $state (STACK_STATE names another checkout's .stack)"
  if ! http_ok "$GATEWAY_URL/q/health/ready" && [[ ! -s $state/pids/gateway.pid ]]; then
    die "bench: the stack is not running (deploy/local/stack up first)"
  fi
  ensure_jdk
  ensure_bench_built
  # this repository's stack, no baseline named: start one
  if [[ $state == "$(readlink -f "$STATE" 2>/dev/null || printf '%s' "$STATE")" && -z ${BENCH_AUDIT_OFF_URL:-} ]]; then
    for arg in "$@"; do
      if [[ $arg == --audit-off-url* ]]; then audit_off=(none); fi
    done
    if ((${#audit_off[@]} == 0)); then
      load_secrets
      start_audit_off_instance
      audit_off=(--audit-off-url "http://127.0.0.1:${SERVICE_PORT[$AUDIT_OFF_INSTANCE]}")
    else
      audit_off=()
    fi
  fi
  info "benchmark of the stack of $state (table also in $ROOT/bench/results/)"
  "$JAVA" -jar "$BENCH_JAR" --root "$ROOT" --state "$state" --results "$ROOT/bench/results" "${audit_off[@]}" "$@" || rc=$?
  if ((${#audit_off[@]})); then stop_audit_off_instance; fi
  return $rc
}
