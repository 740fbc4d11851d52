/** Benchmarks of import and query cost at scale, each figure a ratio to a baseline measured in the same run. */
@NullMarked
package org.tariffgraph.benchmarks;

import org.jspecify.annotations.NullMarked;
