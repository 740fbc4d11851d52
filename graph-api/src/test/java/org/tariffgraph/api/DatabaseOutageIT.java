package org.tariffgraph.api;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under load and comes back: while it is away every request is answered with a
 * classified GraphQL error (never an HTTP 500 or a stack trace) and readiness says DOWN; once it is back the
 * same API answers again, without a restart, and readiness says UP.
 */
class DatabaseOutageIT {

	private static final String QUESTION = "{\"query\":\"{ country(code: \\\"CN\\\") { name } }\"}";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Neo4j database(int port) {
		return Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
			.withFixture("CREATE (:Entity:Country {uid: 'country:CN', iso2: 'CN', iso3: 'CHN', name: 'China'})")
			.build();
	}

	private HttpResponse<String> ask(int port) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUESTION))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int readiness(int port) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	@Test
	void whileTheDatabaseIsAwayRequestsGetClassifiedErrorsAndTheApiRecoversWhenItIsBack() throws Exception {
		int bolt = freePort();
		Neo4j first = database(bolt);
		try (var api = SpringApplication.run(TariffGraphApi.class, "--server.port=0", "--spring.neo4j.uri=bolt://localhost:" + bolt,
				"--spring.neo4j.connection-timeout=2s", "--tariff-graph.api.query-timeout=5s")) {
			int web = ((WebServerApplicationContext) api).getWebServer().getPort();
			assertThat(ask(web).body()).isEqualTo("{\"data\":{\"country\":{\"name\":\"China\"}}}");
			assertThat(readiness(web)).isEqualTo(200);

			// load from another thread all along
			AtomicBoolean running = new AtomicBoolean(true);
			List<HttpResponse<String>> answers = new CopyOnWriteArrayList<>();
			Thread load = new Thread(() -> {
				while (running.get()) {
					try {
						answers.add(ask(web));
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}
			});
			load.start();

			first.close();
			HttpResponse<String> during = ask(web);
			assertThat(during.statusCode()).as("no HTTP 500 while the database is away").isEqualTo(200);
			assertThat(during.body()).contains("The database is not available; try again shortly", "INTERNAL_ERROR")
				.doesNotContain("\tat ", "Exception");
			assertThat(readiness(web)).as("readiness while the database is away").isEqualTo(503);

			try (Neo4j second = database(bolt)) {
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				String body = "";
				while (System.nanoTime() < deadline && !body.contains("China")) {
					body = ask(web).body();
					Thread.sleep(200);
				}
				assertThat(body).as("the same API answers once the database is back").isEqualTo(
						"{\"data\":{\"country\":{\"name\":\"China\"}}}");
				assertThat(readiness(web)).as("readiness once the database is back").isEqualTo(200);
				running.set(false);
				load.join();
			}
			assertThat(answers).as("answers under load").isNotEmpty()
				.allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200))
				.allSatisfy(answer -> assertThat(answer.body()).doesNotContain("\tat "));
			System.out.printf("DatabaseOutageIT: %d requests under load, %d answered with data, the rest with classified errors%n",
					answers.size(), answers.stream().filter(a -> a.body().contains("China")).count());
		}
		finally {
			first.close();
		}
	}

}
