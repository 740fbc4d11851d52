package org.tariffgraph.api.limits;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.RequestBudget;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Stops a request at {@code tariff-graph.api.request-timeout}: graphql-java is asked to cancel, so no field that
 * has not started runs, every database query gets no more time than the request has left ({@link RequestBudget}),
 * so one running at the deadline is stopped by the database, and the client gets what
 * was answered with a GraphQL error saying why the rest is missing, before the servlet container's own timeout
 * ({@code spring.mvc.async.request-timeout}) would answer with a bare 503. An instrumentation rather than an
 * HTTP interceptor, so that it holds for every way a request arrives.
 */
@Component
final class RequestDeadline extends SimplePerformantInstrumentation implements DisposableBean {

	private final Duration timeout;

	private final long maxItems;

	/**
	 * One thread for every request's deadline. A deadline cancelled when its answer is ready leaves the queue at
	 * once: kept until it would have fired, every request of the last {@code request-timeout} would hold an entry
	 * (30,000 at 1,000 requests a second), and each new deadline would be sorted in among them.
	 */
	private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
		Thread thread = new Thread(runnable, "graphql-request-deadline");
		thread.setDaemon(true);
		return thread;
	});

	RequestDeadline(ApiProperties properties) {
		this.timeout = properties.requestTimeout();
		this.maxItems = properties.maxItems();
		this.timer.setRemoveOnCancelPolicy(true);
	}

	/** The request's deadline, cancelled when the answer is ready. */
	private static final class Deadline implements InstrumentationState {

		private volatile @Nullable ScheduledFuture<?> timer;

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Deadline();
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (state instanceof Deadline deadline) {
			input.getGraphQLContext().put(RequestBudget.CONTEXT_KEY,
					new RequestBudget(this.timeout, this.maxItems));
			deadline.timer = this.timer.schedule(input::cancel, this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		return input;
	}

	/** Each data fetcher that may query runs within the request's budget: its deadline and the items it may read. */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return fetcher;
		}
		return env -> RequestBudget.within(env.getGraphQlContext(), () -> fetcher.get(env));
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		ScheduledFuture<?> timer = (state instanceof Deadline deadline) ? deadline.timer : null;
		if (timer != null) {
			timer.cancel(false);
		}
		return CompletableFuture.completedFuture(explainCancellation(result));
	}

	/** graphql-java's own words for a cancelled request ("asked to be cancelled") become one sentence for people. */
	private ExecutionResult explainCancellation(ExecutionResult result) {
		List<GraphQLError> errors = result.getErrors();
		if (errors.stream().noneMatch(RequestDeadline::isCancellation)) {
			return result;
		}
		GraphQLError stopped = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(RequestBudget.TIME_UP.formatted(this.timeout))
			.build();
		return result.transform(builder -> builder
			.errors(Stream.concat(errors.stream().filter(e -> !isCancellation(e)), Stream.of(stopped)).toList()));
	}

	private static boolean isCancellation(GraphQLError error) {
		return error.getMessage() != null && error.getMessage().contains("cancelled");
	}

	/** The deadlines waiting to fire: one per request being answered. */
	int pendingDeadlines() {
		return this.timer.getQueue().size();
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
