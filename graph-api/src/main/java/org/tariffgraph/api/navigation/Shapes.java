package org.tariffgraph.api.navigation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.model.EntityKind;

/**
 * The shapes of what a request's batch loads read ({@link Shape#reached}), made once per field of its document and
 * hop rather than once per entity whose field asks: a list of fifty lines asks fifty times for the same selection.
 * A field is its merged AST nodes ({@link FieldNodes}).
 */
final class Shapes {

	private static final String CONTEXT_KEY = Shapes.class.getName();

	/** A field's AST nodes and the hop it takes. */
	private record Key(FieldNodes fields, Hop hop) {
	}

	private final Map<Key, Shape> shapes = new ConcurrentHashMap<>();

	private Shapes() {
	}

	/** The request's shapes, made on first use. */
	static Shapes in(GraphQLContext context) {
		return context.computeIfAbsent(CONTEXT_KEY, key -> new Shapes());
	}

	/** What the request reads of the entities {@code hop} reaches for the field {@code env} fetches. */
	Shape reached(Hop hop, DataFetchingEnvironment env, Map<EntityKind, Map<String, InlineField>> inlineFields) {
		return this.shapes.computeIfAbsent(new Key(FieldNodes.of(env), hop),
				key -> Shape.reached(hop, env.getSelectionSet().getImmediateFields(), inlineFields));
	}

}
