/** Tariff measures: lookups, filtered lists and timelines. */
package org.tariffgraph.api.measure;
