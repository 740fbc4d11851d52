/** Countries: lookups by ISO 3166 code. */
@NullMarked
package org.tariffgraph.api.country;

import org.jspecify.annotations.NullMarked;
