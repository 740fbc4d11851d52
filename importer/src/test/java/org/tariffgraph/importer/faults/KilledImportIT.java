package org.tariffgraph.importer.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.tariffgraph.importer.GraphSnapshots;
import org.tariffgraph.importer.cli.ImporterCli;
import org.tariffgraph.model.testing.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer killed at random points of a real import (a separate process, {@code kill -9} as a crash or an
 * impatient user would), then run again: the graph is identical to that of a clean import, compared line by
 * line over every node, property and relationship. The crash points are drawn from a seed printed with the
 * result, so a failure can be replayed.
 */
class KilledImportIT {

	/** How many times the importer is killed; each at its own point. */
	static final int CRASHES = 5;

	@Test
	void anImportKilledAtAnyPointAndRunAgainEndsAsACleanImportDoes() throws Exception {
		// the duration of a clean import, from the faster of two: the first one also warms the database up
		long cleanMillis = Long.MAX_VALUE;
		for (int run = 0; run < 2; run++) {
			TestNeo4j.clean();
			long cleanStart = System.nanoTime();
			assertThat(importer().waitFor()).as("a clean import").isZero();
			cleanMillis = Math.min(cleanMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cleanStart));
		}
		List<String> clean = GraphSnapshots.take(TestNeo4j.driver());

		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<String> killedAt = new ArrayList<>();
		int cutShort = 0;
		for (int crash = 0; crash < CRASHES; crash++) {
			TestNeo4j.clean();
			// the first fifth of a run is mostly the JVM starting; the last quarter may already be done
			long delay = (long) (cleanMillis * (0.2 + 0.55 * random.nextDouble()));
			Process process = importer();
			boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
			if (!finished) {
				process.destroyForcibly().waitFor();
				cutShort++;
			}
			killedAt.add(delay + " ms" + (finished ? " (had finished)" : ""));
			assertThat(ImporterCli.run("import", "--address", TestNeo4j.boltUri(), "bundled"))
				.as("the import run again after a kill at %d ms", delay).isZero();
			assertThat(GraphSnapshots.take(TestNeo4j.driver()))
				.as("the graph after a kill at %d ms and a second run (seed %d)", delay, seed)
				.isEqualTo(clean);
		}
		System.out.printf("KilledImportIT: %d kills, %d of them part-way (clean import %d ms, seed %d): %s%n", CRASHES,
				cutShort, cleanMillis, seed, killedAt);
		assertThat(cutShort).as("kills that cut an import short; the rest came too late to test anything")
			.isGreaterThanOrEqualTo(CRASHES / 2);
	}

	/**
	 * The importer as users run it, in its own JVM, importing the bundled dataset one small batch at a time so
	 * that there are many transactions to be killed between.
	 */
	private static Process importer() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImporterCli.class.getName(), "import",
				"--address", TestNeo4j.boltUri(), "--batch-size", "5", "bundled")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

}
