package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Who reaches whom under each overlay's NetworkPolicies, pod by pod. */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final Map<String, String> DATABASES = Map.of(
            "partners-service", "partners-db", "contracts-service", "contracts-db", "caseload-service", "caseload-db");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_policy_selects_pods_and_every_peer_names_a_pod_that_exists(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        assertThat(network.policies()).isNotEmpty().allSatisfy(policy -> {
            assertThat(network.selectedBy(policy))
                    .as(Manifests.name(policy) + " selects nothing")
                    .isNotEmpty();
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : policy.path("spec").path(direction)) {
                    for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                        assertThat(network.admittedBy(peer))
                                .as(Manifests.name(policy) + " " + direction + " peer " + peer)
                                .isNotEmpty();
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everything_is_denied_unless_a_policy_opens_it(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        assertThat(network.policies()).anySatisfy(policy -> {
            assertThat(policy.path("spec").path("podSelector").isEmpty()).isTrue();
            assertThat(policy.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
            assertThat(policy.path("spec").has("ingress") || policy.path("spec").has("egress"))
                    .isFalse();
        });
        assertThat(network.reaches("stranger", "gateway", 8080)).isFalse();
        assertThat(network.reaches("stranger", "events-kafka", 9093)).isFalse();
        assertThat(network.reaches("stranger", "keycloak", 8080)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void only_the_ingress_controller_reaches_the_gateway_from_outside(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        assertThat(network.reaches("ingress-controller", "gateway", 8080)).isTrue();
        assertThat(network.reaches("ingress-controller", "keycloak", 8080)).isTrue();
        assertThat(network.reaches("ingress-controller", "dashboard", 8084)).isFalse();
        NetworkModel.servicePorts()
                .forEach((service, port) -> assertThat(network.reaches("ingress-controller", service, port))
                        .as(service)
                        .isFalse());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void only_the_gateway_reaches_the_services(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        NetworkModel.servicePorts().forEach((service, port) -> {
            assertThat(network.reaches("gateway", service, port))
                    .as("gateway -> " + service)
                    .isTrue();
            for (NetworkModel.Pod other : network.pods()) {
                if (!other.name().equals("gateway")) {
                    assertThat(network.reaches(other.name(), service, port))
                            .as(other.name() + " -> " + service)
                            .isFalse();
                }
            }
        });
        assertThat(network.reaches("gateway", "dashboard", 8084)).isTrue();
        assertThat(network.reaches("dashboard", "gateway", 8080)).isTrue();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void only_a_service_reaches_its_own_database(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        DATABASES.forEach((service, database) -> {
            for (NetworkModel.Pod other : network.pods()) {
                boolean owner = other.name().equals(service) || other.name().equals(database);
                assertThat(network.reaches(other.name(), database, 5432))
                        .as(other.name() + " -> " + database)
                        .isEqualTo(owner);
            }
        });
        assertThat(network.reaches("keycloak", "keycloak-db", 5432)).isTrue();
        assertThat(network.reaches("keycloak-realm-import", "keycloak-db", 5432))
                .isTrue();
        assertThat(network.reaches("gateway", "keycloak-db", 5432)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void only_the_services_reach_kafka(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        for (NetworkModel.Pod other : network.pods()) {
            boolean service = DATABASES.containsKey(other.name());
            assertThat(network.reaches(other.name(), "events-kafka", 9093))
                    .as(other.name() + " -> kafka")
                    .isEqualTo(service);
        }
        assertThat(network.reaches("events-entity-operator", "events-kafka", 9091))
                .isTrue();
        assertThat(network.reaches("strimzi-operator", "events-kafka", 9091)).isTrue();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_workload_reaches_dns_and_the_ones_that_check_tokens_reach_keycloak(String overlay) {
        NetworkModel network = new NetworkModel(overlay);

        for (String workload :
                List.of("gateway", "partners-service", "contracts-service", "caseload-service", "dashboard")) {
            assertThat(network.reaches(workload, "dns", 53)).as(workload).isTrue();
            assertThat(network.reaches(workload, "keycloak", 8080)).as(workload).isTrue();
        }
        assertThat(network.reaches("events-kafka", "keycloak", 8080)).isFalse();
        assertThat(network.reaches("partners-db", "keycloak", 8080)).isFalse();
    }
}
