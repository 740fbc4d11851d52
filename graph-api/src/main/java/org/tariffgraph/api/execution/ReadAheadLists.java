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
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's execution, but a list of objects whose selection below was all read already is completed in one loop:
 * each item becomes the map of its fields at once, without the execution step, parameters, fetch, completion and
 * result node graphql-java makes for every field of every item. Read already means: a scalar or enum read as a
 * property ({@code goods { hsCode }}), an object or list of objects read as a property (an edge's {@code node}), or
 * one whose value the request read ahead ({@link ReadAhead}: a measure's {@code imposedBy} and {@code goods}, read by
 * the query that read the measures), and so on below. On 100 measures with their goods (529 KB of answer on the main
 * job's graph) the steps for the goods alone were half of the API thread's samples (JFR, 1 Dec 2026); the steps for
 * the edges, measures and their countries remained, some ten per measure.
 *
 * <p>The answer is the same: the same property fetchers read the values, the scalars' and enums' own coercing writes
 * them, and a field read ahead holds what its fetcher would return. Anything else goes the usual way: a list whose
 * selection holds an abstract type, a field with arguments or a fetcher of its own that was not read ahead; and so
 * does a whole list where an item is null or wrapped, a non-null field has no value, or a value does not serialize,
 * so that errors and their paths are graphql-java's own. What the loop leaves out: field instrumentation for these
 * fields (the API's instrumentations act on documents and on fetchers that query, never on property reads or values
 * read ahead) and the DataLoader dispatcher's count of these objects, which start no field that could load anything.
 */
final class ReadAheadLists extends AsyncExecutionStrategy {

	/** A property read needs no environment; one that asks for it goes the usual way (the exception says so). */
	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw new IllegalStateException("a property fetcher asked for its environment");
	};

	/** Marks an item that cannot be completed in the loop. */
	private static final Object USUAL_WAY = new Object();

	private final ReadAhead readAhead;

	ReadAheadLists(DataFetcherExceptionHandler exceptionHandler, ReadAhead readAhead) {
		super(exceptionHandler);
		this.readAhead = readAhead;
	}

	/** A selected field of an object, and how its value is read and written. */
	private sealed interface Part permits TypeName, Leaf, Branch {

		String key();

	}

	/** {@code __typename} of an object type: its name. */
	private record TypeName(String key, String name) implements Part {
	}

	/** A field read as a property and written as a scalar or enum, or as a list of non-null ones. */
	private record Leaf(String key, GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher, GraphQLType output,
			boolean list, boolean nonNull) implements Part {
	}

	/**
	 * A field whose value is an object, or a list of non-null objects, of one type: read as a property, or read ahead
	 * where {@code fetcher} is null; {@code parts} are what is selected of each object.
	 */
	private record Branch(String key, GraphQLFieldDefinition definition, @Nullable LightDataFetcher<?> fetcher,
			boolean list, boolean nonNull, List<Part> parts) implements Part {
	}

	@Override
	protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
			Iterable<Object> result) {
		GraphQLObjectType type = itemType(parameters.getExecutionStepInfo().getUnwrappedNonNullType());
		List<Part> parts = (type != null && result instanceof Collection<?>) ? parts(context, type, parameters.getField())
				: null;
		Object items = (parts != null) ? items(context, parts, (Collection<?>) result) : USUAL_WAY;
		if (!(items instanceof List<?> completed)) {
			return super.completeValueForList(context, parameters, result);
		}
		List<FieldValueInfo> infos = new ArrayList<>(completed.size());
		for (Object item : completed) {
			infos.add(new FieldValueInfo(CompleteValueType.OBJECT, item));
		}
		return new FieldValueInfo(CompleteValueType.LIST, completed, infos);
	}

	/** The object type of a list of non-null objects; else null. */
	private static @Nullable GraphQLObjectType itemType(GraphQLType listType) {
		if (GraphQLTypeUtil.unwrapNonNull(listType) instanceof GraphQLList list && GraphQLTypeUtil.isNonNull(list.getWrappedType())
				&& GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType type) {
			return type;
		}
		return null;
	}

	/** What {@code field} selects of objects of {@code type}, where all of it can be read in the loop; else null. */
	private @Nullable List<Part> parts(ExecutionContext context, GraphQLObjectType type, MergedField field) {
		FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
			.schema(context.getGraphQLSchema())
			.objectType(type)
			.fragments(context.getFragmentsByName())
			.variables(context.getCoercedVariables().toMap())
			.graphQLContext(context.getGraphQLContext())
			.build();
		MergedSelectionSet selected = this.fieldCollector.collectFields(collecting, field, context.hasIncrementalSupport());
		List<Part> parts = new ArrayList<>(selected.size());
		for (MergedField sub : selected.getSubFieldsList()) {
			Part part = part(context, type, sub);
			if (part == null) {
				return null;
			}
			parts.add(part);
		}
		return parts.isEmpty() ? null : parts;
	}

	private @Nullable Part part(ExecutionContext context, GraphQLObjectType type, MergedField field) {
		if (field.getName().equals("__typename")) {
			return new TypeName(field.getResultKey(), type.getName());
		}
		GraphQLFieldDefinition definition = type.getField(field.getName());
		if (definition == null || !definition.getArguments().isEmpty()) {
			// another introspection field, or a field whose arguments a property read would ignore
			return null;
		}
		DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
		LightDataFetcher<?> property = (fetcher instanceof LightDataFetcher<?> light) ? light : null;
		GraphQLType output = GraphQLTypeUtil.unwrapNonNull(definition.getType());
		boolean nonNull = GraphQLTypeUtil.isNonNull(definition.getType());
		if (isLeaf(output)) {
			return (property != null) ? new Leaf(field.getResultKey(), definition, property, output, false, nonNull) : null;
		}
		if (output instanceof GraphQLList list && GraphQLTypeUtil.isNonNull(list.getWrappedType())
				&& isLeaf(GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()))) {
			return (property != null) ? new Leaf(field.getResultKey(), definition, property,
					GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()), true, nonNull) : null;
		}
		GraphQLObjectType objects = (output instanceof GraphQLObjectType object) ? object : itemType(output);
		if (objects == null) {
			// an interface, a union or a list that may hold nulls: their completion stays graphql-java's
			return null;
		}
		List<Part> parts = parts(context, objects, field);
		return (parts != null) ? new Branch(field.getResultKey(), definition, property, objects != output, nonNull, parts)
				: null;
	}

	private static boolean isLeaf(GraphQLType type) {
		return type instanceof GraphQLScalarType || type instanceof GraphQLEnumType;
	}

	/** Each item as the map of its fields, in the order of the selection; {@link #USUAL_WAY} where one needs it. */
	private Object items(ExecutionContext context, List<Part> parts, Collection<?> sources) {
		List<Object> items = new ArrayList<>(sources.size());
		for (Object source : sources) {
			Object item = object(context, parts, source);
			if (item == USUAL_WAY) {
				return USUAL_WAY;
			}
			items.add(item);
		}
		return items;
	}

	private Object object(ExecutionContext context, List<Part> parts, @Nullable Object source) {
		if (source == null || source instanceof DataFetcherResult<?>) {
			return USUAL_WAY;
		}
		Map<String, @Nullable Object> item = new LinkedHashMap<>(parts.size() * 2);
		for (Part part : parts) {
			Object value = switch (part) {
				case TypeName name -> name.name();
				case Leaf leaf -> leaf(context, leaf, source);
				case Branch branch -> branch(context, branch, source);
			};
			if (value == USUAL_WAY) {
				return USUAL_WAY;
			}
			item.put(part.key(), value);
		}
		return item;
	}

	private static @Nullable Object leaf(ExecutionContext context, Leaf leaf, Object source) {
		Object value;
		try {
			value = leaf.fetcher().get(leaf.definition(), source, NO_ENVIRONMENT);
		}
		catch (Exception ex) {
			// a fetcher that fails: graphql-java says so, with the path
			return USUAL_WAY;
		}
		if (value == null) {
			return leaf.nonNull() ? USUAL_WAY : null;
		}
		if (!leaf.list()) {
			return serialized(context, leaf.output(), value);
		}
		if (!(value instanceof Collection<?> values)) {
			return USUAL_WAY;
		}
		List<Object> items = new ArrayList<>(values.size());
		for (Object item : values) {
			Object serialized = (item != null) ? serialized(context, leaf.output(), item) : USUAL_WAY;
			if (serialized == USUAL_WAY) {
				return USUAL_WAY;
			}
			items.add(serialized);
		}
		return items;
	}

	/** A value as its scalar or enum writes it; {@link #USUAL_WAY} where it does not, for graphql-java's error. */
	private static Object serialized(ExecutionContext context, GraphQLType output, Object value) {
		Object serialized;
		try {
			serialized = (output instanceof GraphQLScalarType scalar)
					? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
					: ((GraphQLEnumType) output).serialize(value, context.getGraphQLContext(), context.getLocale());
		}
		catch (Exception ex) {
			return USUAL_WAY;
		}
		return (serialized == null || serialized instanceof Double d && d.isNaN()) ? USUAL_WAY : serialized;
	}

	private @Nullable Object branch(ExecutionContext context, Branch branch, Object source) {
		Object value;
		try {
			LightDataFetcher<?> fetcher = branch.fetcher();
			value = (fetcher != null) ? fetcher.get(branch.definition(), source, NO_ENVIRONMENT)
					: this.readAhead.read(context.getGraphQLContext(), source, branch.key());
		}
		catch (Exception ex) {
			return USUAL_WAY;
		}
		if (value == null) {
			return branch.nonNull() ? USUAL_WAY : null;
		}
		if (value == ReadAhead.NOT_READ) {
			return USUAL_WAY;
		}
		if (branch.list()) {
			return (value instanceof Collection<?> sources) ? items(context, branch.parts(), sources) : USUAL_WAY;
		}
		return object(context, branch.parts(), value);
	}

}
