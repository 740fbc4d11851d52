/** Instruments for measuring how the applications use the database, for tests and benchmarks. */
@NullMarked
package org.tariffgraph.model.instrument;

import org.jspecify.annotations.NullMarked;
