package org.familysafeguarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every field of a request body that names another object (an id, or a council's code) is listed in
 * body-references.csv with the check it gets: a new such field fails here until someone has decided,
 * and written down, how it is checked.
 */
class BodyReferencesE2ETest {

    static final Path TABLE = Path.of("src/test/resources/body-references.csv");

    @Test
    void every_reference_in_a_request_body_has_a_stated_check() throws IOException {
        var found = new TreeSet<String>();
        for (ApiOperations.Operation operation : ApiOperations.all()) {
            if (operation.requestBodySchema() != null && !operation.isRead()) {
                List<String> fields = new ArrayList<>();
                references(operation.requestBodySchema(), "", fields, 0);
                fields.forEach(field -> found.add(operation.key() + "," + field));
            }
        }
        var listed = new TreeSet<String>();
        for (String line : Files.readAllLines(TABLE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            assertThat(cells).as("operation,field,check: %s", line).hasSize(3);
            assertThat(cells[2].strip()).as("the check of %s", line).isNotEmpty();
            listed.add(cells[0] + "," + cells[1]);
        }
        System.out.printf(
                "body references: %d fields of %d operations, each with its check%n",
                found.size(),
                found.stream()
                        .map(f -> f.substring(0, f.indexOf(',')))
                        .distinct()
                        .count());
        assertThat(listed)
                .as("fields that name another object without a line in %s", TABLE)
                .containsAll(found);
        assertThat(found)
                .as("lines in %s for fields that no longer exist", TABLE)
                .containsAll(listed);
    }

    private static void references(JsonNode schema, String prefix, List<String> out, int depth) {
        JsonNode s = ApiOperations.resolve(schema);
        if (depth > 6 || s == null || s.isMissingNode()) {
            return;
        }
        if (s.has("items")) {
            references(s.get("items"), prefix + "[]", out, depth + 1);
            return;
        }
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            s.path(combination).forEach(part -> references(part, prefix, out, depth + 1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties =
                        s.path("properties").fields();
                properties.hasNext(); ) {
            var property = properties.next();
            String name = property.getKey();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (name.equals("id")
                    || name.equals("code")
                    || name.equals("council")
                    || name.endsWith("Id")
                    || name.endsWith("Ids")) {
                out.add(path);
            }
            references(property.getValue(), path, out, depth + 1);
        }
    }
}
