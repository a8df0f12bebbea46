package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What every Deployment must have beyond a valid schema: the rules of issue 15 and of the platform. */
class WorkloadRulesTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final Set<String> WORKLOADS =
            Set.of("gateway", "partners-service", "contracts-service", "caseload-service", "dashboard");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void the_gateway_every_service_and_the_dashboard_are_deployed(String overlay) {
        assertThat(Manifests.ofKind(overlay, "Deployment").map(Manifests::name))
                .containsExactlyInAnyOrderElementsOf(WORKLOADS);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_container_has_health_probes_and_memory_and_cpu_requests_and_limits(String overlay) {
        Manifests.ofKind(overlay, "Deployment").forEach(deployment -> {
            for (JsonNode container : containers(deployment)) {
                String where = Manifests.name(deployment) + "/"
                        + container.path("name").asText();
                assertThat(container
                                .path("readinessProbe")
                                .path("httpGet")
                                .path("path")
                                .asText())
                        .as(where)
                        .isEqualTo("/q/health/ready");
                assertThat(container
                                .path("livenessProbe")
                                .path("httpGet")
                                .path("path")
                                .asText())
                        .as(where)
                        .isEqualTo("/q/health/live");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(container.path("resources").path(bound).has("memory"))
                            .as(where + " memory " + bound)
                            .isTrue();
                    assertThat(container.path("resources").path(bound).has("cpu"))
                            .as(where + " cpu " + bound)
                            .isTrue();
                }
                assertThat(container.path("resources").path("requests").path("memory"))
                        .as(where + ": memory requested as limited, so a node never overcommits it")
                        .isEqualTo(container.path("resources").path("limits").path("memory"));
            }
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void the_heap_leaves_room_below_the_memory_limit(String overlay) {
        Manifests.ofKind(overlay, "Deployment").forEach(deployment -> {
            for (JsonNode container : containers(deployment)) {
                String options = env(container, "JAVA_TOOL_OPTIONS");
                long heap = mebibytes(options.replaceAll(".*-Xmx(\\w+).*", "$1"));
                long limit = mebibytes(container
                        .path("resources")
                        .path("limits")
                        .path("memory")
                        .asText());
                assertThat(heap)
                        .as(Manifests.name(deployment) + ": -Xmx against the limit")
                        .isLessThanOrEqualTo(limit * 3 / 4);
            }
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_pod_runs_as_non_root_on_a_read_only_root_with_tmp_on_an_empty_dir(String overlay) {
        Manifests.ofKind(overlay, "Deployment").forEach(deployment -> {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            String name = Manifests.name(deployment);
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean())
                    .as(name)
                    .isTrue();
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true))
                    .as(name)
                    .isFalse();
            Set<String> emptyDirs = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                    .filter(volume -> volume.has("emptyDir"))
                    .map(volume -> volume.path("name").asText())
                    .collect(Collectors.toSet());
            for (JsonNode container : containers(deployment)) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean())
                        .as(name)
                        .isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true))
                        .as(name)
                        .isFalse();
                assertThat(security.path("capabilities").path("drop").toString())
                        .as(name)
                        .contains("ALL");
                assertThat(container.path("volumeMounts"))
                        .as(name + " mounts /tmp on an emptyDir")
                        .anySatisfy(mount -> {
                            assertThat(mount.path("mountPath").asText()).isEqualTo("/tmp");
                            assertThat(emptyDirs).contains(mount.path("name").asText());
                        });
            }
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_deployment_has_an_autoscaler_a_disruption_budget_and_a_service(String overlay) {
        Manifests.ofKind(overlay, "Deployment").forEach(deployment -> {
            String name = Manifests.name(deployment);
            JsonNode podLabels =
                    deployment.path("spec").path("template").path("metadata").path("labels");
            JsonNode autoscaler = Manifests.named(overlay, "HorizontalPodAutoscaler", name);
            assertThat(autoscaler
                            .path("spec")
                            .path("scaleTargetRef")
                            .path("name")
                            .asText())
                    .isEqualTo(name);
            assertThat(autoscaler.path("spec").path("maxReplicas").asInt())
                    .isGreaterThan(autoscaler.path("spec").path("minReplicas").asInt());
            assertThat(deployment.path("spec").has("replicas"))
                    .as(name + ": the autoscaler owns the replica count")
                    .isFalse();
            assertThat(Selectors.matches(
                            Manifests.named(overlay, "PodDisruptionBudget", name)
                                    .path("spec")
                                    .path("selector"),
                            podLabels))
                    .as(name + " disruption budget selects its pods")
                    .isTrue();
            assertThat(Selectors.matchesLabels(
                            Manifests.named(overlay, "Service", name)
                                    .path("spec")
                                    .path("selector"),
                            podLabels))
                    .as(name + " service selects its pods")
                    .isTrue();
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void configuration_comes_from_the_config_map_and_secrets_only_by_reference(String overlay) {
        Manifests.ofKind(overlay, "Deployment").forEach(deployment -> {
            String name = Manifests.name(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("volumes"))
                    .anySatisfy(volume -> assertThat(
                                    volume.path("configMap").path("name").asText())
                            .isEqualTo(name + "-config"));
            Manifests.named(overlay, "ConfigMap", name + "-config");
            for (JsonNode container : containers(deployment)) {
                for (JsonNode variable : container.path("env")) {
                    String variableName = variable.path("name").asText();
                    if (variableName.contains("PASSWORD") || variableName.contains("JAAS")) {
                        assertThat(variable.has("value"))
                                .as(name + " " + variableName + " must come from a Secret")
                                .isFalse();
                        assertThat(variable.path("valueFrom").has("secretKeyRef"))
                                .as(name + " " + variableName)
                                .isTrue();
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void a_gateway_pod_stays_ready_while_one_service_behind_it_is_down(String overlay) {
        String check = "org.familysafeguarding.gateway.health.ServicesReadiness";
        String properties = Manifests.named(overlay, "ConfigMap", "gateway-config")
                .path("data")
                .path("application.properties")
                .asText();

        assertThat(properties).contains("quarkus.smallrye-health.check.\"" + check + "\".enabled=false");
        assertThat(Files.exists(
                        Manifests.REPOSITORY.resolve("gateway/src/main/java/" + check.replace('.', '/') + ".java")))
                .as("the readiness check switched off still exists under that name")
                .isTrue();
    }

    static List<JsonNode> containers(JsonNode deployment) {
        return StreamSupport.stream(
                        deployment
                                .path("spec")
                                .path("template")
                                .path("spec")
                                .path("containers")
                                .spliterator(),
                        false)
                .toList();
    }

    static String env(JsonNode container, String name) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(variable -> variable.path("name").asText().equals(name))
                .map(variable -> variable.path("value").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.path("name").asText() + " has no " + name));
    }

    static long mebibytes(String quantity) {
        String digits = quantity.replaceAll("[^0-9]", "");
        long value = Long.parseLong(digits);
        String unit = quantity.replaceAll("[0-9]", "");
        return switch (unit) {
            case "Gi", "g", "G" -> value * 1024;
            case "Mi", "m", "M" -> value;
            default -> throw new IllegalArgumentException("unexpected size " + quantity);
        };
    }
}
