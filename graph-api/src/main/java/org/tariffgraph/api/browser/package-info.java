/** What Neo4j Browser shows of Tariff Graph: its guide and style, served to Browser across origins. */
package org.tariffgraph.api.browser;
