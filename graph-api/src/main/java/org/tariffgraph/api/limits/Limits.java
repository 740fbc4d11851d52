package org.tariffgraph.api.limits;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * The request limits as one instrumentation: each step goes straight to the limit that acts on it. A chain of
 * the two, even graphql-java's {@code NoContextChainedInstrumentation}, looks up each one's state and asks each
 * at every field for its data fetcher, though only the deadline wraps any: on 100 measures with their 23,000
 * goods that lookup was a tenth of the API thread's samples (JFR, 1 Dec 2026). {@code LimitsTest} holds this
 * class to every step either limit acts on.
 */
final class Limits extends SimplePerformantInstrumentation {

	private final CheckedRequests checked;

	private final RequestDeadline deadline;

	Limits(CheckedRequests checked, RequestDeadline deadline) {
		this.checked = checked;
		this.deadline = deadline;
	}

	/** Each limit's own state of the request. */
	private record State(InstrumentationState checked, InstrumentationState deadline) implements InstrumentationState {

		static State of(@Nullable InstrumentationState state) {
			if (state instanceof State both) {
				return both;
			}
			throw new IllegalStateException("graphql-java passed a state that Limits did not create: " + state);
		}

	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		InstrumentationState deadline = this.deadline.createState(parameters);
		return Objects.requireNonNull(this.checked.createStateAsync(parameters), "the checks' state")
			.thenApply(checked -> new State(Objects.requireNonNull(checked, "the checks' state"), deadline));
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return this.deadline.instrumentExecutionInput(input, parameters, State.of(state).deadline());
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		return this.checked.beginValidation(parameters, State.of(state).checked());
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		return this.checked.beginExecuteOperation(parameters, State.of(state).checked());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return this.deadline.instrumentDataFetcher(fetcher, parameters, State.of(state).deadline());
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		return this.deadline.instrumentExecutionResult(result, parameters, State.of(state).deadline());
	}

}
