package org.tariffgraph.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
				"--concurrency=1,2", "--rounds=1", "--requests=2", "--warmup=1", "--reference-data=" + reference,
				"--work-dir=" + this.dir.resolve("work"), "--out=" + this.dir.resolve("out"));
		assertThat(code).isZero();
		String latest = Files.readString(this.dir.resolve("out/latest.md"));
		assertThat(latest).contains("importer ÷ raw baseline", "importer (CLI process, validation included)",
				"LOAD CSV", "row-at-a-time", "exemption → sectors", "applied tariff on a date", "full-text search",
				"100 measures with country, goods, sources");
		try (Stream<Path> reports = Files.walk(this.dir.resolve("out"))) {
			assertThat(reports.map(p -> p.getFileName().toString())).contains("report.md", "report.json");
		}
	}

}
