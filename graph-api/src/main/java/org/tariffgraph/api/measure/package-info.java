/** Tariff measures: lookups, filtered lists and timelines. */
@NullMarked
package org.tariffgraph.api.measure;

import org.jspecify.annotations.NullMarked;
