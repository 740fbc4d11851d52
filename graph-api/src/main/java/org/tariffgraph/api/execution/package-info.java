/** How GraphQL requests are executed: parsed and validated documents are kept for the next request. */
@NullMarked
package org.tariffgraph.api.execution;

import org.jspecify.annotations.NullMarked;
