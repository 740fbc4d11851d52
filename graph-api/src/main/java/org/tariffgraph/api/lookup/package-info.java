/** The root fields that find one entity of a kind by its key, or list them all: one table over the vocabulary. */
@NullMarked
package org.tariffgraph.api.lookup;

import org.jspecify.annotations.NullMarked;
