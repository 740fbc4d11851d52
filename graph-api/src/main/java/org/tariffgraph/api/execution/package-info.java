/**
 * How GraphQL requests are executed: parsed and validated documents are kept for the next request, and lists of
 * objects whose selected fields are all scalar properties are completed in one loop ({@link LeafObjectLists}).
 */
@NullMarked
package org.tariffgraph.api.execution;

import org.jspecify.annotations.NullMarked;
