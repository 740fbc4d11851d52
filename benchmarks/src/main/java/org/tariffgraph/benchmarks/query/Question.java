package org.tariffgraph.benchmarks.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * One question asked two ways: as a GraphQL request to the API, and as the hand-written Cypher that computes
 * the same answer through the driver directly (the baseline).
 * @param sameAnswer where given, compares the two answers before anything is timed: a difference stops the run
 */
record Question(String name, String graphQl, Map<String, Object> variables, String cypher, Map<String, Object> params,
		@Nullable SameAnswer sameAnswer) {

	/** What differs between the API's answer and the baseline's, if anything. */
	@FunctionalInterface
	interface SameAnswer {

		Optional<String> difference(JsonNode api, List<Record> cypher);

		/** Nothing where both read the same, else both, as the message that stops the run. */
		static Optional<String> unlessEqual(Object api, Object cypher) {
			return api.equals(cypher) ? Optional.empty()
					: Optional.of("the API gives " + api + ", the Cypher baseline " + cypher);
		}

	}

	Question(String name, String graphQl, Map<String, Object> variables, String cypher, Map<String, Object> params) {
		this(name, graphQl, variables, cypher, params, null);
	}

}
