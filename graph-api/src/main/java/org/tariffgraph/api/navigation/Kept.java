package org.tariffgraph.api.navigation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What is made from a request's selection and kept for the next request that brings the same one: query texts
 * rendered from selections, which Neo4j's plan cache then serves, and the shapes of selections ({@link KeptShapes}).
 * At most {@link #CACHED} are kept, so that a client varying its selections cannot fill the memory; past that the
 * cache starts over.
 * @param <K> what a value depends on
 * @param <V> the value
 */
final class Kept<K, V> {

	/** How many values are kept. */
	static final int CACHED = 500;

	private final Map<K, V> values = new ConcurrentHashMap<>();

	/** The value for a key, made where it is not kept. */
	V get(K key, Supplier<V> make) {
		V value = this.values.get(key);
		if (value == null) {
			if (this.values.size() >= CACHED) {
				this.values.clear();
			}
			value = make.get();
			this.values.put(key, value);
		}
		return value;
	}

}
