/** Reading CSV while keeping the line and column of every field, for precise error messages. */
package org.tariffgraph.importer.csv;
