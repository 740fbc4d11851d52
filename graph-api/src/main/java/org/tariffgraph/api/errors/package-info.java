/** Errors as GraphQL errors with a classification and a useful message, never a stack trace. */
@NullMarked
package org.tariffgraph.api.errors;

import org.jspecify.annotations.NullMarked;
