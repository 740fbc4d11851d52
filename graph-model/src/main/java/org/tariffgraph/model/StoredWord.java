package org.tariffgraph.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An enum of the graph's vocabulary whose constants are stored on nodes and written in datasets as words: the
 * constant's name in lower case with dashes, {@code CONFIRMED} as {@code confirmed}, {@code NO_STACKING} as
 * {@code no-stacking}. The words are part of every dataset and graph, so a test holds each enum's words as
 * written; renaming a constant renames its word. They are made once per enum ({@link StoredWords}).
 */
public interface StoredWord {

	/** The constant's name, as every enum has it. */
	String name();

	/** The constant's position, as every enum has it. */
	int ordinal();

	/** As stored on nodes and written in datasets. */
	default String value() {
		return StoredWords.OF.get(getClass()).inOrder().get(ordinal());
	}

	/** The constant of {@code type} whose word is {@code value}, if any. */
	static <E extends Enum<E> & StoredWord> Optional<E> of(Class<E> type, @Nullable String value) {
		return (value == null) ? Optional.empty() : Optional.ofNullable(type.cast(StoredWords.OF.get(type).byWord().get(value)));
	}

	/** Every word of {@code type}, in the order of its constants. */
	static <E extends Enum<E> & StoredWord> List<String> words(Class<E> type) {
		return StoredWords.OF.get(type).inOrder();
	}

}
