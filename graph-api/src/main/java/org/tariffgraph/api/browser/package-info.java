/** What Neo4j Browser shows of Tariff Graph: its guide and style, served to Browser across origins. */
@NullMarked
package org.tariffgraph.api.browser;

import org.jspecify.annotations.NullMarked;
