package org.tariffgraph.api.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReadAheadLists} gives graphql-java's own answer, errors and paths included, for every kind of selection, and
 * takes what was read ahead instead of running the fetchers that would return it. Each answer is compared with the
 * same request executed by graphql-java's plain {@link AsyncExecutionStrategy} on the same schema and data, as text,
 * so that the order of the fields counts too.
 */
class ReadAheadListsTest {

	private static final String SDL = """
			type Query { measures: [Measure!]! loose: [Measure]! }
			type Measure {
			  id: ID!
			  rate: Float
			  status: Status
			  notes: [String!]!
			  imposedBy: Country
			  goods: [Good!]!
			  goodsFrom(prefix: String): [Good!]!
			}
			type Country { name: String! }
			type Good { code: String! }
			enum Status { ACTIVE PAUSED }
			""";

	enum Status {

		ACTIVE, PAUSED

	}

	record Measure(String id, @Nullable Double rate, Status status, List<String> notes) {
	}

	record Country(@Nullable String name) {
	}

	record Good(String code) {
	}

	private static final Measure STEEL = new Measure("steel", 25.0, Status.ACTIVE, List.of("a", "b"));

	private static final Measure CARS = new Measure("cars", null, Status.PAUSED, List.of());

	/** What the navigation would have read with the measures: their countries and goods, by result key. */
	private final Map<Object, Map<String, @Nullable Object>> read = new IdentityHashMap<>();

	private final AtomicInteger fetches = new AtomicInteger();

	ReadAheadListsTest() {
		this.read.put(STEEL, Map.of("imposedBy", new Country("United States"), "goods",
				List.of(new Good("7208"), new Good("7209"))));
		Map<String, @Nullable Object> cars = new HashMap<>();
		cars.put("imposedBy", null);
		cars.put("goods", List.of(new Good("8703")));
		this.read.put(CARS, cars);
	}

	/** The fetcher of a navigation field: what was read, as {@code NavigationWiring}'s answers from it. */
	private DataFetcher<Object> navigation(String field) {
		return env -> {
			this.fetches.incrementAndGet();
			return this.read.get(env.getSource()).get(field);
		};
	}

	private GraphQLSchema schema(List<Measure> measures) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("measures", env -> measures).dataFetcher("loose", env -> measures))
			.type("Measure", type -> type.dataFetcher("imposedBy", navigation("imposedBy"))
				.dataFetcher("goods", navigation("goods"))
				.dataFetcher("goodsFrom", navigation("goods")))
			.build();
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
	}

	private Map<String, Object> usual(String query, List<Measure> measures) {
		GraphQL graphQl = GraphQL.newGraphQL(schema(measures)).queryExecutionStrategy(new AsyncExecutionStrategy()).build();
		return graphQl.execute(ExecutionInput.newExecutionInput(query)).toSpecification();
	}

	private Map<String, Object> readAhead(String query, List<Measure> measures, ReadAhead readAhead) {
		GraphQL graphQl = GraphQL.newGraphQL(schema(measures))
			.queryExecutionStrategy(new ReadAheadLists(new SimpleDataFetcherExceptionHandler(), readAhead))
			.build();
		this.fetches.set(0);
		return graphQl.execute(ExecutionInput.newExecutionInput(query)).toSpecification();
	}

	/** What was read of each measure, as the navigation's {@code Prefetched} gives it. */
	private final ReadAhead prefetched = (context, source, key) -> {
		Map<String, @Nullable Object> values = this.read.get(source);
		return (values != null && values.containsKey(key)) ? values.get(key) : ReadAhead.NOT_READ;
	};

	@Test
	void aWholeSelectionReadAheadIsAnsweredWithoutRunningTheFetchers() {
		String query = """
				{ measures { __typename id rate status notes kind: __typename
				    imposedBy { __typename name } goods { code again: code } ...More } }
				fragment More on Measure { goods { code } imposedBy { name } }""";
		var measures = List.of(STEEL, CARS);
		Map<String, Object> answer = readAhead(query, measures, this.prefetched);
		assertThat(this.fetches).as("navigation fetchers run although their values were read ahead").hasValue(0);
		assertThat(answer).hasToString(usual(query, measures).toString());
		assertThat(answer.toString()).contains("imposedBy={__typename=Country, name=United States}", "status=PAUSED");
	}

	@Test
	void whatWasNotReadAheadIsFetchedAsUsual() {
		String query = "{ measures { id imposedBy { name } goods { code } } }";
		var measures = List.of(STEEL, CARS);
		Map<String, Object> answer = readAhead(query, measures, ReadAhead.NONE);
		assertThat(this.fetches).as("each measure's two navigation fields fetched").hasValue(4);
		assertThat(answer).hasToString(usual(query, measures).toString());
	}

	@Test
	void aFieldWithArgumentsIsFetchedAsUsual() {
		String query = "{ measures { id goodsFrom(prefix: \"72\") { code } } }";
		var measures = List.of(STEEL);
		Map<String, Object> answer = readAhead(query, measures, this.prefetched);
		assertThat(this.fetches).as("a read ahead value is not one for any arguments").hasValue(1);
		assertThat(answer).hasToString(usual(query, measures).toString());
	}

	@Test
	void aNonNullFieldWithoutValueGivesGraphQlJavasErrorAndPath() {
		var measures = List.of(STEEL, CARS);
		this.read.put(STEEL, Map.of("imposedBy", new Country(null), "goods", List.of()));
		String query = "{ measures { id imposedBy { name } } }";
		Map<String, Object> answer = readAhead(query, measures, this.prefetched);
		assertThat(answer).hasToString(usual(query, measures).toString());
		assertThat(answer.toString()).contains("errors", "path=[measures, 0, imposedBy, name]");
	}

	@Test
	void aListThatMayHoldNullsIsCompletedAsUsual() {
		List<@Nullable Measure> measures = new ArrayList<>();
		measures.add(STEEL);
		measures.add(null);
		String query = "{ loose { id imposedBy { name } } }";
		@SuppressWarnings("unchecked")
		List<Measure> given = (List<Measure>) (List<?>) measures;
		assertThat(readAhead(query, given, this.prefetched)).hasToString(usual(query, given).toString());
	}

}
