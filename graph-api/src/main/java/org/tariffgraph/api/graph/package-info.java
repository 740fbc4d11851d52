/** The one way the API reads the graph: Cypher through the driver, each query a read-only auto-commit transaction. */
@NullMarked
package org.tariffgraph.api.graph;

import org.jspecify.annotations.NullMarked;
