/** The query benchmark: GraphQL over HTTP against the same answers from hand-written Cypher through the driver. */
@NullMarked
package org.tariffgraph.benchmarks.query;

import org.jspecify.annotations.NullMarked;
