/** Applies the versioned Cypher schema migrations (constraints, indexes, full-text) with neo4j-migrations. */
package org.tariffgraph.model.schema;
