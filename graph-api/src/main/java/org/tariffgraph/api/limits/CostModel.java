package org.tariffgraph.api.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.paging.Page;

/**
 * What a field of a request costs: its weight ({@code @cost}, else 1) plus the cost of its selection times the
 * number of items it may return. A paged field returns as many as its {@code first} asks (the default page size
 * when it does not say); a list without paging as many as its {@code @listSize} assumes, else
 * {@value #DEFAULT_LIST_SIZE}; anything else one. A field of {@code Query} weighs at least
 * {@value #ROOT_FIELD_WEIGHT}, since each runs its own database query. graphql-java applies it to every field the request would
 * run, through fragments and aliases alike, so nesting lists multiplies and aliases add up, however the request is
 * written.
 */
final class CostModel implements FieldComplexityCalculator {

	/** What a list without paging and without {@code @listSize} is assumed to return. */
	static final int DEFAULT_LIST_SIZE = 10;

	/** The largest page any field allows ({@code TariffOutcome.lines}). */
	static final long LARGEST_PAGE = Page.LARGEST;

	/** The least a field of {@code Query} costs: each one runs at least one database query of its own. */
	static final int ROOT_FIELD_WEIGHT = 20;

	private final ApiProperties properties;

	CostModel(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public int calculate(FieldComplexityEnvironment env, int childComplexity) {
		GraphQLFieldDefinition field = env.getFieldDefinition();
		int weight = directive(field, "cost", "weight", 1);
		if (env.getParentEnvironment() == null && "Query".equals(env.getParentType().getName())) {
			weight = Math.max(weight, ROOT_FIELD_WEIGHT);
		}
		long cost = weight + items(env, field) * (long) childComplexity;
		return (int) Math.min(cost, Integer.MAX_VALUE);
	}

	private long items(FieldComplexityEnvironment env, GraphQLFieldDefinition field) {
		GraphQLArgument first = field.getArgument("first");
		if (first != null) {
			Object asked = env.getArguments().get("first");
			// a page outside a field's range is refused by the field itself, with what the range is; here it must
			// neither lower the cost nor hide that clearer refusal
			return (asked instanceof Number n) ? Math.clamp(n.longValue(), 1, LARGEST_PAGE) : this.properties.defaultPageSize();
		}
		if (GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList) {
			return directive(field, "listSize", "assumedSize", DEFAULT_LIST_SIZE);
		}
		return 1;
	}

	private static int directive(GraphQLFieldDefinition field, String name, String argument, int otherwise) {
		GraphQLAppliedDirective directive = field.getAppliedDirective(name);
		if (directive == null || directive.getArgument(argument) == null) {
			return otherwise;
		}
		Object value = directive.getArgument(argument).getValue();
		return (value instanceof Number n) ? n.intValue() : otherwise;
	}

}
