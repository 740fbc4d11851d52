package org.tariffgraph.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.tariffgraph.importer.cli.ImporterCli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The main job leaves no open door: its database asks for a password that only the data folder's owner can
 * read, no other web origin may use Neo4j's HTTP API, and the password is never printed or put on a command
 * line. What it opens to everyone (the API, the start page) reads public data and tells nothing about the
 * machine. Started without the shipped reference data, which none of this needs.
 */
@ExtendWith(OutputCaptureExtension.class)
class LockedDatabaseIT {

	private static final String FOREIGN_ORIGIN = "http://attacker.example";

	@TempDir
	static Path dataDir;

	private static ConfigurableApplicationContext app;

	private static int boltPort;

	private static int httpPort;

	private static int web;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws IOException {
		boltPort = freePort();
		httpPort = freePort();
		app = SpringApplication.run(TariffGraphLocal.class, "--server.port=0",
				"--tariff-graph.local.data-dir=" + dataDir, "--tariff-graph.local.bolt-port=" + boltPort,
				"--tariff-graph.local.http-port=" + httpPort, "--tariff-graph.local.import-bundled-reference=false");
		web = ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String password() throws IOException {
		return Files.readString(dataDir.resolve(LocalCredentials.FILE_NAME)).strip();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void boltRefusesAConnectionWithoutTheGeneratedPassword() throws IOException {
		try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.none())) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(driver::verifyConnectivity).as("Neo4j's default password is replaced")
				.isInstanceOf(AuthenticationException.class);
		}
		try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", password()))) {
			assertThat(driver.executableQuery("MATCH (m:TariffMeasure) RETURN count(m) AS n").execute().records()
				.get(0).get("n").asLong()).as("the generated password opens the database the main job filled").isPositive();
		}
	}

	@Test
	void theImporterTakesThePasswordFromItsFileAndSaysSoWhenItIsMissing() {
		var out = new StringWriter();
		var err = new StringWriter();
		var cli = ImporterCli.commandLine();
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		assertThat(cli.execute("import", "-a", "bolt://localhost:" + boltPort, "bundled")).isEqualTo(3);
		assertThat(err.toString()).contains("refused the credentials", "--password-file", LocalCredentials.FILE_NAME)
			.doesNotContain("run the same import again");
		assertThat(cli.execute("import", "-a", "bolt://localhost:" + boltPort, "--password-file",
				dataDir.resolve(LocalCredentials.FILE_NAME).toString(), "bundled")).as(err.toString()).isZero();
	}

	@Test
	void thePasswordIsStrongAndOnlyItsOwnerMayReadItsFile() throws IOException {
		assertThat(password()).as("24 random bytes, URL-safe base64").matches("[A-Za-z0-9_-]{32}");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(LocalCredentials.FILE_NAME))))
			.isEqualTo("rw-------");
	}

	@Test
	void neo4jsHttpApiGrantsNoOtherOrigin() throws Exception {
		String queryApi = "http://localhost:" + httpPort + "/db/neo4j/query/v2";
		var preflight = send(HttpRequest.newBuilder(URI.create(queryApi))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", FOREIGN_ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,authorization"));
		assertThat(preflight.headers().allValues("Access-Control-Allow-Origin"))
			.as("a page from another origin may not read or write through the HTTP API")
			.doesNotContain("*", FOREIGN_ORIGIN)
			.containsExactly("http://localhost:" + httpPort);

		var write = send(HttpRequest.newBuilder(URI.create(queryApi))
			.header("Origin", FOREIGN_ORIGIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"statement\":\"EXPLAIN CREATE (:Planted)\"}")));
		assertThat(write.statusCode()).as("without credentials nothing is planned, let alone run").isEqualTo(401);
		assertThat(write.headers().allValues("Access-Control-Allow-Origin")).doesNotContain("*", FOREIGN_ORIGIN);
	}

	@Test
	void thePasswordIsNeverPrintedNorOnACommandLine(CapturedOutput output) throws Exception {
		String password = password();
		// a restart on the same folder logs again, and must keep the password it has
		app.close();
		start();
		assertThat(password()).as("a restart keeps the password").isEqualTo(password);
		assertThat(output.getAll()).as("the log names the password's file")
			.contains(dataDir.resolve(LocalCredentials.FILE_NAME).toString())
			.doesNotContain(password);
		try (var processes = Files.list(Path.of("/proc"))) {
			var commandLines = processes.filter(p -> p.getFileName().toString().matches("\\d+"))
				.map(p -> p.resolve("cmdline"))
				.map(LockedDatabaseIT::readQuietly)
				.toList();
			assertThat(commandLines).as("command lines of this machine's processes").isNotEmpty()
				.noneMatch(line -> line.contains(password));
		}
	}

	private static String readQuietly(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	@Test
	void theApiServesReadsToAnyOriginWithoutCredentialsAndSharesQuestionsAsLinks() throws Exception {
		var preflight = send(HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type"));
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as("a frontend on another port")
			.hasValue("*");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).as("cookies are never sent")
			.isEmpty();

		String query = URLEncoder.encode("{ country(code: \"CN\") { name } }", StandardCharsets.UTF_8);
		var link = send(HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/graphql?query=" + query))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
		assertThat(link.statusCode()).isEqualTo(200);
		assertThat(link.body()).isEqualTo("{\"data\":{\"country\":{\"name\":\"China\"}}}");
	}

	@Test
	void theApiListensOnLoopbackLikeTheDatabase() {
		assertThat(app.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void healthSaysUpAndNothingAboutTheMachine() throws Exception {
		var health = send(HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/actuator/health")));
		assertThat(health.body()).as("no components, paths or disk figures").contains("\"status\":\"UP\"")
			.doesNotContain("components", "details", "path", dataDir.toString());
		var metrics = send(HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/actuator/metrics")));
		assertThat(metrics.statusCode()).as("metrics are not exposed").isEqualTo(404);
	}

	@Test
	void theStartPageShowsWhatTheGraphHoldsAndHowToLogInWithoutThePassword() throws Exception {
		var page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/")));
		assertThat(page.statusCode()).isEqualTo(200);
		String measures = "data-kind=\"TariffMeasure\">" + MainJobGraph.bundledMeasures() + "<";
		assertThat(page.body()).contains("Tariff measures", measures, "/graphiql?query=", "/browser/?dbms=",
				LocalCredentials.FILE_NAME, "<li>dataset: us-china-2025, ").doesNotContain(password());
	}

}
