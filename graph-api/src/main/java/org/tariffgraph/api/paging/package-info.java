/** Relay-style paging: first/after arguments, opaque cursors, connections with totalCount. */
package org.tariffgraph.api.paging;
