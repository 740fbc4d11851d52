package org.tariffgraph.importer.cli;

import org.neo4j.driver.exceptions.Neo4jException;

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
	 * An exception a command threw and turned into no code of its own: Neo4j failing where no command catches it is
	 * still a database failure; anything else is a bug. (A wrong command line never gets here: picocli answers it
	 * with {@link #USAGE}.)
	 */
	static int of(Exception ex) {
		return (ex instanceof Neo4jException) ? DATABASE : BUG;
	}

}
