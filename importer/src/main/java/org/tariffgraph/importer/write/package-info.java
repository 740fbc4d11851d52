/** Writing validated rows to Neo4j in idempotent batches, and reporting what changed. */
package org.tariffgraph.importer.write;
