package org.tariffgraph.api.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Whether a request selects a field at a path below the field being fetched, read from the document itself
 * (through inline fragments and named ones). graphql-java's {@code DataFetchingFieldSelectionSet} answers the
 * same, but its first question builds the normalised form of the whole operation and each glob compiles a
 * path matcher: on {@code appliedTariffs} for one line, whose answer has some sixty fields, that was a tenth of
 * the API thread's time. {@code @skip} and {@code @include} are not read: a field they leave out counts as
 * selected, so at worst a query reads something the answer then drops. Where the fields themselves are wanted,
 * {@link #at} finds them in graphql-java's selection set without its globs.
 */
public final class SelectedPaths {

	/** What a leaf field has below it: nothing, but it is there. */
	private static final SelectionSet LEAF = SelectionSet.newSelectionSet().build();

	private SelectedPaths() {
	}

	/** Whether any of the paths ({@code "layers/sources"}: field names, {@code /} between levels) is selected. */
	public static boolean containsAny(DataFetchingEnvironment env, String... paths) {
		for (String path : paths) {
			List<SelectionSet> level = new ArrayList<>();
			for (Field field : env.getMergedField().getFields()) {
				add(level, field.getSelectionSet());
			}
			for (String name : path.split("/")) {
				level = below(level, name, env.getFragmentsByName());
			}
			if (!level.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The fields at {@code path} below a selection set of graphql-java's, every alias of them, found level by level:
	 * {@code getFields(path)} and {@code contains(path)} compile the path as a glob on every call, which took a sixth
	 * of the API thread's samples for one line's {@code appliedTariffs} when five such paths were asked (JFR).
	 */
	public static List<SelectedField> at(DataFetchingFieldSelectionSet set, String path) {
		List<DataFetchingFieldSelectionSet> sets = List.of(set);
		List<SelectedField> found = List.of();
		for (String name : path.split("/")) {
			found = new ArrayList<>();
			for (DataFetchingFieldSelectionSet level : sets) {
				for (SelectedField field : level.getImmediateFields()) {
					if (field.getName().equals(name)) {
						found.add(field);
					}
				}
			}
			sets = found.stream().map(SelectedField::getSelectionSet).toList();
		}
		return found;
	}

	/** The selection sets of the fields called {@code name} in {@code sets}, an empty one for a leaf. */
	private static List<SelectionSet> below(List<SelectionSet> sets, String name,
			Map<String, FragmentDefinition> fragments) {
		List<SelectionSet> found = new ArrayList<>();
		for (SelectionSet set : sets) {
			collect(set, name, fragments, found);
		}
		return found;
	}

	private static void collect(SelectionSet set, String name, Map<String, FragmentDefinition> fragments,
			List<SelectionSet> found) {
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field && field.getName().equals(name)) {
				found.add((field.getSelectionSet() != null) ? field.getSelectionSet() : LEAF);
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), name, fragments, found);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				collect(fragments.get(spread.getName()).getSelectionSet(), name, fragments, found);
			}
		}
	}

	private static void add(List<SelectionSet> sets, SelectionSet set) {
		if (set != null) {
			sets.add(set);
		}
	}

}
