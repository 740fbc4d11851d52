/** The query benchmark: GraphQL over HTTP against the same answers from hand-written Cypher through the driver. */
package org.tariffgraph.benchmarks.query;
