package org.tariffgraph.api.navigation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.model.EntityKind;

/**
 * The shapes of what a request's batch loads read ({@link Shape#reached}), made once per field of its document and
 * hop rather than once per entity whose field asks: a list of fifty lines asks fifty times for the same selection.
 * A field is its merged AST nodes, compared by identity: the same selection written twice is two fields.
 */
final class Shapes {

	private static final String CONTEXT_KEY = Shapes.class.getName();

	/** The AST nodes of a merged field, by identity, and the hop they take. */
	private record Key(List<Field> fields, Hop hop) {

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof Key key) || !this.hop.equals(key.hop) || this.fields.size() != key.fields.size()) {
				return false;
			}
			for (int i = 0; i < this.fields.size(); i++) {
				if (this.fields.get(i) != key.fields.get(i)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public int hashCode() {
			int hash = this.hop.hashCode();
			for (Field field : this.fields) {
				hash = 31 * hash + System.identityHashCode(field);
			}
			return hash;
		}

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
		return this.shapes.computeIfAbsent(new Key(env.getMergedField().getFields(), hop),
				key -> Shape.reached(hop, env.getSelectionSet().getImmediateFields(), inlineFields));
	}

}
