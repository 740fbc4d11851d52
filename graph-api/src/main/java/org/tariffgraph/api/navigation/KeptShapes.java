package org.tariffgraph.api.navigation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.EntityKind;

/**
 * The shapes of root fields' selections ({@link SelectedEntities}), kept from one request to the next. A shape
 * is made from graphql-java's selection set, whose first use builds the normalised form of the whole operation:
 * for a search of twenty hits that was a seventh of the API thread's samples (JFR, 2 Dec 2026), every time, for
 * the same document. The documents themselves are kept ({@code DocumentCache}), so the same document brings the
 * same AST nodes, and a shape is kept under them, by identity, with the kinds and the path it was made for. A
 * selection with a directive ({@code @skip}, {@code @include}) may differ with the request's variables and is made
 * for each request. At most {@link #CACHED} are kept; past that the cache starts over, as the documents' does.
 */
final class KeptShapes {

	/** How many shapes are kept. */
	static final int CACHED = 500;

	/** A root field's merged AST nodes, by identity, the kinds of entity it gives and the path below it. */
	private record Key(List<Field> fields, Set<EntityKind> kinds, String path) {

		@Override
		public boolean equals(@Nullable Object other) {
			if (!(other instanceof Key key) || !this.path.equals(key.path) || !this.kinds.equals(key.kinds)
					|| this.fields.size() != key.fields.size()) {
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
			int hash = 31 * this.path.hashCode() + this.kinds.hashCode();
			for (Field field : this.fields) {
				hash = 31 * hash + System.identityHashCode(field);
			}
			return hash;
		}

	}

	private final Map<Key, Shape> shapes = new ConcurrentHashMap<>();

	/** The shape of what {@code env}'s field selects at {@code path} below it, made by {@code make} where not kept. */
	Shape get(DataFetchingEnvironment env, Set<EntityKind> kinds, String path, Supplier<Shape> make) {
		Key key = new Key(env.getMergedField().getFields(), kinds, path);
		Shape kept = this.shapes.get(key);
		if (kept != null) {
			return kept;
		}
		Shape shape = make.get();
		if (!directed(key.fields(), env.getFragmentsByName())) {
			if (this.shapes.size() >= CACHED) {
				this.shapes.clear();
			}
			this.shapes.put(key, shape);
		}
		return shape;
	}

	/** Whether a directive stands anywhere below the fields, through fragments. */
	private static boolean directed(List<Field> fields, Map<String, FragmentDefinition> fragments) {
		for (Field field : fields) {
			if (directed(field.getSelectionSet(), fragments)) {
				return true;
			}
		}
		return false;
	}

	private static boolean directed(@Nullable SelectionSet set, Map<String, FragmentDefinition> fragments) {
		if (set == null) {
			return false;
		}
		for (Selection<?> selection : set.getSelections()) {
			boolean directed = switch (selection) {
				case Field field -> !field.getDirectives().isEmpty() || directed(field.getSelectionSet(), fragments);
				case InlineFragment inline -> !inline.getDirectives().isEmpty() || directed(inline.getSelectionSet(), fragments);
				case FragmentSpread spread -> !spread.getDirectives().isEmpty()
						|| !fragments.containsKey(spread.getName())
						|| !fragments.get(spread.getName()).getDirectives().isEmpty()
						|| directed(fragments.get(spread.getName()).getSelectionSet(), fragments);
				default -> true;
			};
			if (directed) {
				return true;
			}
		}
		return false;
	}

}
