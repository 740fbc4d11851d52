/** Tariff measures: lookups and their relationships to countries and sources. */
package org.tariffgraph.api.measure;
