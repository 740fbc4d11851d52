/**
 * Test support shared by all modules: the in-process Neo4j every integration test talks to over Bolt, and a driver
 * that counts the queries sent through it (which the benchmarks use too).
 */
package org.tariffgraph.model.testing;
