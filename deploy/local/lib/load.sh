# shellcheck shell=bash
# stack load --scale county|national [--seed N] [--as-of YYYY-MM-DD] | stack load --verify: the bulk loader of
# bench/ (org.familysafeguarding.bench.scale.ScaleLoad). It writes with COPY straight into the running stack's
# service databases, whose schemas the services migrated at start, then checks that the services agree.

cmd_load() {
  local svc
  [[ $# -gt 0 ]] || die "load: --scale county|national [--seed N] [--as-of YYYY-MM-DD], or --verify"
  for svc in partners contracts caseload; do
    # a service that has started has migrated its database (Flyway at start)
    http_ok "$(service_health_url "$svc")" \
      || die "load: $svc is not running and ready (deploy/local/stack up first)"
  done
  [[ -s $SECRETS ]] || die "load: no $SECRETS (deploy/local/stack up first)"
  ensure_jdk
  ensure_bench_built
  info "bulk load into the stack of $STATE"
  "$JAVA" -cp "$BENCH_JAR" org.familysafeguarding.bench.scale.ScaleLoad --state "$STATE" "$@"
}
