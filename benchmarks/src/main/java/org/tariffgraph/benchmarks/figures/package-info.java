/** Figures shared by the import and query benchmarks. */
package org.tariffgraph.benchmarks.figures;
