package org.familysafeguarding.caseload.rest.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The list of UK Core definitions on the classpath ({@code fhir/uk-core/index.txt}, one path a line). */
final class UkCoreIndex {

    private UkCoreIndex() {}

    static List<String> read() {
        InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(UkCoreValidator.BASE + "index.txt");
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing " + UkCoreValidator.BASE + "index.txt"));
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
