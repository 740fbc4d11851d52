package org.tariffgraph.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tariffgraph.api.browser.Neo4jBrowserContent;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees, in a real headless Chromium that can reach nothing beyond this machine: the start page
 * with the graph's counts, GraphiQL running an example from the application's own files, and Neo4j Browser
 * logging in with the generated password, opening Tariff Graph's guide, running its first query and showing
 * captions from Tariff Graph's style. Screenshots go to {@code target/screenshots/}.
 */
class ExplorationInBrowserIT {

	@TempDir
	static Path dataDir;

	@TempDir
	static Path profile;

	private static ConfigurableApplicationContext app;

	private static ChromeDriver browser;

	private static String web;

	private static int httpPort;

	private static int boltPort;

	@BeforeAll
	static void start() throws IOException {
		HeadlessChromium.assumeInstalled();
		int webPort = freePort();
		httpPort = freePort();
		boltPort = freePort();
		// a known web port: Neo4j Browser is told before the web server starts where the guide and style are
		app = SpringApplication.run(TariffGraphLocal.class, "--server.port=" + webPort,
				"--tariff-graph.local.data-dir=" + dataDir, "--tariff-graph.local.bolt-port=" + boltPort,
				"--tariff-graph.local.http-port=" + httpPort);
		web = "http://localhost:" + webPort;
		browser = HeadlessChromium.start(profile);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (app != null) {
			app.close();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static WebDriverWait waiting(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	@Test
	void theStartPageShowsTheGraphsCountsAndLinksIntoGraphiQl() {
		browser.get(web + "/");
		HeadlessChromium.screenshot(browser, "start-page");
		String goods = browser.findElement(By.cssSelector("td[data-kind='Good']")).getText();
		assertThat(Long.parseLong(goods.replace(",", ""))).as("goods, with every HTS-10 line").isGreaterThan(18_700);
		assertThat(browser.findElement(By.cssSelector("td[data-kind='TariffMeasure']")).getText())
			.isEqualTo(String.valueOf(MainJobGraph.bundledMeasures()));
		assertThat(browser.findElements(By.cssSelector("#questions a[href^='/graphiql?query=']")))
			.as("one link per example question").hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void graphiQlRendersWithoutTheInternetAndRunsAnExample() {
		browser.get(web + "/");
		browser.findElement(By.cssSelector("#questions a")).click();
		WebElement run = waiting(60)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")));
		run.click();
		var result = By.cssSelector(".result-window");
		waiting(60).until(ExpectedConditions.textToBePresentInElementLocated(result, "\"totalRate\""));
		HeadlessChromium.screenshot(browser, "graphiql");
		assertThat(browser.findElement(result).getText()).contains("\"appliedTariffs\"").doesNotContain("\"errors\"");
		@SuppressWarnings("unchecked")
		List<String> loaded = (List<String>) browser
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
		assertThat(loaded).as("every file GraphiQL loaded").isNotEmpty()
			.allMatch(url -> url.startsWith(web + "/"), "served by the application itself");
	}

	@Test
	void neo4jBrowserLogsInWithTheGeneratedPasswordAndShowsTariffGraphsGuideAndCaptions() throws IOException {
		String password = Files.readString(dataDir.resolve(LocalCredentials.FILE_NAME)).strip();
		browser.get(app.getBean(EmbeddedNeo4j.class).browserUrl());
		var passwordField = waiting(60)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[data-testid='password']")));
		assertThat(browser.findElement(By.cssSelector("input[data-testid='username']")).getAttribute("value"))
			.as("the user is filled in by the link").isEqualTo("neo4j");
		passwordField.sendKeys(password);
		browser.findElement(By.cssSelector("[data-testid='connect']")).click();

		var firstQuery = By.cssSelector("pre.runnable");
		try {
			waiting(60).until(ExpectedConditions.visibilityOfElementLocated(firstQuery));
		}
		catch (RuntimeException ex) {
			HeadlessChromium.screenshot(browser, "neo4j-browser-no-guide");
			Object probe = browser.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0], {headers: {pragma: 'no-cache', 'cache-control': 'no-cache'}})
					  .then(r => done('status ' + r.status)).catch(e => done('error ' + e));""", web + Neo4jBrowserContent.GUIDE);
			String console = String.join("\n", browser.manage().logs().get("browser").getAll().stream().map(Object::toString).toList());
			throw new AssertionError("Browser did not open the guide; fetching it from Browser's page gives: " + probe
					+ "\nconsole:\n" + console, ex);
		}
		assertThat(browser.getPageSource()).as("the guide opened on connect").contains("Tariff Graph: the duties on one product");
		HeadlessChromium.screenshot(browser, "neo4j-browser-guide");

		browser.findElement(firstQuery).findElement(By.cssSelector("i.fa-play-circle-o")).click();
		var captions = By.cssSelector("svg text.caption");
		waiting(60).until(ExpectedConditions.presenceOfAllElementsLocatedBy(captions));
		waiting(30).until(driver -> captionText().contains("S301"));
		HeadlessChromium.screenshot(browser, "neo4j-browser-graph");
		assertThat(captionText()).as("goods by code, measures by short title and rate")
			.contains("8708305090", "S232", "S301", "%");
	}

	private static String captionText() {
		return String.join(" ", browser.findElements(By.cssSelector("svg text.caption")).stream()
			.map(e -> e.getAttribute("textContent")).toList());
	}

}
