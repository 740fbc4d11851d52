/** Ranked full-text search across every kind of entity. */
@NullMarked
package org.tariffgraph.api.search;

import org.jspecify.annotations.NullMarked;
