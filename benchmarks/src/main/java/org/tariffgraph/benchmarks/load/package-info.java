/** The import benchmark: the importer against a raw driver baseline, LOAD CSV and row-at-a-time writes. */
package org.tariffgraph.benchmarks.load;
