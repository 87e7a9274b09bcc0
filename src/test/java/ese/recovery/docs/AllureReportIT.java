package ese.recovery.docs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the single-file Allure report from disk in headless Chromium, as a reader would, after the
 * build wrote it (Failsafe execution {@code report-in-browser}, verify phase): the report shows as many
 * scenarios under the two articles as the specification ran, and a known scenario's When step shows
 * its folder listing. Keeps a screenshot in {@code reports/allure-report-screenshot.png}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run});
 * override their paths with {@code -Dchromium.binary=} and {@code -Dchromedriver=}.
 */
class AllureReportIT {
    static final Path REPORT = Path.of("reports", "allure-report", "index.html");
    static final Path SCREENSHOT = Path.of("reports", "allure-report-screenshot.png");
    /** A scenario of conclusion.feature, and what its When step's folder listing shows afterwards. */
    static final String KNOWN_SCENARIO = "Hard recovery completes without E00.log";
    static final String KNOWN_WHEN = "When the restore completes and the store is brought online";
    static final String KNOWN_ATTACHMENT = "After the When: Folder listing";

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openChromium() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // No network here: without these Chromium keeps trying to reach its update and sync services.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1600,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        // The report is a single-page app that re-renders its tree and panes while it loads: an element
        // found a moment ago may be gone by the time it is read, so every read happens inside the wait
        // and a stale element means "look again".
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void the_report_shows_every_scenario_run_and_a_known_scenarios_attachment() throws IOException {
        assertThat(REPORT).as("the single-file Allure report (post-integration-test)").isRegularFile();
        int run = Specification.run(Specification.RUN_MESSAGES).size();

        browser.get(REPORT.toAbsolutePath().toUri() + "#behaviors");
        int[] shown = wait.until(d -> {
            List<WebElement> articles = d.findElements(By.cssSelector("div.tree > div.tree__content > div.node")).stream()
                    .filter(n -> name(n).startsWith("KB ") || name(n).startsWith(ese.recovery.spec.AllureBehaviours.BEYOND)).toList();
            if (articles.isEmpty()) {
                return null;
            }
            int inStats = 0;
            int asLeaves = 0;
            for (WebElement article : articles) {
                for (WebElement label : article.findElements(By.cssSelector(":scope > div.node__title .node__stats .label"))) {
                    inStats += Integer.parseInt(label.getAttribute("textContent").trim());
                }
                asLeaves += article.findElements(By.cssSelector("a.node__leaf")).size();
            }
            return new int[] {inStats, asLeaves};
        });
        int shownInStats = shown[0];
        int shownAsLeaves = shown[1];
        assertThat(shownInStats).as("scenarios the Behaviors tab counts under the articles").isEqualTo(run);
        assertThat(shownAsLeaves).as("scenarios listed under the articles in the Behaviors tab").isEqualTo(run);

        String knownHref = wait.until(d -> d.findElements(By.cssSelector("a.node__leaf")).stream()
                .filter(e -> e.getAttribute("textContent").contains(KNOWN_SCENARIO)).findFirst()
                .map(e -> e.getAttribute("href")).orElse(null));
        browser.get(knownHref);
        wait.until(d -> clicked(titled(d, ".step__title", KNOWN_WHEN)));
        wait.until(d -> clicked(titled(d, ".attachment-row", KNOWN_ATTACHMENT)));
        String listing = wait.until(d -> d.findElements(By.cssSelector(".attachment__text, .attachment-row__preview pre, pre"))
                .stream().map(WebElement::getText).filter(t -> t.contains("Directory of")).findFirst().orElse(null));
        assertThat(listing).as("the rendered attachment").contains("E0000019.log", "priv1.edb", "online-backup");

        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String name(WebElement node) {
        return node.findElements(By.cssSelector(":scope > div.node__title .node__name")).stream()
                .map(e -> e.getAttribute("textContent").trim()).findFirst().orElse("");
    }

    private static Boolean clicked(WebElement element) {
        if (element == null) {
            return null;
        }
        element.click();
        return true;
    }

    private static WebElement titled(WebDriver d, String css, String text) {
        return d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null);
    }
}
