package org.tariffgraph.api.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.FieldValueInfo.CompleteValueType;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's execution, but a list of objects whose selected fields are all scalars read as properties (a
 * measure's {@code goods { hsCode }}) is completed in one loop: each item becomes the map of its fields at once,
 * without the execution step, parameters, fetch, completion and result node graphql-java makes for every field
 * of every item. On 100 measures with their goods (529 KB of answer on the main job's graph) those steps were half
 * of the API thread's samples (JFR, 1 Dec 2026). The answer is the same: the same property fetchers read the
 * values and the scalars' own coercing writes them. Anything else goes the usual way, and so does a whole list
 * where an item is null or wrapped, a non-null field has no value, or a value does not serialize, so that errors
 * and their paths are graphql-java's own. What the loop leaves out: field instrumentation for these fields (the
 * API's instrumentations act on documents and on fetchers that query, never on property reads) and the
 * DataLoader dispatcher's count of these objects, which start no field that could load anything.
 */
final class LeafObjectLists extends AsyncExecutionStrategy {

	/** A property read needs no environment; one that asks for it goes the usual way (the exception says so). */
	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw new IllegalStateException("a property fetcher asked for its environment");
	};

	LeafObjectLists(DataFetcherExceptionHandler exceptionHandler) {
		super(exceptionHandler);
	}

	/** A selected field read as a property and written as a scalar. */
	private record Leaf(String key, GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher,
			GraphQLScalarType scalar, boolean nonNull) {
	}

	@Override
	protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
			Iterable<Object> result) {
		List<Leaf> leaves = (result instanceof Collection<?>) ? leaves(context, parameters) : null;
		List<Object> items = (leaves != null) ? items(context, leaves, (Collection<?>) result) : null;
		if (items == null) {
			return super.completeValueForList(context, parameters, result);
		}
		List<FieldValueInfo> infos = new ArrayList<>(items.size());
		for (Object item : items) {
			infos.add(new FieldValueInfo(CompleteValueType.OBJECT, item));
		}
		return new FieldValueInfo(CompleteValueType.LIST, items, infos);
	}

	/** The list's selected fields where each item is an object and every field a scalar property; else null. */
	private @Nullable List<Leaf> leaves(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (!(parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLList list)
				|| !GraphQLTypeUtil.isNonNull(list.getWrappedType())
				|| !(GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType type)) {
			return null;
		}
		FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
			.schema(context.getGraphQLSchema())
			.objectType(type)
			.fragments(context.getFragmentsByName())
			.variables(context.getCoercedVariables().toMap())
			.graphQLContext(context.getGraphQLContext())
			.build();
		MergedSelectionSet selected = this.fieldCollector.collectFields(collecting, parameters.getField(),
				context.hasIncrementalSupport());
		List<Leaf> leaves = new ArrayList<>(selected.size());
		for (MergedField field : selected.getSubFieldsList()) {
			GraphQLFieldDefinition definition = type.getField(field.getName());
			if (definition == null || !definition.getArguments().isEmpty()) {
				// __typename, or a field whose arguments a property read would ignore
				return null;
			}
			GraphQLType output = GraphQLTypeUtil.unwrapNonNull(definition.getType());
			DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
			if (!(output instanceof GraphQLScalarType scalar) || !(fetcher instanceof LightDataFetcher<?> property)) {
				return null;
			}
			leaves.add(new Leaf(field.getResultKey(), definition, property, scalar,
					GraphQLTypeUtil.isNonNull(definition.getType())));
		}
		return leaves.isEmpty() ? null : leaves;
	}

	/** Each item as the map of its fields, in the order of the selection; null where one needs the usual way. */
	private static @Nullable List<Object> items(ExecutionContext context, List<Leaf> leaves, Collection<?> sources) {
		List<Object> items = new ArrayList<>(sources.size());
		for (Object source : sources) {
			if (source == null || source instanceof DataFetcherResult<?>) {
				return null;
			}
			Map<String, @Nullable Object> item = new LinkedHashMap<>(leaves.size() * 2);
			for (Leaf leaf : leaves) {
				Object value;
				try {
					value = leaf.fetcher().get(leaf.definition(), source, NO_ENVIRONMENT);
					value = (value == null) ? null
							: leaf.scalar().getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale());
				}
				catch (Exception ex) {
					// a fetcher that fails or a value that does not serialize: graphql-java says so, with the path
					return null;
				}
				if (value == null && leaf.nonNull() || value instanceof Double d && d.isNaN()) {
					return null;
				}
				item.put(leaf.key(), value);
			}
			items.add(item);
		}
		return items;
	}

}
