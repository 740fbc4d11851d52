package org.tariffgraph.model;

/** How a statement gives what was said. */
public enum StatementKind implements StoredWord {

	/** The speaker's own words. */
	QUOTE,
	/** What was said, as a source reports it. */
	PARAPHRASE

}
