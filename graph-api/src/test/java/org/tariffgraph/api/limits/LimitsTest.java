package org.tariffgraph.api.limits;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.RequestBudget;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest {

	/** The steps of a request an instrumentation acts on: the methods of Instrumentation it declares. */
	private static List<String> steps(Class<?> type) {
		List<String> ofInstrumentation = Arrays.stream(Instrumentation.class.getMethods()).map(LimitsTest::signature).toList();
		return Arrays.stream(type.getDeclaredMethods())
			.filter(method -> !method.isSynthetic() && !method.isBridge())
			.map(LimitsTest::signature)
			.filter(ofInstrumentation::contains)
			.toList();
	}

	private static String signature(Method method) {
		return method.getName() + Arrays.toString(method.getParameterTypes());
	}

	@Test
	void theOneInstrumentationPassesOnEveryStepEitherLimitActsOn() {
		List<String> acted = Stream.of(CheckedRequests.class, RequestDeadline.class)
			.flatMap(type -> steps(type).stream())
			.map(step -> step.replace("createState[", "createStateAsync["))
			.distinct()
			.toList();
		assertThat(acted).as("the steps the two limits act on").isNotEmpty();
		assertThat(steps(Limits.class)).as("steps a limit acts on that Limits does not pass on").containsAll(acted);
	}

	@Test
	void throughTheOneInstrumentationEachLimitStillActs() {
		// at most 2 items per request and a depth of 2: the field x reads 3 items
		var properties = new ApiProperties(Duration.ofSeconds(10), Duration.ofSeconds(25), 2, 20000, 20, 100, 2);
		var deadline = new RequestDeadline(properties);
		var checked = new CheckedRequests(new MaxQueryDepthInstrumentation(properties.maxDepth()),
				new MaxQueryComplexityInstrumentation(properties.maxComplexity()));
		var schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { x: Int, a: A } type A { a: A, y: Int }"),
				RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("x", env -> {
					for (int i = 0; i < 3; i++) {
						RequestBudget.read();
					}
					return 1;
				})).build());
		var graphQl = GraphQL.newGraphQL(schema).instrumentation(new Limits(checked, deadline)).build();
		try {
			ExecutionResult overBudget = graphQl.execute("{ x }");
			assertThat(overBudget.getErrors()).as("the request's allowance of items, bound around the data fetcher")
				.singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("more than 2 items"));
			ExecutionResult tooDeep = graphQl.execute("{ a { a { a { y } } } }");
			assertThat(tooDeep.getErrors()).as("the depth check").singleElement()
				.satisfies(error -> assertThat(error.getMessage()).containsIgnoringCase("depth"));
			assertThat(deadline.pendingDeadlines()).as("deadlines of answered requests").isZero();
		}
		finally {
			deadline.destroy();
		}
	}

}
