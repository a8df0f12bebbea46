package org.familysafeguarding.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The catalogue's folders as committed: a folder per publisher, its AsyncAPI document and its examples. */
final class CatalogueFiles {

    static final Path ROOT = Path.of("src/main/resources/events");
    /** The services of the platform, each with its own document. */
    static final List<String> SERVICES = List.of("partners", "contracts", "caseload");
    /** Publishers outside the platform whose events a service reads: their examples only. */
    static final String HMPPS = "hmpps";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private CatalogueFiles() {}

    static Path document(String service) {
        return ROOT.resolve(service).resolve("asyncapi.json");
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, JsonNode document) {
        try {
            Files.writeString(file, JSON.writer(PRETTY).writeValueAsString(document) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A publisher's examples by file name (without {@code .json}), in name order. */
    static Map<String, JsonNode> examples(String publisher) {
        Map<String, JsonNode> examples = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(publisher).resolve("examples"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .forEach(f -> examples.put(f.getFileName().toString().replaceFirst("\\.json$", ""), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }
}
