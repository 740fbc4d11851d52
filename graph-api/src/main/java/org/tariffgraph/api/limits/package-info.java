/** What a request may cost: depth, complexity, page sizes, query time; and the schema check at start-up. */
package org.tariffgraph.api.limits;
