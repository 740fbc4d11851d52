/**
 * How GraphQL requests are executed: parsed and validated documents are kept for the next request, and lists of
 * objects whose selection below was all read already (properties, and what the request read ahead) are completed in
 * one loop ({@link ReadAheadLists}).
 */
@NullMarked
package org.tariffgraph.api.execution;

import org.jspecify.annotations.NullMarked;
