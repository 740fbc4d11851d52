package org.tariffgraph.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of each {@link StoredWord} enum, made once from its constants' names: the words are read on hot paths
 * (the stacking looks up an exemption's kind and a layer's rule for every layer of every line, the importer writes a
 * confidence on rows without one), which should not lower-case a name or copy the constants each time.
 */
final class StoredWords extends ClassValue<StoredWords.Words> {

	/** One enum's words, in the order of its constants, and its constants by word. */
	record Words(List<String> inOrder, Map<String, StoredWord> byWord) {
	}

	static final StoredWords OF = new StoredWords();

	private StoredWords() {
	}

	@Override
	protected Words computeValue(Class<?> type) {
		List<String> inOrder = new ArrayList<>();
		Map<String, StoredWord> byWord = new HashMap<>();
		for (Object constant : type.getEnumConstants()) {
			StoredWord word = (StoredWord) constant;
			String text = word.name().toLowerCase(Locale.ROOT).replace('_', '-');
			inOrder.add(text);
			byWord.put(text, word);
		}
		return new Words(List.copyOf(inOrder), Map.copyOf(byWord));
	}

}
