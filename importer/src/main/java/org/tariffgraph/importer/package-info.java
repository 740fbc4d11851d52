/** The importer's entry points: writing a validated dataset or reference data into Neo4j. */
@NullMarked
package org.tariffgraph.importer;

import org.jspecify.annotations.NullMarked;
