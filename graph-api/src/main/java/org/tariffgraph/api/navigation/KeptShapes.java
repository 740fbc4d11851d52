package org.tariffgraph.api.navigation;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * for each request. As many are kept as {@link Kept} keeps.
 */
final class KeptShapes {

	/** A root field's AST nodes, the kinds of entity it gives and the path below it. */
	private record Key(FieldNodes fields, Set<EntityKind> kinds, String path) {
	}

	/** A kept shape, or none where the selection has a directive and its shape is made for each request. */
	private record Entry(@Nullable Shape shape) {
	}

	private static final Entry MADE_EACH_TIME = new Entry(null);

	private final Kept<Key, Entry> shapes = new Kept<>();

	/** The shape of what {@code env}'s field selects at {@code path} below it, made by {@code make} where not kept. */
	Shape get(DataFetchingEnvironment env, Set<EntityKind> kinds, String path, Supplier<Shape> make) {
		FieldNodes fields = FieldNodes.of(env);
		Shape kept = this.shapes.get(new Key(fields, kinds, path),
				() -> directed(fields.fields(), env.getFragmentsByName()) ? MADE_EACH_TIME : new Entry(make.get())).shape();
		return (kept != null) ? kept : make.get();
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
