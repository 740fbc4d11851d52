package org.tariffgraph.importer.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.tariffgraph.importer.cli.ImporterCli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops in the middle of an import, as a server shut down under the importer would: the importer
 * retries as long as the driver does, one line per retry, then says in one line that nothing is lost and exits
 * 3, without a stack trace. (Before, it printed 565 lines of retry traces before that line.) That running the
 * import again completes it is {@link KilledImportIT}'s subject.
 */
class DatabaseLostMidImportIT {

	/** A progress line of the import that shows rows written: "  goods.csv  120 / 400  30%". */
	private static final Pattern WRITING = Pattern.compile("\\s+\\S.*\\s([1-9]\\d*) / \\d+\\s+\\d+%");

	@TempDir
	Path folder;

	@Test
	void anImportWhoseDatabaseStopsSaysSoInOneLinePerRetryAndExits3() throws Exception {
		Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(this.folder).withDisabledServer().build();
		Process importer = importer(neo4j.boltURI().toString());
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = Thread.ofPlatform().daemon().start(() -> {
			try (var lines = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(output::add);
			}
			catch (IOException ex) {
				output.add("(reading the importer's output failed: " + ex + ")");
			}
		});
		long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (output.stream().noneMatch(line -> WRITING.matcher(line).matches()) && importer.isAlive()
				&& System.nanoTime() < waitUntil) {
			Thread.sleep(20);
		}
		assertThat(importer.isAlive()).as("the importer still writing when the database stops; it printed %s", output)
			.isTrue();
		neo4j.close();

		assertThat(importer.waitFor(3, TimeUnit.MINUTES)).as("the importer gave up within the driver's retry time")
			.isTrue();
		reader.join(5000);
		long retries = output.stream().filter(line -> line.startsWith("Neo4j driver: ")).count();
		System.out.printf("DatabaseLostMidImportIT: exit %d after %d lines, %d of them the driver's, the last: %s%n",
				importer.exitValue(), output.size(), retries, output.get(output.size() - 1));
		output.forEach(line -> System.out.println("  | " + line));
		assertThat(importer.exitValue()).as("the exit code of a lost database; it printed %s", output).isEqualTo(3);
		assertThat(output).as("lines of a stack trace").noneMatch(line -> line.startsWith("\tat ")
				|| line.matches("\\s+at [\\w.$]+\\(.*") || line.startsWith("Caused by:"));
		assertThat(retries).as("the driver's retries, each a line; it printed %s", output).isPositive();
		assertThat(output).as("the advice, as the last line").last().asString().startsWith("Nothing is lost: ");
	}

	/** The importer as users run it, in its own JVM, writing the bundled dataset in small batches. */
	private static Process importer(String address) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImporterCli.class.getName(), "import",
				"--address", address, "--batch-size", "1", "bundled")
			.redirectErrorStream(true)
			.start();
	}

}
