# shellcheck shell=bash
# Kafka: single node in KRaft mode (broker + controller), jars from Maven Central. Every client
# authenticates (SASL/SCRAM-SHA-512 on :9092; the controller listener takes only the broker itself,
# SASL/PLAIN) and the StandardAuthorizer allows each user only its own topics (deploy/local/kafka/KafkaAccess.java).

KAFKA_DIR=$STATE/kafka
KAFKA_LIBS=$KAFKA_DIR/libs              # broker (kafka_2.13 4.4.0)
KAFKA_TOOLS_LIBS=$KAFKA_DIR/tools-libs  # TopicCommand (kafka-tools 4.3.1 with its own 4.3.1 jars)
KAFKA_DATA=$KAFKA_DIR/data
KAFKA_POM=$LOCAL_DIR/kafka/pom.xml
KAFKA_TOOLS_POM=$LOCAL_DIR/kafka/tools/pom.xml
KAFKA_PORTS=(9092 9093)
KAFKA_BOOTSTRAP=127.0.0.1:9092
# every topic, dead-letter topics included: with ACLs no client may create one on first use
KAFKA_TOPICS=(partners.events contracts.events caseload.events hmpps.domain-events caseload.probation-contacts
  partners.events.dlq.contracts-service caseload.events.dlq.contracts-service partners.events.dlq.caseload-service
  contracts.events.dlq.caseload-service hmpps.domain-events.dlq.caseload-service)
# written when the storage was formatted with the admin's SCRAM credential; storage without it is formatted anew
KAFKA_SASL_MARKER=$KAFKA_DIR/.sasl-scram
KAFKA_PARTITIONS=3

