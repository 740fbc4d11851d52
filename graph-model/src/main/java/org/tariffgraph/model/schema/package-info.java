/** Applies the versioned Cypher schema migrations (constraints, indexes, full-text) with neo4j-migrations. */
@NullMarked
package org.tariffgraph.model.schema;

import org.jspecify.annotations.NullMarked;
