/** Reading CSV while keeping the line and column of every field, for precise error messages. */
@NullMarked
package org.tariffgraph.importer.csv;

import org.jspecify.annotations.NullMarked;
