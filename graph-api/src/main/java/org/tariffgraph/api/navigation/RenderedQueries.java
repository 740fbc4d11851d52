package org.tariffgraph.api.navigation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Query texts rendered from selections, each once: the same selection gives the same text, which Neo4j's plan cache
 * serves. At most {@link #CACHED} are kept, so that a client varying its selections cannot fill the memory; past
 * that the cache starts over.
 * @param <K> what a query's text depends on
 */
final class RenderedQueries<K> {

	/** How many rendered queries are kept. */
	static final int CACHED = 500;

	private final Map<K, String> queries = new ConcurrentHashMap<>();

	/** The query for a key, rendered where it is not kept. */
	String get(K key, Supplier<String> render) {
		String query = this.queries.get(key);
		if (query == null) {
			if (this.queries.size() >= CACHED) {
				this.queries.clear();
			}
			query = render.get();
			this.queries.put(key, query);
		}
		return query;
	}

}
