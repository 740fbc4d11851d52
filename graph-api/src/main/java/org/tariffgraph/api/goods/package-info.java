/** Goods (HS codes) and industries (NAICS codes): lookups and lists by prefix. */
package org.tariffgraph.api.goods;
