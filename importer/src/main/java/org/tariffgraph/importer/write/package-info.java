/** Writing validated rows to Neo4j in idempotent batches, and reporting what changed. */
@NullMarked
package org.tariffgraph.importer.write;

import org.jspecify.annotations.NullMarked;
