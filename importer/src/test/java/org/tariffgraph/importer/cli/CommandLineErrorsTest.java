package org.tariffgraph.importer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong option values are usage errors: exit 2, one sentence naming the option, no stack trace, no secret. */
class CommandLineErrorsTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine cli = ImporterCli.commandLine();
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "import,--batch-size=0", "import,--batch-size=-5", "import,--batch-size=many", "import,--max-problems=0",
			"import,--max-problems=-1", "validate,--max-problems=0", "reference,--batch-size=0", "reference,--max-problems=-1" })
	void aCountBelowOneIsAUsageError(String command, String option) {
		int code = "reference".equals(command) ? run(command, option, "--bundled", "--dry-run")
				: run(command, option, "bundled", "--dry-run");
		assertThat(code).as(this.err.toString()).isEqualTo(ExitCodes.USAGE);
		String name = option.substring(0, option.indexOf('='));
		assertThat(this.err.toString()).contains("Invalid value for option '" + name + "'")
			.doesNotContain("Exception", "\tat ");
	}

	@Test
	void aMissingPasswordFileIsAUsageError() {
		Path missing = this.dir.resolve("no-such-password");
		assertThat(run("import", "--password-file", missing.toString(), "bundled")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("--password-file", missing.toString(), "does not exist or cannot be read")
			.doesNotContain("Exception", "\tat ");
	}

	@Test
	void anHttpAddressIsAUsageErrorThatSaysBolt() {
		assertThat(run("import", "-a", "http://localhost:7474", "bundled")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("is not a Neo4j address", "bolt://HOST:7687").doesNotContain("\tat ");
	}

	@Test
	void anAddressWithCredentialsIsRefusedWithoutRepeatingThem() {
		assertThat(run("import", "-a", "bolt://neo4j:s3cret-Pa55@localhost:7687", "bundled")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString() + this.out).contains("carries credentials").doesNotContain("s3cret-Pa55");
	}

	@Test
	void helpStatesTheLimitsOfWhatIsRead() {
		assertThat(run("import", "--help")).isZero();
		assertThat(this.out.toString()).contains("a file of at most 256 MiB", "a cell of at most 100,000 characters",
				"no control characters");
	}

	@Test
	void theDriversWarningsAreOneLineEach() {
		var saved = System.err;
		var captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true));
		try {
			new DriverWarnings().getLog("retry").warn("Transaction failed and will be retried in 1000ms",
					new RuntimeException("Connection refused", new IllegalStateException("deep cause")));
		}
		finally {
			System.setErr(saved);
		}
		assertThat(captured.toString().strip())
			.isEqualTo("Neo4j driver: Transaction failed and will be retried in 1000ms: Connection refused");
	}

}
