/** The graph's entities as read-only values, and their mapping from Neo4j nodes, shared by every reader. */
package org.tariffgraph.model.read;
