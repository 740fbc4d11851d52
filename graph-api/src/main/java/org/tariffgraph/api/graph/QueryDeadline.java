package org.tariffgraph.api.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import graphql.GraphQLContext;

/**
 * When the request being answered must be done, so that every database query it sends gets no more time than is
 * left: without it a query still running at the request's deadline ran on to its own timeout, and the client
 * waited for it. Bound as a scoped value, not a thread-local, so it cannot outlive the work it was bound for on a
 * pooled thread: around each data fetcher and each batch load of a request.
 */
public final class QueryDeadline {

	/** The key under which a request's deadline, an {@link Instant}, is kept in its {@link GraphQLContext}. */
	public static final String CONTEXT_KEY = QueryDeadline.class.getName();

	static final ScopedValue<Instant> CURRENT = ScopedValue.newInstance();

	private QueryDeadline() {
	}

	/**
	 * Runs work with the deadline of the request whose context this is, or with none if it has none.
	 * @param context the request's {@link GraphQLContext}; a batch loader's environment hands it out as an Object
	 */
	public static <T> T within(Object context, Callable<T> work) throws Exception {
		Instant deadline = (context instanceof GraphQLContext graphQl) ? graphQl.get(CONTEXT_KEY) : null;
		return (deadline != null) ? ScopedValue.where(CURRENT, deadline).call(work::call) : work.call();
	}

	/** What is left of the current request's time, capped at {@code cap}; {@code cap} outside a request. */
	static Duration remaining(Duration cap) {
		if (!CURRENT.isBound()) {
			return cap;
		}
		Duration left = Duration.between(Instant.now(), CURRENT.get());
		if (left.isNegative() || left.isZero()) {
			throw new Passed();
		}
		// the database counts whole milliseconds, and zero would mean no timeout at all
		Duration rounded = Duration.ofMillis(Math.max(1, left.toMillis()));
		return (rounded.compareTo(cap) < 0) ? rounded : cap;
	}

	/** The request's time was up before a query could be sent. */
	public static final class Passed extends RuntimeException {

		Passed() {
			super("The request's time was up before this query could run", null, false, false);
		}

	}

}
