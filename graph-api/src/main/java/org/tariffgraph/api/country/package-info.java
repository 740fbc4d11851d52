/** Countries: lookups by ISO 3166 code. */
package org.tariffgraph.api.country;
