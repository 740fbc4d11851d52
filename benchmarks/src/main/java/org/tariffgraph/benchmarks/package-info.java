/** Benchmarks of import and query cost at scale, each figure a ratio to a baseline measured in the same run. */
package org.tariffgraph.benchmarks;
