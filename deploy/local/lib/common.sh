# shellcheck shell=bash
# Shared helpers of deploy/local/stack: output, JDK, secrets, processes, ports, waiting.

say()  { printf '%s\n' "$*"; }
info() { printf '==> %s\n' "$*"; }
warn() { printf 'stack: warning: %s\n' "$*" >&2; }
die()  { printf 'stack: %s\n' "$*" >&2; exit 1; }

elapsed() { # seconds -> "1m 05s" / "42s"
  local s=$1
  if ((s >= 60)); then printf '%dm %02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi
}

# ---------------------------------------------------------------- JDK 21+

java_major() { # JAVA_HOME-like dir -> major version, or nothing
  local v
  v=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}') || return 0
  case $v in
    1.*) v=${v#1.}; printf '%s\n' "${v%%.*}" ;;
    *) printf '%s\n' "${v%%[.+-]*}" ;;
  esac
}

ensure_jdk() {
  local best="" best_major=0 dir major
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    major=$(java_major "$JAVA_HOME")
    if [[ -n $major ]] && ((major >= 21)); then best=$JAVA_HOME best_major=$major; fi
  fi
  if [[ -z $best ]]; then
    for dir in /usr/lib/jvm/*/; do
      dir=${dir%/}
      [[ -x $dir/bin/java && ! -L $dir ]] || continue
      major=$(java_major "$dir")
      [[ -n $major ]] || continue
      if ((major >= 21 && major > best_major)); then best=$dir best_major=$major; fi
    done
  fi
  [[ -n $best ]] || die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing >= 21 under /usr/lib/jvm).
Keycloak 26 and the services need Java 21+: install one (e.g. apt-get install openjdk-21-jdk-headless where Debian has it) or set JAVA_HOME."
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  JAVA=$JAVA_HOME/bin/java
}

# ---------------------------------------------------------------- secrets

random_secret() { head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | cut -c1-24; }

# Creates .stack/secrets.env on first use and adds any key it lacks; never changes a kept value.
load_secrets() {
  local key added=()
  mkdir -p "$STATE"
  (umask 077 && touch "$SECRETS")
  chmod 600 "$SECRETS"
  for key in PARTNERS_DB_PASSWORD CONTRACTS_DB_PASSWORD CASELOAD_DB_PASSWORD \
             KEYCLOAK_ADMIN_USERNAME KEYCLOAK_ADMIN_PASSWORD DASHBOARD_STATE_SECRET \
             KAFKA_ADMIN_PASSWORD KAFKA_PARTNERS_PASSWORD KAFKA_CONTRACTS_PASSWORD KAFKA_CASELOAD_PASSWORD \
             KAFKA_PROBATION_PASSWORD; do
    if ! grep -q "^$key=" "$SECRETS"; then
      if [[ $key == KEYCLOAK_ADMIN_USERNAME ]]; then
        printf '%s=%s\n' "$key" admin >>"$SECRETS"
      elif [[ $key == DASHBOARD_STATE_SECRET ]]; then
        # encrypts the dashboard's PKCE code verifier in its state cookie: at least 32 characters
        printf '%s=%s%s\n' "$key" "$(random_secret)" "$(random_secret)" >>"$SECRETS"
      else
        printf '%s=%s\n' "$key" "$(random_secret)" >>"$SECRETS"
      fi
      added+=("$key")
    fi
  done
  # shellcheck disable=SC1090
  source "$SECRETS"
  SECRETS_ADDED=" ${added[*]} "
}

# ---------------------------------------------------------------- processes

pid_file() { printf '%s/%s.pid\n' "$PIDS" "$1"; }

recorded_pid() { local f; f=$(pid_file "$1"); [[ -s $f ]] && tr -dc '0-9' <"$f"; return 0; }

group_members() { pgrep -g "$1" 2>/dev/null || true; }

# A process group is ours if one of its members runs from this repository (.stack or a module).
group_is_ours() {
  local p
  for p in $(group_members "$1"); do
    tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qF "$ROOT/" && return 0
  done
  return 1
}

# running COMPONENT: its recorded process group is alive and ours
running() {
  local pid
  pid=$(recorded_pid "$1")
  [[ -n $pid ]] && group_is_ours "$pid"
}

# spawn COMPONENT DIR COMMAND...: starts COMMAND in a new session (its own process group),
# output to .stack/logs/COMPONENT.log (the previous log kept as .log.1)
spawn() {
  local c=$1 dir=$2 log pid
  shift 2
  log="$LOGS/$c.log"
  mkdir -p "$LOGS" "$PIDS"
  [[ -f $log ]] && mv -f "$log" "$log.1"
  printf '=== %s started by deploy/local/stack at %s\n' "$c" "$(date -Is)" >"$log"
  (cd "$dir" && exec setsid "$@") >>"$log" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$c")"
  STARTED+=("$c")
}

# stop_group COMPONENT: SIGTERM to its process group, up to 30 s, then SIGKILL
stop_group() {
  local c=$1 pid i
  pid=$(recorded_pid "$c")
  if [[ -n $pid ]] && group_is_ours "$pid"; then
    say "stopping $c (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
      [[ -z $(group_members "$pid") ]] && break
      sleep 0.5
    done
    if [[ -n $(group_members "$pid") ]]; then
      warn "$c did not stop within 30 s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  rm -f "$(pid_file "$c")"
}

# group_rss_mb PGID: resident memory of the whole process group, in MB
group_rss_mb() {
  local p kb total=0
  for p in $(group_members "$1"); do
    kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  printf '%d\n' $((total / 1024))
}

# ---------------------------------------------------------------- ports

port_busy() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }

port_owner() {
  local users
  users=$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(([^)]*))' | head -n1 || true)
  if [[ -n $users ]]; then
    # users:(("python3",pid=1234,fd=3)) -> python3 (pid 1234)
    sed -E 's/users:\(\("([^"]*)",pid=([0-9]+).*/\1 (pid \2)/' <<<"$users"
  else
    printf 'a process ss cannot name (try: ss -ltnp "sport = :%s" as root)\n' "$1"
  fi
}

