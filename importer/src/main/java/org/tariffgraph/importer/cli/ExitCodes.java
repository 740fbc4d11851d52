package org.tariffgraph.importer.cli;

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

	private ExitCodes() {
	}

}
