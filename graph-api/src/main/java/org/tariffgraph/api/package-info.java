/** The read-only GraphQL API over the knowledge graph (Spring for GraphQL on Spring Data Neo4j). */
package org.tariffgraph.api;
