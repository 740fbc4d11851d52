/** Custom GraphQL scalars: Date and Decimal. */
package org.tariffgraph.api.scalar;
