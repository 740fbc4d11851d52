/** How two entities are connected: shortest paths a frontend can draw. */
package org.tariffgraph.api.connection;
