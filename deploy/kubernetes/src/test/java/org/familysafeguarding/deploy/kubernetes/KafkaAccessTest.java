package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The KafkaUsers' ACLs and the KafkaTopics, derived from what each service's application.properties
 * says it writes and reads: a channel added or renamed there fails here until the manifests follow.
 */
class KafkaAccessTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final List<String> SERVICES = List.of("partners-service", "contracts-service", "caseload-service");

    /** One ACL entry, as the KafkaUser lists it. */
    record Acl(String type, String name, String operation) implements Comparable<Acl> {
        @Override
        public int compareTo(Acl other) {
            return toString().compareTo(other.toString());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void each_service_may_write_only_its_own_topics_and_read_only_what_it_consumes(String overlay) throws IOException {
        for (String service : SERVICES) {
            assertThat(granted(Manifests.named(overlay, "KafkaUser", service)))
                    .as(service)
                    .isEqualTo(needed(channels(service)));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_topic_a_service_names_is_declared_and_every_declared_topic_is_used(String overlay) throws IOException {
        Set<String> declared = Manifests.ofKind(overlay, "KafkaTopic")
                .map(topic -> topic.path("spec").path("topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> named = new TreeSet<>();
        for (String service : SERVICES) {
            needed(channels(service)).stream()
                    .filter(acl -> acl.type().equals("topic"))
                    .forEach(acl -> named.add(acl.name()));
        }

        assertThat(declared).isEqualTo(named);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void each_service_authenticates_as_its_own_kafka_user(String overlay) {
        for (String service : SERVICES) {
            JsonNode container = WorkloadRulesTest.containers(Manifests.named(overlay, "Deployment", service))
                    .getFirst();
            JsonNode jaas = null;
            for (JsonNode variable : container.path("env")) {
                if (variable.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    jaas = variable.path("valueFrom").path("secretKeyRef");
                }
            }
            assertThat(jaas).as(service).isNotNull();
            assertThat(jaas.path("name").asText()).isEqualTo(service);
            assertThat(Manifests.named(overlay, "KafkaUser", service)
                            .path("spec")
                            .path("authentication")
                            .path("type")
                            .asText())
                    .isEqualTo("scram-sha-512");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topics_are_replicated_as_the_overlay_says(String overlay) {
        int replicas = overlay.equals("prod") ? 3 : 1;
        int nodes = Manifests.named(overlay, "KafkaNodePool", "nodes")
                .path("spec")
                .path("replicas")
                .asInt();

        assertThat(nodes).isGreaterThanOrEqualTo(replicas);
        assertThat(Manifests.ofKind(overlay, "KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(replicas);
            assertThat(topic.path("spec").path("partitions").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(topic.path("spec")
                            .path("config")
                            .path("min.insync.replicas")
                            .asInt())
                    .isEqualTo(replicas == 3 ? 2 : 1);
        });
    }

    private static Properties channels(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Manifests.REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** Write (and Describe) on each outgoing topic and dead-letter topic; Read (and Describe) on each incoming topic; Read on each group. */
    static Set<Acl> needed(Properties properties) {
        Set<Acl> acls = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (key.startsWith("%")) {
                continue;
            }
            if (key.startsWith("mp.messaging.outgoing.") && key.endsWith("topic")) {
                acls.add(new Acl("topic", value, "Write"));
                acls.add(new Acl("topic", value, "Describe"));
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                acls.add(new Acl("topic", value, "Write"));
                acls.add(new Acl("topic", value, "Describe"));
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                acls.add(new Acl("topic", value, "Read"));
                acls.add(new Acl("topic", value, "Describe"));
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                acls.add(new Acl("group", value, "Read"));
            } else if (key.startsWith("mp.messaging.incoming.")
                    && key.endsWith(".failure-strategy")
                    && value.equals("dead-letter-queue")) {
                String channel = key.substring(0, key.length() - ".failure-strategy".length());
                assertThat(properties.getProperty(channel + ".dead-letter-queue.topic"))
                        .as(channel + " names its dead-letter topic, so that its ACL and KafkaTopic can")
                        .isNotNull();
            }
        }
        return acls;
    }

    private static Set<Acl> granted(JsonNode user) {
        Set<Acl> acls = new TreeSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            assertThat(acl.path("resource").path("patternType").asText("literal"))
                    .isEqualTo("literal");
            for (JsonNode operation : acl.path("operations")) {
                acls.add(new Acl(
                        acl.path("resource").path("type").asText(),
                        acl.path("resource").path("name").asText(),
                        operation.asText()));
            }
        }
        return acls;
    }
}
