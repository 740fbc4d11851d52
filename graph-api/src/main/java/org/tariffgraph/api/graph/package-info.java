/** The one way the API reads the graph: Cypher through Neo4jClient, each query in a read transaction. */
package org.tariffgraph.api.graph;
