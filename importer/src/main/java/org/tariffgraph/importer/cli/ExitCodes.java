package org.tariffgraph.importer.cli;

import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.ParameterException;

/** What the importer's exit codes mean; the same for every command. */
final class ExitCodes {

	/** Done; the graph holds the data. */
	static final int OK = 0;

	/** The input is not valid; nothing was written. */
	static final int INVALID_INPUT = 1;

	/** The command line was wrong (picocli's own code for usage errors). */
	static final int USAGE = 2;

	/** Neo4j could not be reached or refused a write; re-run to complete an interrupted import. */
	static final int DATABASE = 3;

	/** Something the importer did not foresee went wrong: a bug, reported with its stack trace. */
	static final int BUG = 4;

	private ExitCodes() {
	}

	/**
	 * An exception that reached picocli, that no command turned into a code of its own: a wrong command line is a
	 * usage error; Neo4j failing where no command catches it is still a database failure; anything else is a bug.
	 */
	static int of(Throwable ex) {
		if (ex instanceof ParameterException) {
			return USAGE;
		}
		return (ex instanceof Neo4jException) ? DATABASE : BUG;
	}

}
