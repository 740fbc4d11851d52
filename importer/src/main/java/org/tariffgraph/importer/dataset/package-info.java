/** The dataset format (a folder of CSV files), and reading and validating it before anything is written. */
@NullMarked
package org.tariffgraph.importer.dataset;

import org.jspecify.annotations.NullMarked;
