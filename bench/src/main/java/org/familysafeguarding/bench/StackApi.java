package org.familysafeguarding.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running stack seen from outside: its addresses, its demo users with real Keycloak tokens,
 * and plain JSON calls for setting up. One HTTP/1.1 client serves the setup and the load alike.
 */
final class StackApi implements AutoCloseable {

    static final URI GATEWAY = URI.create("http://127.0.0.1:8080");
    static final URI PARTNERS = URI.create("http://127.0.0.1:8082");
    static final URI CONTRACTS = URI.create("http://127.0.0.1:8081");
    static final URI CASELOAD = URI.create("http://127.0.0.1:8083");
    static final String DATABASE_HOST = "127.0.0.1:5432";
    static final URI TOKEN_URL =
            URI.create("http://127.0.0.1:8180/realms/family-safeguarding/protocol/openid-connect/token");
    /** The public client the local scripts and tests use: the only one with a password grant. */
    static final String CLIENT = "family-safeguarding-cli";

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    record DemoUser(String username, String password, String role, String council, String agencyId, String lastName) {}

    record Answer(int status, JsonNode body, HttpHeaders headers) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private record Token(String value, long expiresAtNanos) {}

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final ObjectMapper json = new ObjectMapper();
    /** The demo users of deploy/local/demo-users.csv. */
    final List<DemoUser> users;
    /** Others who may sign in the same way: the demo families' invented workers. */
    private final Map<String, DemoUser> others = new ConcurrentHashMap<>();

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Thread refresher;

    StackApi(Path root) throws IOException {
        this.users = demoUsers(root.resolve("deploy/local/demo-users.csv"));
        // access tokens live 5 minutes and a full run is longer: they are renewed beside the load, never inside a timed
        // call
        this.refresher = Thread.ofVirtual().name("token-refresher").start(this::refreshTokens);
    }

    DemoUser user(String username) {
        return users.stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .or(() -> Optional.ofNullable(others.get(username)))
                .orElseThrow(() -> new IllegalStateException("no demo user " + username + " in demo-users.csv"));
    }

    boolean isDemoUser(String username) {
        return users.stream().anyMatch(u -> u.username().equals(username));
    }

    void addUser(DemoUser user) {
        others.put(user.username(), user);
    }

    /** A current access token of the user (the password grant of the public client). */
    String bearer(String username) {
        Token token = tokens.get(username);
        if (token == null || System.nanoTime() > token.expiresAtNanos() - TimeUnit.SECONDS.toNanos(20)) {
            token = fetchToken(user(username));
            tokens.put(username, token);
        }
        return token.value();
    }

    private Token fetchToken(DemoUser user) {
        String form = "grant_type=password&client_id=" + CLIENT + "&username=" + encode(user.username()) + "&password="
                + encode(user.password());
        HttpRequest request = HttpRequest.newBuilder(TOKEN_URL)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long asked = System.nanoTime();
        Answer answer = send(request);
        if (!answer.ok()) {
            throw new IllegalStateException("Keycloak refused a token for " + user.username() + ": " + answer.status());
        }
        long lifetime = answer.body().path("expires_in").asLong(300);
        return new Token(answer.body().path("access_token").asText(), asked + TimeUnit.SECONDS.toNanos(lifetime));
    }

    private void refreshTokens() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(Duration.ofSeconds(10));
                long soon = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                tokens.forEach((name, token) -> {
                    if (token.expiresAtNanos() < soon) {
                        try {
                            tokens.put(name, fetchToken(user(name)));
                        } catch (RuntimeException e) {
                            // a caller asking for it renews it itself, or fails with the reason
                        }
                    }
                });
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Answer get(URI base, String path, String username) {
        return send(request(base, path, username).GET().build());
    }

    Answer post(URI base, String path, String username, String body) {
        return send(request(base, path, username)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The body of a 2xx answer; anything else stops the set-up with what the stack said. */
    JsonNode ok(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    HttpRequest.Builder request(URI base, String path, String username) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer(username))
                .header("Accept", "application/json");
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node;
            try {
                node = body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
            } catch (IOException e) {
                node = json.getNodeFactory().textNode(body); // XML, or an error page
            }
            return new Answer(response.statusCode(), node, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A value of the stack's .stack/secrets.env (written by deploy/local/stack). */
    static String secret(Path state, String key) throws IOException {
        Path secrets = state.resolve("secrets.env");
        return Files.readAllLines(secrets).stream()
                .filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1)
                        .replace("'", "")
                        .replace("\"", "")
                        .strip())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + key + " in " + secrets));
    }

    static List<DemoUser> demoUsers(Path csv) throws IOException {
        List<String> lines =
                Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).toList();
        List<String> header = csvCells(lines.get(0));
        List<DemoUser> found = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csvCells(line);
            found.add(new DemoUser(
                    cells.get(header.indexOf("username")),
                    cells.get(header.indexOf("password")),
                    cells.get(header.indexOf("role")),
                    cells.get(header.indexOf("council")),
                    cells.get(header.indexOf("agency_id")),
                    cells.get(header.indexOf("last_name"))));
        }
        return List.copyOf(found);
    }

    /** One CSV line's cells; a quoted cell may hold commas ("Change, Grow, Live"). */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        refresher.interrupt();
        http.close();
    }
}
