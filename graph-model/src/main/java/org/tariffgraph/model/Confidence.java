package org.tariffgraph.model;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How sure the graph is of a fact, and what that means for answers: an uncertain measure or exemption is left
 * out of applied tariffs unless a request asks for it ({@code includeUncertain}).
 */
public enum Confidence {

	/** Published in an official text. The default where a dataset says nothing. */
	CONFIRMED("confirmed"),
	/** Reported by credible sources, not (yet) officially published. */
	REPORTED("reported"),
	/** Reported, but the sources disagree or leave the scope or rate unclear. */
	UNCERTAIN("uncertain");

	private final String value;

	Confidence(String value) {
		this.value = value;
	}

	/** As stored on the {@code confidence} property and written in datasets. */
	public String value() {
		return this.value;
	}

	public static Optional<Confidence> of(@Nullable String value) {
		return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
	}

}
