package org.tariffgraph.api.limits;

import java.time.Duration;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import org.tariffgraph.api.graph.ApiProperties;

import static org.assertj.core.api.Assertions.assertThat;

class RequestDeadlineTest {

	@Test
	void aRequestAnsweredBeforeItsDeadlineLeavesNothingWaitingToFire() throws Exception {
		var deadline = new RequestDeadline(new ApiProperties(Duration.ofSeconds(10), Duration.ofSeconds(25), 12, 20000, 20, 100, 50000));
		try {
			for (int i = 0; i < 3; i++) {
				var state = deadline.createState(null);
				deadline.instrumentExecutionInput(ExecutionInput.newExecutionInput("{ apiVersion }").build(), null, state);
				assertThat(deadline.pendingDeadlines()).as("the deadline of the request being answered").isEqualTo(1);
				deadline.instrumentExecutionResult(ExecutionResult.newExecutionResult().build(), null, state).get();
			}
			assertThat(deadline.pendingDeadlines())
				.as("deadlines of answered requests still queued until they would have fired")
				.isZero();
		}
		finally {
			deadline.destroy();
		}
	}

}
