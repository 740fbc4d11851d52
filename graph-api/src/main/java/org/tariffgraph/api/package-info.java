/**
 * The read-only GraphQL API over the knowledge graph: Spring for GraphQL, reading with Cypher through the Neo4j
 * Java driver ({@link org.tariffgraph.api.graph.GraphReader}).
 */
@NullMarked
package org.tariffgraph.api;

import org.jspecify.annotations.NullMarked;
