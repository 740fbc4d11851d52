package org.tariffgraph.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How sure the graph is of a fact, and what that means for answers: an uncertain measure or exemption is left
 * out of applied tariffs unless a request asks for it ({@code includeUncertain}).
 */
public enum Confidence implements StoredWord {

	/** Published in an official text. The default where a dataset says nothing. */
	CONFIRMED,
	/** Reported by credible sources, not (yet) officially published. */
	REPORTED,
	/** Reported, but the sources disagree or leave the scope or rate unclear. */
	UNCERTAIN;

	/** Where a dataset says nothing: most rows of a dataset restate an official text. */
	public static final Confidence DEFAULT = CONFIRMED;

	/** The confidence stored as {@code value}, if it is one. */
	public static Optional<Confidence> of(@Nullable String value) {
		return StoredWord.of(Confidence.class, value);
	}

}
