/** The one way the API reads the graph: Cypher through the driver, each query a read-only auto-commit transaction. */
package org.tariffgraph.api.graph;