# ensure_ports_free COMPONENT PORT...: fails up with the port and its holder
ensure_ports_free() {
  local c=$1 port
  shift
  for port in "$@"; do
    if port_busy "$port"; then
      fail "$c" "port $port is already in use by $(port_owner "$port"), which is not the stack's $c.
Stop that process (or free the port) and run 'deploy/local/stack up' again." nolog
    fi
  done
}

# ---------------------------------------------------------------- readiness

http_ok() { curl -fsS -o /dev/null --max-time "${2:-3}" "$1" 2>/dev/null; }

# wait_ready COMPONENT TIMEOUT CHECK...: polls CHECK until it succeeds, the group dies or time runs out
wait_ready() {
  local c=$1 timeout=$2 start=$SECONDS pid
  shift 2
  pid=$(recorded_pid "$c")
  while ! "$@"; do
    if [[ -n $pid && -z $(group_members "$pid") ]]; then
      fail "$c" "the process exited before it was ready"
    fi
    if ((SECONDS - start >= timeout)); then
      fail "$c" "not ready after ${timeout} s"
    fi
    sleep 1
  done
  say "    $c ready after $(elapsed $((SECONDS - start)))"
}

# ---------------------------------------------------------------- failure and roll-back

# Stops, newest first, what this invocation started.
rollback() {
  local i c
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    c=${STARTED[i]}
    stop_component "$c" || true
  done
  STARTED=()
}

# fail COMPONENT MESSAGE [nolog]: says what failed, shows its log, rolls back, exits 1
fail() {
  local c=$1 msg=$2 log
  log=$(log_path "$c")
  printf '\nstack: %s failed: %s\n' "$c" "$msg" >&2
  if [[ ${3:-} != nolog && -f $log ]]; then
    printf 'stack: log: %s (last 30 lines follow)\n' "$log" >&2
    tail -n 30 "$log" >&2 || true
  fi
  if ((${#STARTED[@]})); then
    printf '\nstack: stopping what this run started: %s\n' "${STARTED[*]}" >&2
    rollback
  fi
  exit 1
}

# ---------------------------------------------------------------- JSON (jq if present, else python3)

# json_get FIELD < json: prints a top-level string field, or nothing
json_get() {
  if command -v jq >/dev/null; then
    jq -r --arg f "$1" '.[$f] // empty' 2>/dev/null || true
  else
    python3 -c 'import json,sys
try: print(json.load(sys.stdin).get(sys.argv[1]) or "")
except Exception: pass' "$1"
  fi
}

# json_items FILE: one compact JSON document per line for each element of the array in FILE
json_items() {
  if command -v jq >/dev/null; then
    jq -c '.[]' "$1"
  else
    python3 -c 'import json,sys
for item in json.load(open(sys.argv[1])): print(json.dumps(item, separators=(",", ":")))' "$1"
  fi
}

# jwt_claims TOKEN: the decoded payload of a JWT
jwt_claims() {
  python3 -c 'import base64,json,sys
p = sys.argv[1].split(".")[1]; p += "=" * (-len(p) % 4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(p)), indent=2))' "$1"
}
