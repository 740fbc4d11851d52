package org.tariffgraph.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole benchmark at a tiny scale on tiny reference files of the same layouts: the code keeps compiling
 * and running. It asserts what the report holds, never how fast anything was.
 */
class BenchmarkSmokeIT {

	@TempDir
	Path dir;

	@Test
	void theBenchmarkRunsEndToEndAndWritesItsReport() throws Exception {
		Path reference = Path.of(getClass().getResource("/tiny-reference").toURI());
		int code = new CommandLine(new BenchmarkCommand()).execute("--scales=0.002", "--query-scale=0.002",
				"--import-repeats=2", "--concurrency=1,2", "--rounds=1", "--round-seconds=0.05", "--warmup=1", "--reference-data=" + reference,
				"--work-dir=" + this.dir.resolve("work"), "--out=" + this.dir.resolve("out"),
				"--peer=" + Path.of("peer").toAbsolutePath());
		assertThat(code).isZero();
		String latest = Files.readString(this.dir.resolve("out/latest.md"));
		assertThat(latest).contains("importer ÷ raw baseline", "importer (CLI process, validation included)",
				"LOAD CSV", "row-at-a-time", "floor: a request that reads nothing", "exemption → sectors", "applied tariff on a date", "full-text search",
				"100 measures with country, goods, sources", "appliedTariffs, one HTS-10 line", "line by line",
				"one line charged on its copper content");
		if (nodeIsInstalled()) {
			// the peer answered every question as the API did: the benchmark stops where they differ
			assertThat(latest).contains("Against the Neo4j GraphQL Library", "100 HS-6 goods with parent, industries, sources");
		}
		Path json;
		try (Stream<Path> reports = Files.walk(this.dir.resolve("out"))) {
			json = reports.filter(p -> p.getFileName().toString().equals("report.json")).findFirst().orElseThrow();
		}
		// the importer, the raw baseline and LOAD CSV must build the same graph for their ratios to mean anything
		var figures = JsonMapper.builder().build().readTree(json.toFile()).get("import").get(0).get("figures");
		for (var figure : figures) {
			assertThat(figure.get("runs")).as("repeats of " + figure.get("method").asString()).hasSize(2);
		}
		for (int method = 1; method <= 2; method++) {
			assertThat(figures.get(method).get("nodes").asLong()).isEqualTo(figures.get(0).get("nodes").asLong());
			assertThat(figures.get(method).get("relationships").asLong()).as(figures.get(method).get("method").asString())
				.isEqualTo(figures.get(0).get("relationships").asLong());
		}
	}

	private static boolean nodeIsInstalled() {
		try {
			return new ProcessBuilder("node", "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
