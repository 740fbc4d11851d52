package org.tariffgraph.api.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import graphql.GraphQLContext;

/**
 * What the request being answered may still spend: time until its deadline, which every database query it sends
 * keeps to as its timeout (without it a query still running at the deadline ran on to its own timeout, and the
 * client waited for it); and records it may read, counted as they arrive, so that no accepted request holds more
 * than {@code tariff-graph.api.max-items} in memory whatever the real fan-out of its lists. Bound as a scoped value,
 * not a thread-local, so it cannot outlive the work it was bound for on a pooled thread: around each data fetcher
 * and each batch load of a request ({@link BudgetedBatchLoads}).
 */
public final class RequestBudget {

	/** The key under which a request's budget is kept in its {@link GraphQLContext}. */
	public static final String CONTEXT_KEY = RequestBudget.class.getName();

	/** What a client is told when its request's time is up, whichever part of the request noticed. */
	public static final String TIME_UP = "The request took longer than the API allows (%s) and was stopped; ask for less at once";

	static final ScopedValue<RequestBudget> CURRENT = ScopedValue.newInstance();

	private final Duration timeout;

	private final Instant deadline;

	private final long maxItems;

	private final AtomicLong items = new AtomicLong();

	/** A request's budget from now: {@code timeout} to answer, {@code maxItems} records to read. */
	public RequestBudget(Duration timeout, long maxItems) {
		this.timeout = timeout;
		this.deadline = Instant.now().plus(timeout);
		this.maxItems = maxItems;
	}

	/**
	 * Runs work with the budget of the request whose context this is, or with none if it has none.
	 * @param context the request's {@link GraphQLContext}; a batch loader's environment hands it out as an Object
	 */
	public static <T> T within(@Nullable Object context, Callable<T> work) throws Exception {
		RequestBudget budget = (context instanceof GraphQLContext graphQl) ? graphQl.get(CONTEXT_KEY) : null;
		return (budget != null) ? ScopedValue.where(CURRENT, budget).call(work::call) : work.call();
	}

	/** What is left of the current request's time, capped at {@code cap}; {@code cap} outside a request. */
	static Duration remaining(Duration cap) {
		if (!CURRENT.isBound()) {
			return cap;
		}
		RequestBudget budget = CURRENT.get();
		Duration left = Duration.between(Instant.now(), budget.deadline);
		if (left.isNegative() || left.isZero()) {
			throw new Spent(TIME_UP.formatted(budget.timeout), false);
		}
		// the database counts whole milliseconds, and zero would mean no timeout at all
		Duration rounded = Duration.ofMillis(Math.max(1, left.toMillis()));
		return (rounded.compareTo(cap) < 0) ? rounded : cap;
	}

	/** Counts one record read for the current request; past its allowance the request stops. */
	public static void read() {
		if (CURRENT.isBound()) {
			RequestBudget budget = CURRENT.get();
			if (budget.items.incrementAndGet() > budget.maxItems) {
				throw new Spent(("The answer would hold more than %,d items, the most a request may read; ask for "
						+ "fewer (smaller pages, fewer nested lists)").formatted(budget.maxItems), true);
			}
		}
	}

	/** The request's time or items were used up before its answer was complete; the message says which. */
	public static final class Spent extends RuntimeException {

		private final boolean askedTooMuch;

		Spent(String message, boolean askedTooMuch) {
			super(message, null, false, false);
			this.askedTooMuch = askedTooMuch;
		}

		/** Whether the request asked for more than a request may read, rather than running out of time. */
		public boolean askedTooMuch() {
			return this.askedTooMuch;
		}

	}

}
