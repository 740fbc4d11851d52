/** Figures shared by the import and query benchmarks. */
@NullMarked
package org.tariffgraph.benchmarks.figures;

import org.jspecify.annotations.NullMarked;
