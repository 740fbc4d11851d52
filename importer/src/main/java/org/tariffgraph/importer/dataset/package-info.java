/** The dataset format (a folder of CSV files), and reading and validating it before anything is written. */
package org.tariffgraph.importer.dataset;
