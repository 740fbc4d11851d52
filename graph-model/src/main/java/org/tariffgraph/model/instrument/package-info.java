/** Instruments for measuring how the applications use the database, for tests and benchmarks. */
package org.tariffgraph.model.instrument;
