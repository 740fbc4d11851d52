/** The graph's entities as read-only values, and their mapping from Neo4j nodes, shared by every reader. */
@NullMarked
package org.tariffgraph.model.read;

import org.jspecify.annotations.NullMarked;
