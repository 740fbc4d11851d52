package org.tariffgraph.model;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An enum of the graph's vocabulary whose constants are stored on nodes and written in datasets as words: the
 * constant's name in lower case with dashes, {@code CONFIRMED} as {@code confirmed}, {@code NO_STACKING} as
 * {@code no-stacking}. The words are part of every dataset and graph, so a test holds each enum's words as
 * written; renaming a constant renames its word.
 */
public interface StoredWord {

	/** The constant's name, as every enum has it. */
	String name();

	/** As stored on nodes and written in datasets. */
	default String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The constant of {@code type} whose word is {@code value}, if any. */
	static <E extends Enum<E> & StoredWord> Optional<E> of(Class<E> type, @Nullable String value) {
		// a loop: asked once per layer of every line an answer stacks
		for (E constant : type.getEnumConstants()) {
			if (constant.value().equals(value)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

}
