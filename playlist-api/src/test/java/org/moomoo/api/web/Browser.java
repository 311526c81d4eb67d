package org.moomoo.api.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded one), with
 * downloads going to a folder of the test's and audio allowed to start without a gesture.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path downloads;
    private final Path screenshots;

    Browser(Path downloads, Path screenshots) {
        this.downloads = downloads;
        this.screenshots = screenshots;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--mute-audio",
                // No sound card on a test machine: a fake audio sink still moves the clock.
                "--disable-audio-output",
                "--autoplay-policy=no-user-gesture-required",
                "--no-first-run",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Whether this machine has Debian's chromium and chromedriver. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Runs {@code script} in the page and returns its value. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** As {@link #until(Function)}, with {@code state} in the failure's message. */
    <T> T until(Function<WebDriver, T> condition, java.util.function.Supplier<String> state) {
        try {
            return until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out; the page's state: " + state.get(), e);
        }
    }

    /** Waits up to 30 s (the machine may be busy) until {@code condition} gives a value that is not null or false. */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves the window as {@code name}-desktop.png and {@code name}-phone.png, then returns to desktop width. */
    List<Path> screenshots(String name, Runnable afterResize) {
        try {
            Files.createDirectories(screenshots);
            size(DESKTOP);
            afterResize.run();
            Path desktop = screenshots.resolve(name + "-desktop.png");
            Files.write(desktop, driver.getScreenshotAs(OutputType.BYTES));
            size(PHONE);
            afterResize.run();
            Path phone = screenshots.resolve(name + "-phone.png");
            Files.write(phone, driver.getScreenshotAs(OutputType.BYTES));
            size(DESKTOP);
            afterResize.run();
            return List.of(desktop, phone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
