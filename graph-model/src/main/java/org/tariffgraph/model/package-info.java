/** The vocabulary of the knowledge graph: kinds of entity, their keys and the relationships between them. */
@NullMarked
package org.tariffgraph.model;

import org.jspecify.annotations.NullMarked;
