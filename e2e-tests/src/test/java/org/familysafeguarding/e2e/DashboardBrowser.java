package org.familysafeguarding.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through chromium-driver: signs in on Keycloak's real login page,
 * opens dashboard pages, saves screenshots, runs axe-core in the page and reads its paint timing.
 */
final class DashboardBrowser implements AutoCloseable {

    static final String DASHBOARD = "http://127.0.0.1:8084";
    static final Path SCREENSHOTS =
            Path.of(System.getProperty("dashboard.screenshots", "target/dashboard-screenshots"));

    /** What one page load measured: first contentful paint and load end, in ms from navigation start. */
    record Timing(String page, double firstContentfulPaint, double domContentLoaded, double loadEnd) {}

    /** An axe-core violation: rule, impact and how many nodes break it. */
    record Violation(String rule, String impact, int nodes, String help) {}

    private static String axeSource;

    final WebDriver driver;

    DashboardBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=1280,1600",
                "--disable-gpu",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Opens the dashboard, is sent to Keycloak's login page, signs in there and comes back. */
    void signIn(Stack.DemoUser user) {
        driver.get(DASHBOARD + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        if (!driver.getCurrentUrl().startsWith(Stack.KEYCLOAK)) {
            throw new AssertionError("expected Keycloak's login page, was " + driver.getCurrentUrl());
        }
        driver.findElement(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    void open(String path) {
        driver.get(DASHBOARD + path);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    /** Each body row of a table as its cells' text (the row header first). */
    List<List<String>> rows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#table-" + tableId + " tbody tr"))) {
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream()
                    .map(WebElement::getText)
                    .toList();
            if (!(cells.size() == 1 && cells.get(0).equals("None."))) {
                rows.add(cells);
            }
        }
        return rows;
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // the whole page: the window grows to the document's height first
        Object height = js().executeScript("return document.documentElement.scrollHeight");
        driver.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(
                        1280, Math.min(12000, Math.max(900, ((Number) height).intValue()))));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        return file;
    }

    /** Navigation Timing and Paint Timing of the current page; waits up to 5 s for the first contentful paint. */
    Timing timing(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const nav = performance.getEntriesByType('navigation')[0];
                const answer = fcp => done({ fcp: fcp, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd });
                const seen = performance.getEntriesByName('first-contentful-paint')[0];
                if (seen) { answer(seen.startTime); return; }
                new PerformanceObserver(list => {
                  const paint = list.getEntriesByName('first-contentful-paint')[0];
                  if (paint) { answer(paint.startTime); }
                }).observe({ type: 'paint', buffered: true });
                setTimeout(() => answer(-1), 5000);
                """);
        return new Timing(page, number(t.get("fcp")), number(t.get("dcl")), number(t.get("load")));
    }

    /** Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) in the page as it stands. */
    @SuppressWarnings("unchecked")
    List<Violation> axe() throws IOException, InterruptedException {
        js().executeScript(axeScript());
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                  .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })) }))
                  .catch(e => done({ error: String(e) }));
                """);
        if (result.containsKey("error")) {
            throw new AssertionError("axe-core failed: " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations"))
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("id"),
                                (String) v.get("impact"),
                                ((Number) v.get("nodes")).intValue(),
                                (String) v.get("help")))
                        .toList();
    }

    /** axe-core from npm, fetched once by npm pack into target/ (npm checks the package's integrity). */
    static synchronized String axeScript() throws IOException, InterruptedException {
        if (axeSource == null) {
            String version = System.getProperty("axe-core.version", "4.14.1");
            Path dir = Path.of("target", "axe-core-" + version);
            Path script = dir.resolve("package").resolve("axe.min.js");
            if (!Files.exists(script)) {
                Files.createDirectories(dir);
                Process pack = new ProcessBuilder("npm", "pack", "axe-core@" + version, "--silent")
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .start();
                String out = new String(pack.getInputStream().readAllBytes()).trim();
                if (pack.waitFor() != 0) {
                    throw new IOException("npm pack axe-core@" + version + " failed: " + out);
                }
                String tarball = out.lines().reduce((a, b) -> b).orElseThrow();
                Process untar = new ProcessBuilder("tar", "xzf", tarball, "package/axe.min.js")
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .start();
                if (untar.waitFor() != 0) {
                    throw new IOException("could not unpack " + tarball);
                }
            }
            axeSource = Files.readString(script);
        }
        return axeSource;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private static double number(Object value) {
        return value == null ? -1 : ((Number) value).doubleValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
