# shellcheck shell=bash
# The platform's Quarkus services: build when stale, start, check health, load demo data.

SERVICES=(partners contracts caseload gateway dashboard)
declare -A SERVICE_MODULE=([partners]=partners-service [contracts]=contracts-service
  [caseload]=caseload-service [gateway]=gateway [dashboard]=dashboard)
declare -A SERVICE_PORT=([partners]=8082 [contracts]=8081 [caseload]=8083 [gateway]=8080 [dashboard]=8084)
GATEWAY_URL=http://127.0.0.1:8080
DASHBOARD_URL=http://127.0.0.1:8084
AGENCIES_URL=$GATEWAY_URL/api/partners/v1/agencies

# Services that may run as several instances (stack up --replicas N): instance 1 is named after the
# service and keeps its port; instance K is SERVICE-K on the service's port + 10*(K-1), e.g. caseload-2 on 8093.
REPLICATED=(partners contracts caseload)
REPLICAS=1
MAX_REPLICAS=5
REPLICAS_FILE=$STATE/replicas

instance_name() { if (($2 == 1)); then printf '%s\n' "$1"; else printf '%s-%s\n' "$1" "$2"; fi; }
base_service() { printf '%s\n' "${1%-[0-9]*}"; }

# register_instance NAME: an instance SERVICE-K gets its module and port
register_instance() {
  local name=$1 svc k
  svc=$(base_service "$name")
  k=${name##*-}
  SERVICE_MODULE[$name]=${SERVICE_MODULE[$svc]}
  SERVICE_PORT[$name]=$((${SERVICE_PORT[$svc]} + 10 * (k - 1)))
}

# The extra instances (SERVICE-K, K >= 2) that have a pid file.
extra_instances() {
  local f
  for f in "$PIDS"/*-[0-9].pid; do
    [[ -e $f ]] && basename "$f" .pid
  done
  return 0
}

# Registers the extra instances that have a pid file, so that status, down and test know their ports.
register_extra_instances() {
  local name
  for name in $(extra_instances); do register_instance "$name"; done
}

# The base URLs of a replicated service's instances, comma-separated, for the gateway.
instance_urls() {
  local svc=$1 k urls=""
  for ((k = 1; k <= REPLICAS; k++)); do
    urls+="${urls:+,}http://127.0.0.1:$((${SERVICE_PORT[$svc]} + 10 * (k - 1)))"
  done
  printf '%s\n' "$urls"
}

recorded_replicas() { if [[ -s $REPLICAS_FILE ]]; then tr -dc '0-9' <"$REPLICAS_FILE"; else echo 1; fi; }

# set_replicas N: instances 2..N registered; a gateway routing to another number of instances, and
# instances beyond N, are stopped so that up starts what N needs
set_replicas() {
  local n=$1 svc k name
  [[ $n =~ ^[0-9]+$ ]] && ((n >= 1 && n <= MAX_REPLICAS)) || die "up: --replicas takes 1 to $MAX_REPLICAS"
  REPLICAS=$n
  for svc in "${REPLICATED[@]}"; do
    for ((k = 2; k <= n; k++)); do register_instance "$(instance_name "$svc" "$k")"; done
  done
  if [[ $(recorded_replicas) != "$n" ]] && running gateway; then
    info "the gateway routes to $(recorded_replicas) instance(s) of each service: restarting it for $n"
    stop_group gateway
  fi
  for name in $(extra_instances); do
    k=${name##*-}
    if ((k > n)); then stop_group "$name"; fi
  done
  mkdir -p "$STATE"
  printf '%s\n' "$n" >"$REPLICAS_FILE"
}

# start_instances SERVICE: every instance of a replicated service, or the one of any other
start_instances() {
  local svc=$1 k
  if [[ " ${REPLICATED[*]} " == *" $svc "* ]]; then
    for ((k = 1; k <= REPLICAS; k++)); do start_service "$(instance_name "$svc" "$k")"; done
  else
    start_service "$svc"
  fi
}

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar\n' "$ROOT" "${SERVICE_MODULE[$1]}"; }
service_health_url() { printf 'http://127.0.0.1:%s/q/health/ready\n' "${SERVICE_PORT[$1]}"; }

# Why the services need building, or nothing when every jar is newer than every source and POM.
build_reason() {
  local svc jar oldest="" newer
  for svc in "${SERVICES[@]}"; do
    jar=$(service_jar "$svc")
    if [[ ! -f $jar ]]; then printf '%s is not built\n' "${SERVICE_MODULE[$svc]}"; return; fi
    if [[ -z $oldest || $jar -ot $oldest ]]; then oldest=$jar; fi
  done
  newer=$(find "$ROOT" \( -path "$ROOT/.stack" -o -path "$ROOT/.git" -o -path "$ROOT/deploy" \
      -o -path "$ROOT/e2e-tests" -o -name target -o -name node_modules \) -prune \
      -o -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$oldest" -print -quit)
  [[ -z $newer ]] || printf '%s changed since the last build\n' "${newer#"$ROOT/"}"
}

ensure_services_built() {
  local svc reason start=$SECONDS
  [[ -f $ROOT/pom.xml ]] || die "no pom.xml in $ROOT: nothing to build (use 'stack up --infra-only')"
  for svc in "${SERVICES[@]}"; do
    [[ -f $ROOT/${SERVICE_MODULE[$svc]}/pom.xml ]] \
      || die "module ${SERVICE_MODULE[$svc]} does not exist yet (use 'stack up --infra-only' for PostgreSQL, Kafka and Keycloak)"
  done
  reason=$(build_reason)
  [[ -n $reason ]] || return 0
  info "building the services: $reason"
  say "    ./mvnw -q -B package -DskipTests (a few minutes; output in $LOGS/build.log)"
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests) >"$LOGS/build.log" 2>&1 \
    || fail build "./mvnw -q -B package -DskipTests failed"
  say "    built in $(elapsed $((SECONDS - start)))"
}

# A service still running from jars older than the current build is stopped, so that up starts the new one.
restart_stale_services() {
  local svc
  for svc in "${SERVICES[@]}" $(extra_instances); do
    if running "$svc" && [[ $(service_jar "$svc") -nt $(pid_file "$svc") ]]; then
      info "$svc runs an older build: restarting it"
      stop_group "$svc"
    fi
  done
}

# The JVM options of each service, sized for a 2-core machine and measured (deploy/local/README.md, "Memory"):
# the serial collector (no concurrent GC threads to feed, the least overhead per MB) and a heap of two to six times each
# service's live set after load (partners ~30 MB, contracts ~35 MB, gateway ~15 MB, dashboard ~20 MB); beside the heap
# each holds 90-150 MB of class metadata, code and symbols (NMT, deploy/local/README.md "Memory"). caseload keeps
# G1 and 384 MB: the UK Core validator's profiles (HAPI FHIR, R4 and R5 models) stay live, about 230 MB.
# MALLOC_ARENA_MAX=2 keeps glibc from giving each busy thread an arena of its own.
jvm_options() {
  local common="-XX:+ExitOnOutOfMemoryError -XX:ReservedCodeCacheSize=96m"
  case $1 in
    caseload) echo "$common -Xmx384m -XX:+UseG1GC" ;;
    gateway | dashboard) echo "$common -Xmx96m -XX:+UseSerialGC" ;;
    *) echo "$common -Xmx80m -XX:+UseSerialGC" ;;
  esac
}

start_service() {
  local svc=$1 port=${SERVICE_PORT[$1]} base var
  base=$(base_service "$svc")
  if running "$svc"; then
    say "    $svc already running (pid $(recorded_pid "$svc"))"
    return 0
  fi
  ensure_ports_free "$svc" "$port"
  info "starting $svc on :$port"
  export QUARKUS_HTTP_PORT=$port
  case $base in
    gateway)
      for var in "${REPLICATED[@]}"; do export "GATEWAY_SERVICES_${var^^}_URLS=$(instance_urls "$var")"; done
      ;;
    dashboard) export DASHBOARD_STATE_SECRET ;;
    *)
      var=${base^^}_DB_PASSWORD
      export QUARKUS_DATASOURCE_PASSWORD=${!var}
      var=KAFKA_${base^^}_PASSWORD
      export KAFKA_SASL_JAAS_CONFIG="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$base\" password=\"${!var}\";"
      ;;
  esac
  export MALLOC_ARENA_MAX=2
  # shellcheck disable=SC2046 # the options are words on purpose
  spawn "$svc" "$STATE" "$JAVA" $(jvm_options "$base") -jar "$(service_jar "$svc")"
  unset QUARKUS_HTTP_PORT QUARKUS_DATASOURCE_PASSWORD KAFKA_SASL_JAAS_CONFIG MALLOC_ARENA_MAX \
    GATEWAY_SERVICES_PARTNERS_URLS GATEWAY_SERVICES_CONTRACTS_URLS GATEWAY_SERVICES_CASELOAD_URLS
  wait_ready "$svc" 120 http_ok "$(service_health_url "$svc")"
}

# Loads demo-data/ through the gateway as the demo users (lib/load_demo.py); what is there already is kept.
load_demo_data() {
  info "loading demo data (agencies, councils, due diligence, workforce, teams, agreements, the reports' contracts; invented families at scale ${DEMO_FAMILIES_SCALE:-$(demo_families_up_scale)})"
  python3 "$LIB_DIR/load_demo.py" "$GATEWAY_URL" "$KC_TOKEN_URL" "$LOCAL_DIR"
}

demo_families_up_scale() { python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import demo_families; print(demo_families.UP_SCALE)' "$LIB_DIR"; }

# stack demo-families [--seed N] [--scale F] [--as-of DATE]: invented families into a running stack
cmd_demo_families() {
  http_ok "$GATEWAY_URL/q/health/ready" || die "demo-families: the stack is not running (deploy/local/stack up first)"
  python3 "$LIB_DIR/demo_families.py" "$@"
}

# The browser tests drive Debian's chromium with chromium-driver (headless); installed when missing.
ensure_browser() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return 0
  info "installing chromium and chromium-driver for the dashboard's browser tests"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >"$LOGS/apt.log" 2>&1 \
    || { as_root apt-get update -q >>"$LOGS/apt.log" 2>&1 \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >>"$LOGS/apt.log" 2>&1; } \
    || fail browser "apt-get install chromium chromium-driver failed (see $LOGS/apt.log)"
}
