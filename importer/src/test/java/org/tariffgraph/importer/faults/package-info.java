/** Fault injection: the importer killed part-way, and a corpus of bad input, each held to its promise. */
package org.tariffgraph.importer.faults;
