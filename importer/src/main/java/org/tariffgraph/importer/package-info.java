/** The importer's entry points: writing a validated dataset or reference data into Neo4j. */
package org.tariffgraph.importer;
