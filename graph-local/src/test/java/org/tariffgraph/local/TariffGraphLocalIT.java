package org.tariffgraph.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts the main job as users do, with its own ports and data folder, and talks to everything it serves. */
@ExtendWith(OutputCaptureExtension.class)
class TariffGraphLocalIT {

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private ConfigurableApplicationContext start(int boltPort, int httpPort) {
		return SpringApplication.run(TariffGraphLocal.class, "--server.port=0",
				"--tariff-graph.local.data-dir=" + this.dataDir, "--tariff-graph.local.bolt-port=" + boltPort,
				"--tariff-graph.local.http-port=" + httpPort);
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String password() {
		try {
			return Files.readString(this.dataDir.resolve(LocalCredentials.FILE_NAME)).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long entities(int boltPort) {
		return count(boltPort, "MATCH (n:Entity) RETURN count(n) AS n");
	}

	private long count(int boltPort, String query) {
		try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", password()))) {
			return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
		}
	}

	@Test
	void theMainJobServesBoltBrowserGraphQlAndGraphiQlAndKeepsItsDataAcrossRestarts(CapturedOutput output) throws Exception {
		int boltPort = freePort();
		int httpPort = freePort();
		long imported;
		try (var app = start(boltPort, httpPort)) {
			int web = ((WebServerApplicationContext) app).getWebServer().getPort();
			imported = entities(boltPort);
			assertThat(count(boltPort, "MATCH (m:TariffMeasure) RETURN count(m) AS n"))
				.as("the bundled dataset's measures are imported into an empty database").isEqualTo(MainJobGraph.bundledMeasures());
			assertThat(count(boltPort, "MATCH (g:Good {level: 10}) WHERE g.gtapSector IS NOT NULL RETURN count(g) AS n"))
				.as("the shipped reference data's HTS-10 lines are loaded with it").isEqualTo(18700);
			assertThat(count(boltPort, "MATCH (:TariffMeasure {id: 'us-s301-list-3'})-[:COVERS]->(g) RETURN count(g) AS n"))
				.as("the product lists link the measures to their lines").isEqualTo(5906);

			var browser = get("http://localhost:" + httpPort + "/browser/");
			assertThat(browser.statusCode()).isEqualTo(200);
			assertThat(browser.body()).containsIgnoringCase("neo4j");

			var graphql = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ country(code: \\\"CN\\\") { name } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(graphql.statusCode()).isEqualTo(200);
			assertThat(graphql.body()).isEqualTo("{\"data\":{\"country\":{\"name\":\"China\"}}}");

			var graphiql = get("http://localhost:" + web + "/graphiql");
			assertThat(graphiql.statusCode()).isEqualTo(200);
			assertThat(graphiql.body()).contains("GraphiQL");

			var health = get("http://localhost:" + web + "/actuator/health/readiness");
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}
		try (var app = start(boltPort, httpPort)) {
			assertThat(entities(boltPort)).as("a restart keeps the data and imports nothing twice").isEqualTo(imported);
		}
		// a warning at every start that asks nothing of the user teaches users to skip warnings
		assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
			.as("warnings or errors in the log of a first start and a restart").isEmpty();
	}

	@Test
	void aSecondCopyOnTheSameDataFolderFailsWithOneClearSentence() throws Exception {
		int boltPort = freePort();
		int httpPort = freePort();
		try (var app = start(boltPort, httpPort)) {
			assertThatThrownBy(() -> start(freePort(), freePort())).rootCause()
				.isInstanceOf(LocalStartupException.class)
				.hasMessage("The data folder %s is in use by another running Tariff Graph.",
						this.dataDir.toAbsolutePath().normalize());
		}
	}

	@Test
	void aTakenPortFailsWithOneClearSentence() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> start(port, freePort())).rootCause()
				.isInstanceOf(LocalStartupException.class)
				.hasMessageStartingWith("The Bolt port %d on 127.0.0.1 is already in use".formatted(port));
		}
	}

}
