/** Test support shared by all modules: the in-process Neo4j every integration test talks to over Bolt. */
package org.tariffgraph.model.testing;
