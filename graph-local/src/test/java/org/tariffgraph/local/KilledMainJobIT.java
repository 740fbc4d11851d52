package org.tariffgraph.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job killed ({@code kill -9}) during its first start, while it loads the bundled dataset and the
 * reference data, then started again on the same folder: the second start completes the load, and the graph
 * has what a first start that was never interrupted gives, label by label and relationship type by type.
 */
class KilledMainJobIT {

	@TempDir
	Path killed;

	@TempDir
	Path clean;

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Nodes per label and relationships per type, bookkeeping left out. */
	private static Map<String, Long> contents(Path dataDir, int boltPort) throws IOException {
		String password = Files.readString(dataDir.resolve(LocalCredentials.FILE_NAME)).strip();
		Map<String, Long> contents = new TreeMap<>();
		try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", password))) {
			driver.executableQuery("""
					MATCH (n:Entity) UNWIND labels(n) AS label RETURN 'node ' + label AS what, count(*) AS n
					UNION ALL
					MATCH (:Entity)-[r]->(:Entity) RETURN 'rel ' + type(r) AS what, count(*) AS n""")
				.execute().records().forEach(r -> contents.put(r.get("what").asString(), r.get("n").asLong()));
		}
		return contents;
	}

	private static Map<String, Long> startStopAndRead(Path dataDir) throws IOException {
		int bolt = freePort();
		try (var app = SpringApplication.run(TariffGraphLocal.class, "--server.port=0",
				"--tariff-graph.local.data-dir=" + dataDir, "--tariff-graph.local.bolt-port=" + bolt,
				"--tariff-graph.local.http-port=" + freePort())) {
			return contents(dataDir, bolt);
		}
	}

	@Test
	void aFirstStartKilledPartWayIsCompletedByTheNextStart() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
				"--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
				TariffGraphLocal.class.getName(), "--server.port=0", "--tariff-graph.local.data-dir=" + this.killed,
				"--tariff-graph.local.bolt-port=" + freePort(), "--tariff-graph.local.http-port=" + freePort()));
		Path log = this.killed.resolveSibling(this.killed.getFileName() + ".log");
		Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		// killed once the reference data is loading: the dataset is in, the tariff lines part-way
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline && !Files.readString(log).contains("US tariff lines: ")) {
			assertThat(first.isAlive()).as("the first start is still running: %s", Files.readString(log)).isTrue();
			Thread.sleep(100);
		}
		assertThat(Files.readString(log)).as("the first start reached the reference data").contains("US tariff lines: ");
		first.destroyForcibly().waitFor();
		assertThat(Files.readString(log)).as("killed before it was ready").doesNotContain("Tariff Graph is ready");

		Map<String, Long> completed = startStopAndRead(this.killed);
		Map<String, Long> uninterrupted = startStopAndRead(this.clean);
		assertThat(completed).as("the graph after a killed first start and a second one").isEqualTo(uninterrupted);
		assertThat(uninterrupted).containsEntry("node TariffMeasure", MainJobGraph.bundledMeasures());
	}

}
