/** How two entities are connected: shortest paths a frontend can draw. */
@NullMarked
package org.tariffgraph.api.connection;

import org.jspecify.annotations.NullMarked;
