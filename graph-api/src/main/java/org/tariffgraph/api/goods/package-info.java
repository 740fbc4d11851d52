/** Goods (HS codes) and industries (NAICS codes): lookups and lists by prefix. */
@NullMarked
package org.tariffgraph.api.goods;

import org.jspecify.annotations.NullMarked;
