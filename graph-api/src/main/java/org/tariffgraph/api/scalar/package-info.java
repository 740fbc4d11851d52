/** Custom GraphQL scalars: Date and Decimal. */
@NullMarked
package org.tariffgraph.api.scalar;

import org.jspecify.annotations.NullMarked;
