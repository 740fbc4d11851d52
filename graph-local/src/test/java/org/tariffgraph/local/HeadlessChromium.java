package org.tariffgraph.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its ChromeDriver: the real browser a user opens our pages in.
 * It may reach localhost and nothing else, so a page that needs the internet fails here as it would offline.
 * Where no Chromium is installed the tests that need it are skipped with a message, as the container tests are;
 * {@code .ci/run} installs it.
 */
final class HeadlessChromium {

	private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	/** Where screenshots are written for reviewers. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private HeadlessChromium() {
	}

	/** Skips the calling test class with a message where there is no Chromium to drive. */
	static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
				"No headless Chromium here (" + BROWSER + ", " + DRIVER + "): the browser tests are skipped. "
						+ "Install Debian's chromium and chromium-driver, as .ci/run does, or set CHROME_BIN and CHROMEDRIVER.");
	}

	static ChromeDriver start(Path profile) {
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath(),
				// no network beyond this machine: what a page loads from the internet fails, as it would offline
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	static void screenshot(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
