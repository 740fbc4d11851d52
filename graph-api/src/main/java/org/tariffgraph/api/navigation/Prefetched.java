package org.tariffgraph.api.navigation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.execution.ReadAhead;
import org.tariffgraph.model.read.GraphEntity;

/**
 * What a request's query read past the entities it returned: for each entity object, the values of its
 * navigation fields by result key. The navigation fetchers answer from here and load only what is missing.
 * Keyed by identity, not equality: the same entity reached twice may carry different selections.
 */
final class Prefetched {

	private static final String CONTEXT_KEY = Prefetched.class.getName();

	private final Map<GraphEntity, Map<String, Object>> reached = Collections.synchronizedMap(new IdentityHashMap<>());

	/** The request's prefetched values, made on first use. */
	static Prefetched in(GraphQLContext context) {
		return context.computeIfAbsent(CONTEXT_KEY, key -> new Prefetched());
	}

	void put(GraphEntity entity, Map<String, Object> values) {
		this.reached.put(entity, values);
	}

	/** The value read for an entity's navigation field under {@code resultKey}, else {@link ReadAhead#NOT_READ}. */
	@Nullable Object read(GraphEntity entity, String resultKey) {
		Map<String, Object> values = this.reached.get(entity);
		return (values != null && values.containsKey(resultKey)) ? values.get(resultKey) : ReadAhead.NOT_READ;
	}

	/** The values read for an entity's navigation fields, by result key, or an empty map. */
	Map<String, Object> of(GraphEntity entity) {
		return this.reached.getOrDefault(entity, Map.of());
	}

}
