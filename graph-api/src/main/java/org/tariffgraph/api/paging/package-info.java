/** Relay-style paging: first/after arguments, opaque cursors, connections with totalCount. */
@NullMarked
package org.tariffgraph.api.paging;

import org.jspecify.annotations.NullMarked;
