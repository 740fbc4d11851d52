/** What a request may cost: depth, complexity, page sizes, query time; and the schema check at start-up. */
@NullMarked
package org.tariffgraph.api.limits;

import org.jspecify.annotations.NullMarked;
