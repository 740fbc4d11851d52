package org.tariffgraph.api.limits;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;

/**
 * Checks a request's depth and cost ({@link MaxQueryDepthInstrumentation}, {@link MaxQueryComplexityInstrumentation}
 * with the {@link CostModel}) once per document, operation and variables: each check walks the whole document,
 * which took a tenth of the API's own time on a one-line {@code appliedTariffs} (JFR, 30 Nov 2026), and a client
 * that repeats a request repeats the same answer. A request that fails a check is checked again each time it
 * comes. The document is the parsed one that {@code DocumentCache} keeps per query text, so the same text is the
 * same object; at most {@link #REMEMBERED} passing requests are remembered, and only those whose variables are
 * short, so that the memory this takes is bounded.
 */
final class CheckedRequests extends SimplePerformantInstrumentation {

	/** How many passing requests are remembered before the memory starts over. */
	static final int REMEMBERED = 1_000;

	/** Variables longer than this, written out, are not remembered. */
	private static final int SHORT_VARIABLES = 1_024;

	private record Checked(Document document, @Nullable String operation, Map<String, Object> variables) {

		@Override
		public boolean equals(Object other) {
			// the same parsed document, not an equal one: equality of documents walks them
			return other instanceof Checked checked && checked.document == this.document
					&& Objects.equals(checked.operation, this.operation)
					&& checked.variables.equals(this.variables);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.document) * 31 + this.variables.hashCode();
		}

	}

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation cost;

	private final Set<Checked> passed = ConcurrentHashMap.newKeySet();

	CheckedRequests(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation cost) {
		this.depth = depth;
		this.cost = cost;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return this.cost.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		return this.cost.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		var context = parameters.getExecutionContext();
		var input = context.getExecutionInput();
		Map<String, Object> variables = input.getRawVariables().toMap();
		Checked request = new Checked(context.getDocument(), input.getOperationName(), variables);
		if (this.passed.contains(request)) {
			return SimpleInstrumentationContext.noOp();
		}
		// each throws AbortExecutionException where the request goes too deep or costs too much
		this.depth.beginExecuteOperation(parameters, null);
		this.cost.beginExecuteOperation(parameters, state);
		if (variables.toString().length() <= SHORT_VARIABLES) {
			if (this.passed.size() >= REMEMBERED) {
				this.passed.clear();
			}
			this.passed.add(request);
		}
		return SimpleInstrumentationContext.noOp();
	}

}
