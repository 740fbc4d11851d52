package org.tariffgraph.importer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that reads and checks all of its input, then, unless it is a dry run, connects to Neo4j and writes:
 * the plumbing the writing commands share, as neo4j-migrations' CLI keeps it in its connected command. Input that
 * does not pass exits with 1 and nothing written; Neo4j unreachable or refusing a write exits with 3 and says to
 * run the same command again.
 */
abstract class ConnectedCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	ConnectionOptions connection;

	@Option(names = "--dry-run", description = "Check the input only; do not connect or write.")
	boolean dryRun;

	@Override
	public final Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			if (!check(out, err)) {
				return ExitCodes.INVALID_INPUT;
			}
			if (this.dryRun) {
				dryRun(out);
				out.println("Dry run: nothing written.");
				return ExitCodes.OK;
			}
			out.println(writing() + " into " + this.connection.describe());
			try (Driver driver = this.connection.connect()) {
				driver.verifyConnectivity();
				return write(driver, out, err);
			}
			catch (Neo4jException ex) {
				return this.connection.failed(ex, err, again());
			}
		}
		catch (IOException ex) {
			err.println(ex.getMessage());
			return ExitCodes.INVALID_INPUT;
		}
	}

	/**
	 * Reads and checks the whole input, saying on {@code err} what does not pass.
	 * @return whether it passed
	 */
	abstract boolean check(PrintWriter out, PrintWriter err) throws IOException;

	/** What a dry run says besides that nothing was written. */
	void dryRun(PrintWriter out) {
	}

	/** What to do when Neo4j failed mid-way: the writes are idempotent, so the same command completes them. */
	String again() {
		return "run the same command again to complete it.";
	}

	/** What is being written, like "Importing", for the line that names the database. */
	abstract String writing();

	/** Writes the checked input; returns the exit code. */
	abstract int write(Driver driver, PrintWriter out, PrintWriter err) throws IOException;

}
