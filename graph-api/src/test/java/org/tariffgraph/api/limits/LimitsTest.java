package org.tariffgraph.api.limits;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;

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

}
