package org.tariffgraph.benchmarks.query;

import java.util.Map;

/**
 * One question asked two ways: as a GraphQL request to the API, and as the hand-written Cypher that computes
 * the same answer through the driver directly (the baseline).
 */
record Question(String name, String graphQl, Map<String, Object> variables, String cypher, Map<String, Object> params) {
}
