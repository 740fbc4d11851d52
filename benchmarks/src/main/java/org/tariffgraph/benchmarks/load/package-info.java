/** The import benchmark: the importer against a raw driver baseline, LOAD CSV and row-at-a-time writes. */
@NullMarked
package org.tariffgraph.benchmarks.load;

import org.jspecify.annotations.NullMarked;
