package org.tariffgraph.model;

/** What kind of thing happened. */
public enum EventKind implements StoredWord {

	/** Negotiations between governments. */
	TALKS,
	/** A meeting of leaders or officials. */
	MEETING,
	/** A court's or an agency's decision. */
	RULING,
	/** An agreement reached. */
	DEAL,
	/** A statement of intent made public. */
	ANNOUNCEMENT

}
