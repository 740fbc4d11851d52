package org.tariffgraph.importer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exception that reaches picocli has an exit code of its own, under the importer's mapping: a bug is not
 * reported as invalid input (1, picocli's default for every exception), and Neo4j failing is still a database
 * failure (3) said in one line.
 */
class UnexpectedErrorsTest {

	private final StringWriter err = new StringWriter();

	@Command(name = "failing")
	static final class Failing implements Callable<Integer> {

		private final RuntimeException failure;

		Failing(RuntimeException failure) {
			this.failure = failure;
		}

		@Override
		public Integer call() {
			throw this.failure;
		}

	}

	private int run(RuntimeException failure) {
		CommandLine cli = ImporterCli.exitCodes(new CommandLine(new Failing(failure)));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute();
	}

	@Test
	void aBugExitsWithItsOwnCodeAndItsStackTraceToReport() {
		assertThat(run(new IllegalStateException("a state nobody foresaw"))).isEqualTo(ExitCodes.BUG);
		assertThat(this.err.toString()).as("what the user sees")
			.startsWith("Unexpected error (a bug of the importer; please report it with what follows): "
					+ "java.lang.IllegalStateException: a state nobody foresaw")
			.contains("\tat " + UnexpectedErrorsTest.class.getName() + ".");
	}

	@Test
	void neo4jFailingWhereNoCommandCatchesItIsADatabaseFailureInOneLine() {
		assertThat(run(new ServiceUnavailableException("connection refused"))).isEqualTo(ExitCodes.DATABASE);
		assertThat(this.err.toString()).as("what the user sees")
			.isEqualTo("Neo4j failed: connection refused; run the same command again to complete it." + System.lineSeparator());
	}

}
