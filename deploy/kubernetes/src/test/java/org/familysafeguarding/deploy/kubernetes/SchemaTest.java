package org.familysafeguarding.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every rendered object against the schema of its kind at the pinned versions (schemas/SOURCES.md). */
class SchemaTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final ApiSchemas SCHEMAS = new ApiSchemas(Manifests.ROOT.resolve("schemas"));

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_object_of_the_overlay_validates_against_its_pinned_schema(String overlay) {
        Map<String, List<String>> problems = new TreeMap<>();
        for (ObjectNode object : Manifests.rendered(overlay)) {
            List<String> found = SCHEMAS.problems(object);
            if (!found.isEmpty()) {
                problems.put(Yaml.id(object), found);
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void a_misspelt_field_is_refused_as_the_api_server_would() {
        ObjectNode deployment = Manifests.named("dev", "Deployment", "gateway").deepCopy();
        ((ObjectNode) deployment.get("spec")).put("replica", 2);

        assertThat(SCHEMAS.problems(deployment))
                .anySatisfy(problem -> assertThat(problem).contains("replica"));
    }

    @Test
    void a_wrong_type_in_an_operator_resource_is_refused() {
        ObjectNode topic =
                Manifests.named("prod", "KafkaTopic", "partners.events").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitions", "six");
        ObjectNode cluster = Manifests.named("prod", "Cluster", "partners-db").deepCopy();
        ((ObjectNode) cluster.get("spec")).putObject("backup").put("retentionPolicy", "a month");

        assertThat(SCHEMAS.problems(topic))
                .anySatisfy(problem -> assertThat(problem).contains("partitions"));
        assertThat(SCHEMAS.problems(cluster))
                .anySatisfy(problem -> assertThat(problem).contains("retentionPolicy"));
    }

    @Test
    void a_kind_without_a_pinned_schema_is_a_problem_not_a_pass() {
        ObjectNode unknown = Yaml.objects("apiVersion: example.org/v1\nkind: Widget\nmetadata: {name: w}\n", "test")
                .getFirst();

        assertThat(SCHEMAS.problems(unknown)).singleElement().asString().contains("no pinned schema");
    }
}
