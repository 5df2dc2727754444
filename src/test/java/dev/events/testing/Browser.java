package dev.events.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for tests: Debian's headless chromium driven by Debian's chromedriver, with a fresh profile in
 * a temporary folder. Drivers are never downloaded (Selenium Manager is bypassed by naming both executables).
 * There is no implicit wait, which would make explicit waits unpredictable: {@link #find}, {@link #open} and
 * {@link #waitUntil} wait explicitly, up to {@link #WAIT}. Close it to quit the browser and delete the profile.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration WAIT = Duration.ofSeconds(10);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * Selenium looks for a DevTools binding matching the browser's version, which these tests do not use, and
     * warns on every start when there is none; kept here so the logger (and its level) is not collected.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /**
     * Starts headless chromium at the {@link #DESKTOP} size.
     *
     * @throws IllegalStateException when chromium or chromedriver is not installed, naming the packages
     */
    public static Browser start() throws IOException {
        return open();
    }

    /** {@link #start()} for {@code CompletableFuture.supplyAsync}: two browsers start at once in a test's setup. */
    public static Browser startAsync() {
        try {
            return open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Browser open() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                missing.add(executable.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromedriver, but "
                    + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing. Install them with `apt-get install chromium chromium-driver` (.ci/run does),"
                    + " or leave the browser tests out with -DexcludedGroups=browser.");
        }
        Path profile = Files.createTempDirectory("events-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            TestSite.deleteRecursively(profile);
            throw e;
        }
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(profile, service, driver);
    }

    /** Loads a page and waits until its document is complete. */
    public void open(String url) {
        driver.get(url);
        waitUntil(d -> "complete".equals(script("return document.readyState")));
    }

    /** @return the first element matching, once it is visible */
    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** @return every element matching, once at least one is visible */
    public List<WebElement> findAll(By by) {
        return wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(by));
    }

    /** Waits up to {@link #WAIT} for a condition to be true or non-null. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /** Runs JavaScript in the page; {@code arguments[i]} are the args. */
    public Object script(String javaScript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, args);
    }

    /**
     * Sizes the window, like a device of that size: headless chromium has no window frame, so pages get a
     * viewport ({@code window.innerWidth}) this wide. {@link #desktop()} undoes it.
     */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Back to the {@link #DESKTOP} window. */
    public void desktop() {
        driver.manage().window().setSize(DESKTOP);
    }

    /** Writes the visible viewport to {@code target/screenshots/<name>.png}; @return that file */
    public Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            TestSite.deleteRecursively(profile);
        }
    }
}
