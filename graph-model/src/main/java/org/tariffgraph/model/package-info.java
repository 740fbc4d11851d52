/** The vocabulary of the knowledge graph: kinds of entity, their keys and the relationships between them. */
package org.tariffgraph.model;
