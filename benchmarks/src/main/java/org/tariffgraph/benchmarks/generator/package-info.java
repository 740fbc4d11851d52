/** A deterministic generator of datasets in the importer's format, shaped like the real thing, at any scale. */
package org.tariffgraph.benchmarks.generator;
