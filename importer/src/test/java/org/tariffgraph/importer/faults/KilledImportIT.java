package org.tariffgraph.importer.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tariffgraph.importer.GraphSnapshots;
import org.tariffgraph.importer.cli.ImporterCli;
import org.tariffgraph.model.testing.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer killed at random points of a real import (a separate process, {@code kill -9} as a crash or an
 * impatient user would), then run again: the graph is identical to that of a clean import, compared line by
 * line over every node, property and relationship. The crash points, a share of the clean graph written, are
 * drawn from a seed printed with the result, so a failure can be replayed.
 */
class KilledImportIT {

	/** How many times the importer is killed; each at its own point. */
	static final int CRASHES = 5;

	@Test
	void anImportKilledAtAnyPointAndRunAgainEndsAsACleanImportDoes() throws Exception {
		TestNeo4j.clean();
		long empty = written();
		assertThat(importer().waitFor()).as("a clean import").isZero();
		List<String> clean = GraphSnapshots.take(TestNeo4j.driver());
		long cleanSize = written() - empty;

		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<String> killedAt = new ArrayList<>();
		int cutShort = 0;
		for (int crash = 0; crash < CRASHES; crash++) {
			TestNeo4j.clean();
			// Killed once a drawn share of the clean graph is written, not after a drawn time: how fast an import
			// runs varies too much from run to run (the database warms up) for a time to land inside it.
			double share = 0.05 + 0.9 * random.nextDouble();
			long target = empty + (long) (cleanSize * share);
			Process process = importer();
			long seen = written();
			while (seen < target && process.isAlive()) {
				Thread.sleep(2);
				seen = written();
			}
			boolean finished = !process.isAlive();
			if (!finished) {
				process.destroyForcibly().waitFor();
				cutShort++;
			}
			String point = "%.0f%% (%d of %d written)".formatted(share * 100, seen - empty, cleanSize);
			killedAt.add(point + (finished ? " (had finished)" : ""));
			assertThat(ImporterCli.run("import", "--address", TestNeo4j.boltUri(), "bundled"))
				.as("the import run again after a kill at %s", point).isZero();
			assertThat(GraphSnapshots.take(TestNeo4j.driver()))
				.as("the graph after a kill at %s and a second run (seed %d)", point, seed)
				.isEqualTo(clean);
		}
		System.out.printf("KilledImportIT: %d kills, %d of them part-way (seed %d): %s%n", CRASHES, cutShort, seed,
				killedAt);
		assertThat(cutShort).as("kills that cut an import short; the rest came too late to test anything")
			.isEqualTo(CRASHES);
	}

	/** How many nodes and relationships the database holds: both counts come from its count store, at no cost. */
	private static long written() {
		var record = TestNeo4j.driver()
			.executableQuery("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes + rels AS written")
			.execute()
			.records()
			.get(0);
		return record.get("written").asLong();
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