# fetch_jars POM DIR: the POM's runtime class path copied into DIR, once, and again when the POM changes
fetch_jars() {
  local pom=$1 dir=$2 marker=$2/.complete
  if [[ -f $marker && ! $pom -nt $marker ]]; then return 0; fi
  info "fetching ${pom#"$ROOT/"}'s jars from Maven Central (once)"
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$ROOT" && ./mvnw -B -q -f "$pom" "$DEPENDENCY_PLUGIN:copy-dependencies" \
      -DincludeScope=runtime -DoutputDirectory="$dir") >"$LOGS/kafka-download.log" 2>&1 \
    || fail kafka-download "could not fetch the jars of ${pom#"$ROOT/"} (mvnw dependency:copy-dependencies)"
  touch "$marker"
}

ensure_kafka_libs() {
  fetch_jars "$KAFKA_POM" "$KAFKA_LIBS"
  fetch_jars "$KAFKA_TOOLS_POM" "$KAFKA_TOOLS_LIBS"
}

write_kafka_config() {
  mkdir -p "$KAFKA_DATA"
  (umask 077 && : >"$KAFKA_DIR/server.properties" && : >"$KAFKA_DIR/tools-client.properties")
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/local/stack on each start; edit lib/kafka.sh instead. Holds the admin's password.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:9093
listeners=BROKER://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=BROKER://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
controller.listener.names=CONTROLLER
inter.broker.listener.name=BROKER
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,BROKER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.broker.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
# SCRAM credentials live in the metadata the controller serves, so the controller listener uses PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD" user_admin="$KAFKA_ADMIN_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=$KAFKA_DATA
num.partitions=$KAFKA_PARTITIONS
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=168
log.segment.bytes=67108864
EOF
  cat >"$KAFKA_DIR/log4j2.properties" <<'EOF'
status = warn
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.authorizer.name = kafka.authorizer.logger
logger.authorizer.level = WARN
EOF
  cat >"$KAFKA_DIR/tools-client.properties" <<EOF
# the stack's own tools act as the broker's admin; they give up quickly, so that readiness probes stay short
bootstrap.servers=$KAFKA_BOOTSTRAP
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
default.api.timeout.ms=10000
request.timeout.ms=5000
EOF
  cat >"$KAFKA_DIR/tools-log4j2.properties" <<'EOF'
status = error
appender.err.type = Console
appender.err.name = ERR
appender.err.target = SYSTEM_ERR
appender.err.layout.type = PatternLayout
appender.err.layout.pattern = %p %m%n
rootLogger.level = WARN
rootLogger.appenderRef.err.ref = ERR
EOF
}

# kafka_tool CLASS-PATH-DIR MAIN-CLASS ARGS...: a short-lived JVM
kafka_tool() {
  local libs=$1
  shift
  "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$KAFKA_DIR/tools-log4j2.properties" \
    -cp "$libs/*" "$@"
}

kafka_topics() {
  kafka_tool "$KAFKA_TOOLS_LIBS" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
    --command-config "$KAFKA_DIR/tools-client.properties" "$@"
}

kafka_ready() { port_busy 9092 && kafka_topics --list >/dev/null 2>&1; }

format_kafka_storage() {
  if [[ -f $KAFKA_DATA/meta.properties && ! -f $KAFKA_SASL_MARKER ]]; then
    info "Kafka storage was made without authentication: formatting it anew (its events are dropped)"
    rm -rf "$KAFKA_DATA"
    mkdir -p "$KAFKA_DATA"
  fi
  [[ -f $KAFKA_DATA/meta.properties ]] && return 0
  local cluster_id
  cluster_id=$(kafka_tool "$KAFKA_LIBS" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka.log") \
    || fail kafka "could not generate a cluster id"
  info "formatting Kafka storage (cluster id $cluster_id)"
  kafka_tool "$KAFKA_LIBS" kafka.tools.StorageTool format --standalone -t "$cluster_id" \
    -c "$KAFKA_DIR/server.properties" --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" \
    >>"$LOGS/kafka.log" 2>&1 || fail kafka "kafka.tools.StorageTool format failed"
  touch "$KAFKA_SASL_MARKER"
}

ensure_topics() {
  local existing topic created=()
  existing=$(kafka_topics --list 2>>"$LOGS/kafka.log") || fail kafka "could not list topics"
  for topic in "${KAFKA_TOPICS[@]}"; do
    grep -qxF "$topic" <<<"$existing" && continue
    kafka_topics --create --if-not-exists --topic "$topic" --partitions "$KAFKA_PARTITIONS" \
      --replication-factor 1 >>"$LOGS/kafka.log" 2>&1 || fail kafka "could not create topic $topic"
    created+=("$topic")
  done
  if ((${#created[@]})); then say "    topics created: ${created[*]}"; else say "    topics present"; fi
}

# The services' and the probation integration's users, and what each may write and read (idempotent).
ensure_kafka_access() {
  local granted
  granted=$(KAFKA_PARTNERS_PASSWORD=$KAFKA_PARTNERS_PASSWORD KAFKA_CONTRACTS_PASSWORD=$KAFKA_CONTRACTS_PASSWORD \
    KAFKA_CASELOAD_PASSWORD=$KAFKA_CASELOAD_PASSWORD KAFKA_PROBATION_PASSWORD=$KAFKA_PROBATION_PASSWORD \
    kafka_tool "$KAFKA_TOOLS_LIBS" "$LOCAL_DIR/kafka/KafkaAccess.java" "$KAFKA_DIR/tools-client.properties" \
    2>>"$LOGS/kafka.log") || fail kafka "could not set the Kafka users and ACLs (deploy/local/kafka/KafkaAccess.java)"
  say "    access: $granted"
}

start_kafka() {
  if running kafka; then
    say "    kafka already running (pid $(recorded_pid kafka))"
  else
    ensure_ports_free kafka "${KAFKA_PORTS[@]}"
    ensure_kafka_libs
    write_kafka_config
    mkdir -p "$LOGS"
    format_kafka_storage
    info "starting Kafka (KRaft, 127.0.0.1:9092, controller :9093)"
    spawn kafka "$KAFKA_DIR" "$JAVA" -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties"
    wait_ready kafka 120 kafka_ready
  fi
  ensure_topics
  ensure_kafka_access
}
