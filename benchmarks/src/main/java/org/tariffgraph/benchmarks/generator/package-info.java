/** A deterministic generator of datasets in the importer's format, shaped like the real thing, at any scale. */
@NullMarked
package org.tariffgraph.benchmarks.generator;

import org.jspecify.annotations.NullMarked;
