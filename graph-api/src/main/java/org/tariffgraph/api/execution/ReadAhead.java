package org.tariffgraph.api.execution;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * What a request read ahead of its fields: the value a field's fetcher would give for a source, known without running
 * the fetcher, such as the entities a navigation field reaches, read by the query that read its parent
 * ({@link ReadAheadLists} completes lists of such values in one loop). {@link #NOT_READ} where it was not read ahead,
 * and the fetcher has to run.
 */
@FunctionalInterface
public interface ReadAhead {

	/** Says that a field was not read ahead; null is a value read ahead (a single hop that reached nothing). */
	Object NOT_READ = new Object() {

		@Override
		public String toString() {
			return "NOT_READ";
		}

	};

	/** Nothing read ahead: every field with a fetcher of its own runs it. */
	ReadAhead NONE = (context, source, resultKey) -> NOT_READ;

	/**
	 * The value of the field under {@code resultKey} of {@code source}, as its fetcher would give it, or
	 * {@link #NOT_READ}.
	 */
	@Nullable Object read(GraphQLContext context, Object source, String resultKey);

}
